<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name />
    <message>
        <location filename="../../app/ui/clerk_override.py" line="111" />
        <source>Approval needed</source>
        <translation>Se necesita autorización</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="114" />
        <source>Asked by %1.</source>
        <translation>Solicitado por %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="116" />
        <source>A supervisor or the owner types their PIN to allow it.</source>
        <translation>Un encargado o el dueño escribe su PIN para autorizarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="118" />
        <source>Allow</source>
        <translation>Autorizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="127" />
        <source>%1 may not allow this. A supervisor or the owner must.</source>
        <translation>%1 no puede autorizarlo. Debe hacerlo un encargado o el dueño.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="183" />
        <source>A refund needs a supervisor's approval.</source>
        <translation>Un reembolso necesita la autorización de un encargado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="184" />
        <source>Closing the shift needs a supervisor's approval.</source>
        <translation>El cierre del turno necesita la autorización de un encargado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="185" />
        <source>The settings are for the owner.</source>
        <translation>Los ajustes son solo para el dueño.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="186" />
        <source>The price list is for the owner.</source>
        <translation>La lista de precios es solo para el dueño.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="187" />
        <source>Cost and margin are for the owner.</source>
        <translation>El coste y el margen son solo para el dueño.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="189" />
        <source>This needs a supervisor's or the owner's approval.</source>
        <translation>Esto necesita la autorización de un encargado o del dueño.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="60" />
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="71" />
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="73" />
        <source>Sells travel eSIMs across the counter and shows their QR codes.</source>
        <translation>Vende eSIM de viaje en el mostrador y muestra sus códigos QR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="107" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="108" />
        <source>&amp;About eSIM Counter</source>
        <translation>&amp;Acerca de eSIM Counter</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="26" />
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="27" />
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="28" />
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="29" />
        <source>API secret</source>
        <translation>Secreto API</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="105" />
        <source>Sell through this account</source>
        <translation>Vender con esta cuenta</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="108" />
        <source>%1 address</source>
        <translation>Dirección de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="110" />
        <source>%1 wallet currency</source>
        <translation>Moneda del saldo de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="112" />
        <source>As the account reports it</source>
        <translation>La que indique la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="114" />
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="115" />
        <source>Test the %1 connection</source>
        <translation>Probar la conexión con %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="124" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="125" />
        <source>Wallet currency</source>
        <translation>Moneda del saldo</translation>
    </message>
</context>
<context>
    <name>AfterSale</name>
    <message>
        <location filename="../../app/ui/after_sale.py" line="80" />
        <source>Installed ✓ on the traveller's phone: eSIM %1</source>
        <extracomment>Tests shrink the provider's cadence and the pause before the display closes.</extracomment>
        <translation>Instalada ✓ en el teléfono del viajero: eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="84" />
        <source>Installed ✓</source>
        <translation>Instalada ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="100" />
        <source>The eSIM was sent by e-mail to %1.</source>
        <translation>La eSIM se envió por correo electrónico a %1.</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <location filename="../../app/ui/balance_label.py" line="23" />
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="46" />
        <source>Balance: loading…</source>
        <translation>Saldo: cargando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="52" />
        <source>⚠ Low balance: top up soon</source>
        <translation>⚠ Saldo bajo: recargue pronto</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="59" />
        <source>Balance unavailable: %1</source>
        <translation>Saldo no disponible: %1</translation>
    </message>
</context>
<context>
    <name>CashBox</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="106" />
        <source>Cash tendered</source>
        <translation>Efectivo entregado</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="108" />
        <source>The amount the customer hands over; empty means the exact amount</source>
        <translation>El importe que entrega el cliente; vacío significa el importe exacto</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="111" />
        <source>&amp;Tendered</source>
        <translation>Entre&amp;gado</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="114" />
        <source>&amp;Exact amount</source>
        <translation>Importe e&amp;xacto</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="116" />
        <source>Exact amount</source>
        <translation>Importe exacto</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="162" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="164" />
        <source>Customer gives %1 %2</source>
        <translation>El cliente entrega %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="197" />
        <source>Change: %1</source>
        <translation>Cambio: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="203" />
        <source>Type the amount the customer gives, e.g. 20</source>
        <translation>Escriba el importe que entrega el cliente, p. ej. 20</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="207" />
        <source>Not enough: %1 still to pay</source>
        <translation>Falta: quedan %1 por pagar</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <location filename="../../app/ui/cash_count.py" line="51" />
        <source>The amount in %1</source>
        <translation>El importe en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="56" />
        <source>Count per note and &amp;coin</source>
        <translation>Contar por billete y &amp;moneda</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="57" />
        <source>Count per note and coin</source>
        <translation>Contar por billete y moneda</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="73" />
        <source>Number of %1 %2</source>
        <translation>Cantidad de %1 %2</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay in</source>
        <translation>Entrada de efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay out</source>
        <translation>Salida de efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="94" />
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="98" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="99" />
        <source>Why the cash goes in or out, e.g. milk</source>
        <translation>Por qué entra o sale el efectivo, p. ej. leche</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="100" />
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="108" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="124" />
        <source>Type the amount, more than zero.</source>
        <translation>Escriba el importe, mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="129" />
        <source>Say why, e.g. “milk” or “change from the bank”.</source>
        <translation>Indique el motivo, p. ej. «leche» o «cambio del banco».</translation>
    </message>
</context>
<context>
    <name>CentralFeed</name>
    <message>
        <location filename="../../app/ui/chain_central.py" line="163" />
        <source>The chain's price list (version %1) is now in use.</source>
        <translation>La lista de precios de la cadena (versión %1) ya está en uso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="169" />
        <source>The chain's shop details (version %1) are now on the receipts.</source>
        <translation>Los datos de la tienda de la cadena (versión %1) ya aparecen en los recibos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="197" />
        <source>The chain's latest publication cannot be used, so the last good copy stays in use. Ask the owner to publish it again. (%1)</source>
        <translation>La última publicación de la cadena no se puede usar, así que sigue en uso la última copia válida. Pida al propietario que la publique de nuevo. (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="206" />
        <source>The chain's database cannot be reached and this counter has no copy of its data yet: it sells with its own price list meanwhile.</source>
        <translation>No se puede acceder a la base de datos de la cadena y este mostrador aún no tiene una copia de sus datos: mientras tanto vende con su propia lista de precios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="211" />
        <source>The chain's database cannot be reached: the counter sells on with the chain's prices and clerks as copied at %1.</source>
        <translation>No se puede acceder a la base de datos de la cadena: el mostrador sigue vendiendo con los precios y empleados de la cadena copiados el %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="260" />
        <source>The chain's clerks (version %1) can now sign in here.</source>
        <translation>Los empleados de la cadena (versión %1) ya pueden iniciar sesión aquí.</translation>
    </message>
</context>
<context>
    <name>ChainLink</name>
    <message>
        <location filename="../../app/ui/chain_link.py" line="74" />
        <source>C&amp;hain</source>
        <translation>&amp;Cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="77" />
        <source>Chain &amp;reports…</source>
        <translation>&amp;Informes de la cadena…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="79" />
        <source>&amp;Push now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="111" />
        <source>The chain needs the keyring, which is not available.</source>
        <translation>La cadena necesita el llavero, que no está disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="140" />
        <source>The chain's password is not in the keyring: type it in Settings › Chain.</source>
        <translation>La contraseña de la cadena no está en el llavero: escríbala en Ajustes › Cadena.</translation>
    </message>
</context>
<context>
    <name>ChainMessages</name>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="42" />
        <source>The chain's database is not set up yet. On the server, run “esim-counter chain init” once, then test again.</source>
        <translation>La base de datos de la cadena aún no está preparada. En el servidor, ejecute una vez «esim-counter chain init» y vuelva a probar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="47" />
        <source>The chain's database was set up by a newer eSIM Counter. Install the newer version on this counter; it keeps selling and catches up once updated.</source>
        <translation>La base de datos de la cadena la preparó un eSIM Counter más reciente. Instale la versión nueva en esta caja; mientras tanto sigue vendiendo y se pondrá al día tras actualizarse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="53" />
        <location filename="../../app/ui/chain_messages.py" line="91" />
        <source>The chain's database could not be used. Check Settings › Chain.</source>
        <translation>No se pudo usar la base de datos de la cadena. Revise Ajustes › Cadena.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="60" />
        <source>The chain's database could not be used. The details were written to the log.</source>
        <translation>No se pudo usar la base de datos de la cadena. Los detalles se escribieron en el registro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="68" />
        <source>The chain's database server cannot be reached. Check the server name, the port and the network; the counter keeps selling meanwhile.</source>
        <translation>No se puede contactar con el servidor de la base de datos de la cadena. Revise el nombre del servidor, el puerto y la red; mientras tanto, la caja sigue vendiendo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="74" />
        <source>The database refused the user or the password. Check both and try again.</source>
        <translation>La base de datos rechazó el usuario o la contraseña. Revise ambos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="79" />
        <source>The database server's certificate is not trusted by this computer. Check the server name, or ask whoever runs the server for a certificate this computer trusts.</source>
        <translation>Este equipo no confía en el certificado del servidor de la base de datos. Revise el nombre del servidor o pida a quien lo administra un certificado en el que este equipo confíe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="86" />
        <source>There is no such database on the server. Check its name, or create it and run “esim-counter chain init”.</source>
        <translation>Esa base de datos no existe en el servidor. Revise su nombre, o créela y ejecute «esim-counter chain init».</translation>
    </message>
</context>
<context>
    <name>ChainReportsWindow</name>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="71" />
        <source>Chain reports</source>
        <translation>Informes de la cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <location filename="../../app/ui/chain_reports.py" line="142" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <source>All shops</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <location filename="../../app/ui/chain_reports.py" line="143" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Counter</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <source>All counters</source>
        <translation>Todas las cajas</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <location filename="../../app/ui/chain_reports.py" line="144" />
        <source>Clerk</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <source>All clerks</source>
        <translation>Todos los vendedores</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="84" />
        <location filename="../../app/ui/chain_reports.py" line="145" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="87" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="88" />
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="90" />
        <source>Every sale of the day shown, with its refunds, for the filters chosen</source>
        <translation>Todas las ventas del día mostrado, con sus reembolsos, según los filtros elegidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="94" />
        <source>Sales by provider</source>
        <translation>Ventas por proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="96" />
        <source>Takings by sale currency</source>
        <translation>Ingresos por moneda de venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="107" />
        <source>Z reports</source>
        <translation>Informes Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="110" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID, pedido, destino o plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="112" />
        <source>Search sales</source>
        <translation>Buscar ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="121" />
        <source>Sales of the chain</source>
        <translation>Ventas de la cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="133" />
        <source>Day report</source>
        <translation>Informe del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="134" />
        <source>X/Z</source>
        <translation>X/Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="135" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="136" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="235" />
        <source>Reading the chain's database…</source>
        <translation>Leyendo la base de datos de la cadena…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="268" />
        <source>The sales could not be read from the chain's database.</source>
        <translation>No se pudieron leer las ventas de la base de datos de la cadena.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="282" />
        <source>all counters</source>
        <translation>todas las cajas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="284" />
        <source>%n sale(s) on this day; %1.</source>
        <translation>
            <numerusform>%n venta en este día; %1.</numerusform>
            <numerusform>%n ventas en este día; %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>eSIMs</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Charged</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Not sold</source>
        <translation>No vendidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Needs checking</source>
        <translation>Por comprobar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="327" />
        <source>Cash expected in the drawers: %1</source>
        <translation>Efectivo esperado en las cajas: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="329" />
        <source>No sales on this day.</source>
        <translation>No hay ventas en este día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Closed at</source>
        <translation>Hora de cierre</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Closed by</source>
        <translation>Cerrado por</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="358" />
        <source>Export the chain's sales</source>
        <translation>Exportar las ventas de la cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="360" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="369" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="372" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n venta exportada.</numerusform>
            <numerusform>%n ventas exportadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainTab</name>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="56" />
        <source>In a chain, this counter copies every sale to the chain's PostgreSQL database and takes the chain's prices and clerks from it. It keeps selling when the database cannot be reached, and catches up later.</source>
        <translation>En una cadena, esta caja copia cada venta en la base de datos PostgreSQL de la cadena y toma de ella los precios y los vendedores de la cadena. Sigue vendiendo cuando no se puede contactar con la base de datos y se pone al día más tarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="66" />
        <location filename="../../app/ui/chain_tab.py" line="101" />
        <source>Database server</source>
        <translation>Servidor de base de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="67" />
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="71" />
        <location filename="../../app/ui/chain_tab.py" line="102" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="72" />
        <location filename="../../app/ui/chain_tab.py" line="103" />
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="73" />
        <source>Database user</source>
        <translation>Usuario de la base de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="74" />
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="77" />
        <source>Kept in the system keyring only; leave empty to keep the stored one</source>
        <translation>Solo se guarda en el llavero del sistema; déjela vacía para conservar la guardada</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="79" />
        <source>Shop in the chain</source>
        <translation>Tienda en la cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="81" />
        <source>This counter's name</source>
        <translation>Nombre de esta caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="84" />
        <source>A name no other counter of the chain uses, such as desk-2</source>
        <translation>Un nombre que no use ninguna otra caja de la cadena, p. ej. desk-2</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="87" />
        <source>Encrypted, server certificate checked</source>
        <translation>Cifrada, certificado del servidor comprobado</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="88" />
        <source>Encrypted, certificate not checked</source>
        <translation>Cifrada, certificado sin comprobar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="89" />
        <source>Not encrypted (same machine only)</source>
        <translation>Sin cifrar (solo en el mismo equipo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="90" />
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="94" />
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="95" />
        <source>Leave the chain</source>
        <translation>Salir de la cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="104" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="105" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="106" />
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="107" />
        <source>Counter</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="108" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="139" />
        <source>This counter leaves the chain when you save.</source>
        <translation>Esta caja saldrá de la cadena al guardar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="141" />
        <source>This counter is in the chain as %1 of %2.</source>
        <translation>Esta caja está en la cadena como %1 de %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="144" />
        <source>This counter is in no chain: fill in the fields and save to join.</source>
        <translation>Esta caja no está en ninguna cadena: rellene los campos y guarde para unirse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="157" />
        <source>Stored in the keyring; type to replace it</source>
        <translation>Guardada en el llavero; escriba para sustituirla</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="184" />
        <source>To join a chain, fill in the server, the database, the user, the shop and this counter's name.</source>
        <translation>Para unirse a una cadena, rellene el servidor, la base de datos, el usuario, la tienda y el nombre de esta caja.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="192" />
        <source>Each chain field is one line of at most 200 characters.</source>
        <translation>Cada campo de la cadena es una sola línea de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="209" />
        <source>Fill in the chain's database first.</source>
        <translation>Rellene primero la base de datos de la cadena.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="212" />
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="225" />
        <source>Connected. The chain's database is ready (schema %1.%2).</source>
        <translation>Conectado. La base de datos de la cadena está lista (esquema %1.%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="250" />
        <source>Save to leave the chain. This counter's sales stay in its own journal; what was copied to the chain stays there.</source>
        <translation>Guarde para salir de la cadena. Las ventas de esta caja se quedan en su propio diario; lo que se copió a la cadena se queda allí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="269" />
        <source>Type the chain database's password: it is kept in the keyring.</source>
        <translation>Escriba la contraseña de la base de datos de la cadena: se guarda en el llavero.</translation>
    </message>
</context>
<context>
    <name>ClerkGate</name>
    <message>
        <location filename="../../app/ui/clerk_rows.py" line="32" />
        <source>The sales journal is still opening. Try again in a moment.</source>
        <translation>El diario de ventas aún se está abriendo. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="106" />
        <source>S&amp;witch clerk…</source>
        <translation>&amp;Cambiar de vendedor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="109" />
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="179" />
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="181" />
        <source>Clerk: %1</source>
        <translation>Vendedor: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="231" />
        <source>Sign-in is on but there are no clerks: add them in Settings › Clerks.</source>
        <translation>El inicio de sesión está activado pero no hay vendedores: añádalos en Ajustes › Vendedores.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Switch clerk</source>
        <translation>Cambiar de vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="238" />
        <source>Type your name and PIN to use the counter.</source>
        <translation>Escriba su nombre y su PIN para usar la caja.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="318" />
        <source>Clerk</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="319" />
        <source>Supervisor</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="320" />
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
</context>
<context>
    <name>ClerksTab</name>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="53" />
        <source>Each clerk signs in with their own PIN</source>
        <translation>Cada vendedor inicia sesión con su propio PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="55" />
        <source>Require sign-in</source>
        <translation>Exigir inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="58" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="59" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="61" />
        <source>Idle minutes</source>
        <translation>Minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="63" />
        <source>After this many minutes without a key or click; 0 for never</source>
        <translation>Tras estos minutos sin pulsar una tecla ni hacer clic; 0 para nunca</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="66" />
        <source>Sign the clerk out</source>
        <translation>Cerrar la sesión del vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="67" />
        <source>Lock until the PIN is typed</source>
        <translation>Bloquear hasta que se escriba el PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="71" />
        <location filename="../../app/ui/clerks_tab.py" line="100" />
        <source>When idle</source>
        <translation>Si está inactivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="74" />
        <source>Clerks</source>
        <translation>Vendedores</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="77" />
        <source>Clerk name</source>
        <translation>Nombre del vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="81" />
        <location filename="../../app/ui/clerks_tab.py" line="103" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="84" />
        <source>Clerk PIN</source>
        <translation>PIN del vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="87" />
        <source>Clerk PIN again</source>
        <translation>Repita el PIN del vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="88" />
        <source>Add clerk</source>
        <translation>Añadir vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="89" />
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="90" />
        <source>Set new PIN</source>
        <translation>Establecer PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="91" />
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="92" />
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="99" />
        <source>Sign out after</source>
        <translation>Cerrar sesión después de</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="102" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="104" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="105" />
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="133" />
        <source>Clerks can be changed once the counter is open.</source>
        <translation>Los vendedores se pueden cambiar cuando la caja esté abierta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="146" />
        <source>%1 (deactivated)</source>
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="175" />
        <source>A clerk's name is 1 to 40 letters on one line.</source>
        <translation>El nombre de un vendedor tiene de 1 a 40 caracteres en una línea.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="179" />
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="189" />
        <source>There is already a clerk called %1.</source>
        <translation>Ya hay un vendedor llamado %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="202" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="222" />
        <source>%1 can now sign in.</source>
        <translation>%1 ya puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="227" />
        <source>Pick a clerk in the list first.</source>
        <translation>Elija primero un vendedor de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="236" />
        <source>Renamed to %1.</source>
        <translation>Nombre cambiado a %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="243" />
        <source>%1 has a new PIN.</source>
        <translation>%1 tiene un PIN nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="252" />
        <source>%1 has a new role.</source>
        <translation>%1 tiene un rol nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="262" />
        <source>%1 is changed.</source>
        <translation>%1 se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="268" />
        <source>Keep at least one active owner while clerks must sign in.</source>
        <translation>Mantenga al menos un dueño activo mientras los vendedores deban iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="277" />
        <source>Add an owner clerk before asking clerks to sign in: Settings needs one.</source>
        <translation>Añada un vendedor con el rol de dueño antes de exigir el inicio de sesión: los Ajustes lo necesitan.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="63" />
        <source>This computer's clock is %n minute(s) ahead. Correct the clock.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto adelantado. Corrija el reloj.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos adelantado. Corrija el reloj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="68" />
        <source>This computer's clock is %n minute(s) behind. Correct the clock.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto atrasado. Corrija el reloj.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos atrasado. Corrija el reloj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmSaleDialog</name>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="70" />
        <source>Take payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="79" />
        <source>Take payment, then sell this eSIM?</source>
        <translation>¿Cobrar y luego vender esta eSIM?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/confirm_dialog.py" line="81" />
        <source>Take payment, then sell these %n eSIMs?</source>
        <translation>
            <numerusform>¿Cobrar y después vender esta eSIM?</numerusform>
            <numerusform>¿Cobrar y después vender estas %n eSIM?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="88" />
        <source>%1 included (%2 %)</source>
        <translation>%1 incluido (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="95" />
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="96" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="97" />
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="98" />
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="99" />
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="100" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="119" />
        <source>&amp;Split between two methods</source>
        <translation>&amp;Dividir entre dos formas de pago</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="121" />
        <source>Split between two methods</source>
        <translation>Dividir entre dos formas de pago</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="127" />
        <location filename="../../app/ui/confirm_dialog.py" line="129" />
        <source>Sell now</source>
        <translation>Vender ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="171" />
        <source>Amount paid by the first method</source>
        <translation>Importe pagado con la primera forma</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="174" />
        <source>Second method</source>
        <translation>Segunda forma de pago</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="180" />
        <source>&amp;Rest by</source>
        <translation>&amp;Resto con</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="197" />
        <source>A&amp;mount by %1</source>
        <translation>I&amp;mporte (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="233" />
        <source>Type an amount less than the total</source>
        <translation>Escriba un importe menor que el total</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="85" />
        <source>Your eSIM</source>
        <extracomment>The clerk asked to send this eSIM by e-mail (button or Ctrl+E; Octopus only).</extracomment>
        <translation>Su eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="96" />
        <source>Scan to install your eSIM</source>
        <translation>Escanee para instalar su eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="112" />
        <source>Android and iPhone: open the Camera and scan</source>
        <translation>Android y iPhone: abra la cámara y escanee</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="116" />
        <source>iPhone (iOS 17.4+): install link</source>
        <translation>iPhone (iOS 17.4+): enlace de instalación</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="124" />
        <source>Confirmation code</source>
        <translation>Código de confirmación</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="127" />
        <source>Installed ✓</source>
        <translation>Instalada ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="139" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="140" />
        <source>SM-DP+ address</source>
        <translation>Dirección SM-DP+</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="141" />
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="165" />
        <source>◀ Previous eSIM</source>
        <translation>◀ eSIM anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="166" />
        <source>Next eSIM ▶</source>
        <translation>eSIM siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="169" />
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="171" />
        <source>Close the customer display</source>
        <translation>Cerrar la pantalla del cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="172" />
        <source>Previous eSIM</source>
        <translation>eSIM anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="173" />
        <source>Next eSIM</source>
        <translation>eSIM siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="174" />
        <source>Send by e-mail… (Ctrl+E)</source>
        <translation>Enviar por correo… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="176" />
        <source>Send the eSIM by e-mail</source>
        <translation>Enviar la eSIM por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="178" />
        <source>Octopus Cards e-mails the eSIM to the traveller, to install later.</source>
        <translation>Octopus Cards envía la eSIM por correo electrónico al viajero, para instalarla más tarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="265" />
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="271" />
        <source>The activation code is not available yet.</source>
        <translation>El código de activación aún no está disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="286" />
        <source>Ask the clerk</source>
        <translation>Pregunte al vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="301" />
        <source>eSIM %1 of %2</source>
        <translation>eSIM %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="318" />
        <source>Closes in %1</source>
        <translation>Se cierra en %1</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <location filename="../../app/ui/day_report.py" line="63" />
        <source>Day report</source>
        <translation>Informe del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="102" />
        <source>Balances: loading…</source>
        <translation>Saldos: cargando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="70" />
        <location filename="../../app/ui/day_report.py" line="105" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="77" />
        <source>Sales by provider</source>
        <translation>Ventas por proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="87" />
        <source>Takings by sale currency</source>
        <translation>Ingresos por moneda de venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>eSIMs</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Charged</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Not sold</source>
        <translation>No vendidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Needs checking</source>
        <translation>Por comprobar</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="191" />
        <source>Training mode: these are training sales; no money moved.</source>
        <translation>Modo de práctica: son ventas de práctica; no se cobró nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="196" />
        <source>%n sale(s) of the other mode (training or real) are not counted.</source>
        <translation>
            <numerusform>No se cuenta %n venta del otro modo (formación o real).</numerusform>
            <numerusform>No se cuentan %n ventas del otro modo (formación o real).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="206" />
        <source>%n refund(s) in %1: %2, already taken off the payment methods and the drawer.</source>
        <translation>
            <numerusform>%n reembolso en %1: %2, ya descontado de las formas de pago y de la caja.</numerusform>
            <numerusform>%n reembolsos en %1: %2, ya descontados de las formas de pago y de la caja.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="215" />
        <source>Sales that need checking may still have been charged.</source>
        <translation>Las ventas por comprobar pueden haberse cobrado igualmente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="222" />
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="222" />
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="244" />
        <source>(after %n refund(s): %1 paid back)</source>
        <translation>
            <numerusform>(tras %n reembolso: %1 devuelto)</numerusform>
            <numerusform>(tras %n reembolsos: %1 devueltos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="251" />
        <source>(of which %1 is owed back to customers)</source>
        <translation>(de los que %1 se deben devolver a clientes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="258" />
        <source>Cash expected in the drawer: %1</source>
        <translation>Efectivo esperado en la caja: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="265" />
        <source>Balances now: %1</source>
        <translation>Saldos ahora: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="269" />
        <source>Balance unavailable: %1</source>
        <translation>Saldo no disponible: %1</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../app/ui/destinations.py" line="144" />
        <source>Destination search</source>
        <translation>Buscar destino</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="147" />
        <source>Name or code</source>
        <translation>Nombre o código</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="149" />
        <source>A country or region name, or an alpha-2 or alpha-3 code (Ctrl+F)</source>
        <translation>Nombre de un país o región, o un código alfa-2 o alfa-3 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="158" />
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="168" />
        <source>Loading destinations…</source>
        <translation>Cargando destinos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="174" />
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../../app/ui/names.py" line="26" />
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="27" />
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="28" />
        <source>Middle East</source>
        <translation>Oriente Medio</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="29" />
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="30" />
        <source>Latin America</source>
        <translation>Latinoamérica</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="31" />
        <source>North America</source>
        <translation>Norteamérica</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="32" />
        <source>Caribbean</source>
        <translation>Caribe</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="33" />
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="35" />
        <source>Global</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../app/ui/destinations.py" line="78" />
        <source>%1 (regional)</source>
        <translation>%1 (regional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="80" />
        <source>Global (worldwide)</source>
        <translation>Global (todo el mundo)</translation>
    </message>
</context>
<context>
    <name>Handback</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="15" />
        <source>Give back %1 in cash</source>
        <translation>Devuelva %1 en efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="16" />
        <source>Refund %1 to the card</source>
        <translation>Reembolse %1 a la tarjeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="17" />
        <source>Send back %1 by bank transfer</source>
        <translation>Devuelva %1 por transferencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="18" />
        <source>Give back %1 the way it was paid</source>
        <translation>Devuelva %1 por el mismo medio de pago</translation>
    </message>
</context>
<context>
    <name>HandbackDialog</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="51" />
        <source>Give the money back</source>
        <translation>Devolver el dinero</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="53" />
        <source>The sale failed. No eSIM was sold.</source>
        <translation>La venta ha fallado. No se ha vendido ninguna eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="72" />
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="79" />
        <source>I gave it back</source>
        <translation>Ya lo devolví</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="81" />
        <source>I gave the money back</source>
        <translation>He devuelto el dinero</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="83" />
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="85" />
        <source>Later: the money is still owed</source>
        <translation>Más tarde: el dinero sigue pendiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="87" />
        <source>The sale stays in the list as money owed until you confirm</source>
        <translation>La venta queda en la lista como dinero pendiente hasta que lo confirme</translation>
    </message>
</context>
<context>
    <name>HandbackFlow</name>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="75" />
        <source>The customer is still owed their money: see the list below.</source>
        <translation>Al cliente aún se le debe su dinero: vea la lista de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="78" />
        <source>Noted: the money was given back.</source>
        <translation>Anotado: el dinero se ha devuelto.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history.py" line="69" />
        <source>Sales history</source>
        <translation>Historial de ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="87" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID, pedido, destino o plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="89" />
        <source>Search sales</source>
        <translation>Buscar ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="91" />
        <source>Sales shown</source>
        <translation>Ventas mostradas</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="93" />
        <source>All sales</source>
        <translation>Todas las ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="94" />
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="95" />
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="96" />
        <source>Needs checking</source>
        <translation>Por comprobar</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="97" />
        <source>Not sold</source>
        <translation>No vendida</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="100" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="103" />
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="105" />
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="112" />
        <source>Hide training sales</source>
        <translation>Ocultar ventas de práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="130" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="144" />
        <source>Show QR</source>
        <translation>Mostrar QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="145" />
        <source>Copy ICCID</source>
        <translation>Copiar ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="146" />
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="147" />
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="155" />
        <source>&amp;Reprint receipt</source>
        <translation>&amp;Reimprimir recibo</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="156" />
        <location filename="../../app/ui/history.py" line="162" />
        <source>Reprint receipt</source>
        <translation>Reimprimir recibo</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="158" />
        <source>Prints the selected sale's receipt again, marked COPY.</source>
        <translation>Vuelve a imprimir el recibo de la venta elegida, marcado COPIA.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="174" />
        <source>Re&amp;fund…</source>
        <translation>Ree&amp;mbolsar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="175" />
        <source>Refund the selected sale</source>
        <translation>Reembolsar la venta seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="178" />
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="186" />
        <source>E-mail…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="188" />
        <source>Send the selected sale's eSIM by e-mail</source>
        <translation>Enviar por correo electrónico la eSIM de la venta seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="190" />
        <source>Send by e-mail…</source>
        <translation>Enviar por correo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="198" />
        <source>Look up the eSIM…</source>
        <translation>Consultar la eSIM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="205" />
        <source>&amp;Top up…</source>
        <translation>&amp;Recargar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="207" />
        <source>Top up the selected eSIM</source>
        <translation>Recargar la eSIM seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="209" />
        <source>Sells more data and days for the eSIM of the selected eSIMfly sale.</source>
        <translation>Vende más datos y días para la eSIM de la venta de eSIMfly seleccionada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="220" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="325" />
        <source>Cost and margin shown.</source>
        <translation>Se muestran el coste y el margen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="367" />
        <source>This sale has no eSIM to look up.</source>
        <translation>Esta venta no tiene ninguna eSIM que consultar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="388" />
        <source>Only Octopus Cards can e-mail an eSIM; eSIMfly cannot. Show the QR code instead (Show QR).</source>
        <translation>Solo Octopus Cards puede enviar una eSIM por correo electrónico; eSIMfly no. Muestre el código QR en su lugar (Mostrar QR).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="408" />
        <source>This sale has several eSIMs: choose one in the lookup window, then press Top up there.</source>
        <translation>Esta venta tiene varias eSIM: elija una en la ventana de consulta y pulse allí Recargar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="428" />
        <source>ICCID copied.</source>
        <translation>ICCID copiado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="440" />
        <source>Printing the receipt…</source>
        <translation>Imprimiendo el recibo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="446" />
        <source>Receipt %1 printed again (COPY).</source>
        <translation>Recibo %1 reimpreso (COPIA).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="458" />
        <source>Export sales</source>
        <translation>Exportar ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="460" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history.py" line="476" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n venta exportada.</numerusform>
            <numerusform>%n ventas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="478" />
        <source>Could not write the file: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/history_model.py" line="85" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="86" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="87" />
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="88" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="89" />
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="90" />
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="91" />
        <source>Retail</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="92" />
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="93" />
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="94" />
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="95" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="96" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="114" />
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="115" />
        <source>Partly refunded</source>
        <translation>Reembolsado en parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="117" />
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="118" />
        <source>Pending at the provider</source>
        <translation>Pendiente en el proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="119" />
        <source>Not sold</source>
        <translation>No vendida</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="120" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="121" />
        <location filename="../../app/ui/history_model.py" line="122" />
        <source>Needs checking</source>
        <translation>Por comprobar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_model.py" line="273" />
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="274" />
        <location filename="../../app/ui/history_model.py" line="311" />
        <source> (training)</source>
        <translation> (práctica)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="278" />
        <source>Top-up: %1</source>
        <translation>Recarga: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="304" />
        <source>Refund (claimed from the provider)</source>
        <translation>Reembolso (reclamado al proveedor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="306" />
        <source>Refund (shop's loss)</source>
        <translation>Reembolso (pérdida de la tienda)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="308" />
        <source>Refund (confirmed later)</source>
        <translation>Reembolso (se confirma más tarde)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="310" />
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="340" />
        <source>%1, handed back</source>
        <translation>%1, devuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="342" />
        <source>%1, owed back</source>
        <translation>%1, pendiente de devolver</translation>
    </message>
</context>
<context>
    <name>InstallSlip</name>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="26" />
        <source>Install your eSIM</source>
        <translation>Instale su eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="27" />
        <source>Keep this private — it installs your eSIM</source>
        <translation>Confidencial — esta hoja instala su eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="28" />
        <source>Anyone with this slip can install it, once. Do not share or post it.</source>
        <translation>Cualquiera que tenga esta hoja puede instalar la eSIM, una sola vez. No la comparta ni la publique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="31" />
        <source>1. Connect to Wi-Fi, then open Settings → Mobile data (Cellular) → Add eSIM.</source>
        <translation>1. Conéctese a una red Wi-Fi y abra Ajustes → Datos móviles (Celular) → Añadir eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="35" />
        <source>2. Choose “Use QR code” and scan this code, or type the two codes below.</source>
        <translation>2. Elija «Usar código QR» y escanee este código, o escriba los dos códigos de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="39" />
        <source>3. On arrival, switch this eSIM on for mobile data and turn data roaming on.</source>
        <translation>3. Al llegar, active esta eSIM para los datos móviles y active la itinerancia de datos (roaming).</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="43" />
        <source>SM-DP+ address</source>
        <translation>Dirección SM-DP+</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="44" />
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="46" />
        <source>Your plan</source>
        <translation>Su plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="47" />
        <source>Networks: %1</source>
        <translation>Redes: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="48" />
        <source>Countries covered: %1</source>
        <translation>Países cubiertos: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="49" />
        <source>Its days start when the eSIM first connects at your destination.</source>
        <translation>Sus días empiezan a contar cuando la eSIM se conecta por primera vez en su destino.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="52" />
        <source>Its days start as soon as the eSIM is installed.</source>
        <translation>Sus días empiezan a contar en cuanto se instala la eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="55" />
        <source>5G where the network offers it.</source>
        <translation>5G donde la red lo ofrezca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="56" />
        <source>More data: it can be topped up at this counter.</source>
        <translation>¿Más datos? Se puede recargar en este mostrador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="57" />
        <source>Data only: no calls or SMS. Call and text with internet apps.</source>
        <translation>Solo datos: sin llamadas ni SMS. Llame y escriba mensajes con aplicaciones de internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="60" />
        <source>Calls and SMS are included.</source>
        <translation>Incluye llamadas y SMS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="61" />
        <source>It comes with a phone number of its own.</source>
        <translation>Incluye un número de teléfono propio.</translation>
    </message>
</context>
<context>
    <name>JournalProblem</name>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="80" />
        <source>Sales journal</source>
        <translation>Diario de ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="86" />
        <source>The sales journal at %1 is damaged. It was left untouched. Nothing can be sold until it is replaced.</source>
        <translation>El diario de ventas en %1 está dañado. No se ha modificado. No se puede vender nada hasta que se sustituya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="90" />
        <source>Restore a backup of the journal, or start a new journal. Either way the damaged file is kept in %1 under a new name, so nothing is lost for good.</source>
        <translation>Restaure una copia de seguridad del diario o empiece uno nuevo. En ambos casos el archivo dañado se conserva en %1 con otro nombre, así que nada se pierde para siempre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="95" />
        <source>The sales journal at %1 cannot be written, so nothing can be sold.</source>
        <translation>No se puede escribir el diario de ventas en %1, así que no se puede vender nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="98" />
        <source>Make sure the folder %1 exists, that this user may write to it and that the disk is not full (or start the counter with --journal and a writable file), then press Try again.</source>
        <translation>Compruebe que la carpeta %1 existe, que este usuario puede escribir en ella y que el disco no está lleno (o inicie el mostrador con --journal y un archivo con permiso de escritura), y pulse Reintentar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="110" />
        <source>Restore a backup…</source>
        <translation>Restaurar una copia…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="111" />
        <source>Start a new journal</source>
        <translation>Empezar un diario nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="112" />
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="113" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="135" />
        <source>Restore the sales journal from</source>
        <translation>Restaurar el diario de ventas desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="137" />
        <source>Sales journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>Diarios de ventas (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="141" />
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="145" />
        <source>Starting a new journal…</source>
        <translation>Empezando un diario nuevo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="154" />
        <source>The damaged journal is kept as %1.</source>
        <translation>El diario dañado se conserva como %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="165" />
        <source>That did not work: %1 Nothing was changed.</source>
        <translation>No funcionó: %1 No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>LookupWindow</name>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="31" />
        <source>Not installed yet</source>
        <translation>Aún no instalada</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="32" />
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="33" />
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="34" />
        <source>Data used up</source>
        <translation>Datos agotados</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="35" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="36" />
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="43" />
        <source>The phone has not installed this eSIM yet.</source>
        <translation>El teléfono aún no ha instalado esta eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="46" />
        <source>The eSIM is installed and working.</source>
        <translation>La eSIM está instalada y funciona.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="49" />
        <source>The plan's days have run out.</source>
        <translation>Se han agotado los días del plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="52" />
        <source>All the plan's data has been used.</source>
        <translation>Se han usado todos los datos del plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="55" />
        <source>This eSIM was cancelled; it no longer works.</source>
        <translation>Esta eSIM se canceló; ya no funciona.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="58" />
        <source>The provider's status is not one the counter knows.</source>
        <translation>El mostrador no conoce el estado indicado por el proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="76" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="81" />
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="132" />
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="138" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="147" />
        <source>Not sold by this counter</source>
        <translation>No vendida en esta caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="162" />
        <source>%1 did not answer; try Refresh.</source>
        <translation>%1 no respondió; pruebe Actualizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="169" />
        <source>No provider account is set up to look eSIMs up.</source>
        <translation>No hay ninguna cuenta de proveedor configurada para consultar eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="172" />
        <source>No eSIM with this ICCID at %1. Check the digits.</source>
        <translation>No hay ninguna eSIM con este ICCID en %1. Revise los dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="183" />
        <source>Not sold by this counter; found at %1.</source>
        <translation>No vendida en esta caja; encontrada en %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="189" />
        <source>Some details could not be read; try Refresh.</source>
        <translation>No se pudieron leer algunos detalles; pruebe Actualizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="66" />
        <location filename="../../app/ui/lookup_window.py" line="67" />
        <source>Look up an eSIM</source>
        <translation>Consultar una eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="76" />
        <source>ICCID to look up</source>
        <translation>ICCID que consultar</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="78" />
        <source>Type or scan the eSIM's ICCID, then press Enter.</source>
        <translation>Escriba o escanee el ICCID de la eSIM y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="80" />
        <source>ICCID (type or scan)</source>
        <translation>ICCID (escriba o escanee)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="82" />
        <source>&amp;ICCID</source>
        <translation>&amp;ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="84" />
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="85" />
        <source>Look up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="88" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="89" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="90" />
        <source>Asks the provider again (F5).</source>
        <translation>Vuelve a consultar al proveedor (F5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="99" />
        <source>eSIM of this sale</source>
        <translation>eSIM de esta venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="101" />
        <source>This sale has several eSIMs: choose the one to look up.</source>
        <translation>Esta venta tiene varias eSIM: elija la que quiere consultar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="104" />
        <source>e&amp;SIM</source>
        <translation>e&amp;SIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="122" />
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="123" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="124" />
        <source>Data used</source>
        <translation>Datos usados</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="125" />
        <source>Data left</source>
        <translation>Datos restantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="126" />
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="127" />
        <source>Installed</source>
        <translation>Instalada</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="128" />
        <source>First used</source>
        <translation>Primer uso</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="129" />
        <source>Last network</source>
        <translation>Última red</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="130" />
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="131" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="132" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="133" />
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="138" />
        <source>&amp;Top up…</source>
        <translation>&amp;Recargar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="140" />
        <source>Top up this eSIM</source>
        <translation>Recargar esta eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="144" />
        <location filename="../../app/ui/lookup_window.py" line="145" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="197" />
        <source>That is not an ICCID: it has 18 to 22 digits and starts with 89.</source>
        <translation>Eso no es un ICCID: tiene de 18 a 22 dígitos y empieza por 89.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="221" />
        <source>This sale has no eSIM to look up.</source>
        <translation>Esta venta no tiene ninguna eSIM que consultar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="227" />
        <source>eSIM %1 of %2: %3</source>
        <translation>eSIM %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="263" />
        <source>The counter is not connected to the providers yet; try Refresh.</source>
        <translation>El mostrador aún no está conectado a los proveedores; pruebe Actualizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="266" />
        <source>Asking the provider…</source>
        <translation>Consultando al proveedor…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="146" />
        <location filename="../../app/ui/main_window.py" line="160" />
        <location filename="../../app/ui/main_window.py" line="493" />
        <source>eSIM Counter</source>
        <translation>eSIM Counter</translation>
    </message>
    <message>
        <location filename="../../app/ui/mode_banner.py" line="33" />
        <source>TRAINING — no real eSIMs are sold</source>
        <translation>PRÁCTICA — no se venden eSIM reales</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292" />
        <location filename="../../app/ui/main_window.py" line="448" />
        <source>Loading the catalogue…</source>
        <translation>Cargando el catálogo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Sales</source>
        <translation>&amp;Ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178" />
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>&amp;Check unresolved sales</source>
        <translation>&amp;Comprobar ventas pendientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Day report…</source>
        <translation>&amp;Informe del día…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Look up an eSIM…</source>
        <translation>&amp;Consultar una eSIM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195" />
        <source>&amp;Counter</source>
        <translation>&amp;Mostrador</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Price list…</source>
        <translation>&amp;Lista de precios…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="514" />
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522" />
        <source>the provider accounts cannot be used.</source>
        <translation>no se pueden usar las cuentas de los proveedores.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="527" />
        <source>Not connected. Check the accounts in Counter › Settings, then save.</source>
        <translation>Sin conexión. Revise las cuentas en Mostrador › Ajustes y guarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531" />
        <source>Connect again</source>
        <translation>Conectar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="567" />
        <source>The catalogue could not be loaded. %1</source>
        <translation>No se pudo cargar el catálogo. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="621" />
        <source>%n earlier sale(s) need attention: see the list below.</source>
        <translation>
            <numerusform>%n venta anterior requiere atención: vea la lista de abajo.</numerusform>
            <numerusform>%n ventas anteriores requieren atención: vea la lista de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="691" />
        <source>&amp;Print receipt</source>
        <translation>Im&amp;primir recibo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="692" />
        <source>Print &amp;install slip</source>
        <translation>Imprimir hoja de i&amp;nstalación</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="789" />
        <source>Retry %1</source>
        <translation>Reintentar %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="803" />
        <source>Asking the unavailable provider again…</source>
        <translation>Preguntando de nuevo al proveedor no disponible…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="812" />
        <source>Catalogue reloaded.</source>
        <translation>Catálogo recargado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="835" />
        <source>A sale is in progress</source>
        <translation>Hay una venta en curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="837" />
        <source>A sale is waiting for the provider. Quit anyway? It is recorded and will be checked when the counter starts again.</source>
        <translation>Una venta espera al proveedor. ¿Salir de todos modos? Está registrada y se comprobará al volver a iniciar.</translation>
    </message>
</context>
<context>
    <name>ManagerOverride</name>
    <message>
        <location filename="../../app/ui/manager_override.py" line="86" />
        <location filename="../../app/ui/manager_override.py" line="89" />
        <location filename="../../app/ui/manager_override.py" line="97" />
        <location filename="../../app/ui/manager_override.py" line="140" />
        <location filename="../../app/ui/manager_override.py" line="142" />
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="87" />
        <source>Manager PIN:</source>
        <translation>PIN del encargado:</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="107" />
        <source>This plan is priced below the shop's cost. A manager must allow the sale.</source>
        <translation>Este plan tiene un precio inferior al coste de la tienda. Un encargado debe autorizar la venta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="130" />
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
</context>
<context>
    <name>MethodButtons</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="75" />
        <source>How the customer pays</source>
        <translation>Cómo paga el cliente</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="50" />
        <location filename="../../app/ui/shift_dialogs.py" line="51" />
        <location filename="../../app/ui/shift_dialogs.py" line="58" />
        <location filename="../../app/ui/shift_dialogs.py" line="60" />
        <source>Open shift</source>
        <translation>Abrir turno</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="52" />
        <source>Count the cash in the drawer before the first sale.</source>
        <translation>Cuente el efectivo de la caja antes de la primera venta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="54" />
        <source>Opening &amp;float</source>
        <translation>&amp;Fondo de caja inicial</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="63" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="74" />
        <source>Type the float as an amount, e.g. 100, or 0 for none.</source>
        <translation>Escriba el fondo de caja como importe, p. ej. 100, o 0 si no hay.</translation>
    </message>
</context>
<context>
    <name>OwnerButton</name>
    <message>
        <location filename="../../app/ui/history.py" line="502" />
        <source>Show cost and margin</source>
        <translation>Mostrar coste y margen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="509" />
        <source>Asks the manager PIN, then shows cost and margin until the window closes (Ctrl+M)</source>
        <translation>Pide el PIN del encargado y luego muestra el coste y el margen hasta que se cierre la ventana (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="515" />
        <source>For the owner: asks for the manager PIN (Ctrl+M)</source>
        <translation>Para el dueño: pide el PIN del encargado (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="529" />
        <source>Cost and margin are for the owner.</source>
        <translation>El coste y el margen son solo para el dueño.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="32" />
        <source>&amp;Cash</source>
        <translation>&amp;Efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="33" />
        <source>C&amp;ard</source>
        <translation>&amp;Tarjeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="34" />
        <source>&amp;Bank transfer</source>
        <translation>Trans&amp;ferencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="35" />
        <source>&amp;Other</source>
        <translation>&amp;Otro</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="38" />
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="39" />
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="40" />
        <source>bank transfer</source>
        <translation>transferencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="41" />
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>PendingList</name>
    <message>
        <location filename="../../app/ui/pending_list.py" line="38" />
        <location filename="../../app/ui/pending_list.py" line="42" />
        <source>Pending and unresolved sales</source>
        <translation>Ventas pendientes y sin resolver</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="44" />
        <source>Enter shows a ready eSIM's QR code, or checks a sale that needs checking</source>
        <translation>Intro muestra el código QR de una eSIM lista, o comprueba una venta por comprobar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="50" />
        <location filename="../../app/ui/pending_list.py" line="145" />
        <source>Show QR</source>
        <translation>Mostrar QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="104" />
        <source>✔ Ready — %1 (%2): select to show the QR</source>
        <translation>✔ Lista — %1 (%2): seleccione para mostrar el QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="110" />
        <source>⏳ Waiting for the provider — %1 (%2)</source>
        <translation>⏳ Esperando al proveedor — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="115" />
        <source>⚠ Needs checking: outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ Por comprobar: resultado desconocido, no vuelva a vender — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="125" />
        <source>💵 Money owed to the customer: give back %3 — %1 (%2)</source>
        <translation>💵 Dinero pendiente de devolver: devuelva %3 — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="128" />
        <source>⚠ Needs checking: the customer is owed an eSIM or their money, %3. Outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ Por comprobar: al cliente se le debe una eSIM o su dinero, %3. Resultado desconocido, no vuelva a vender — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="141" />
        <source>Hand back…</source>
        <translation>Devolver…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="143" />
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
</context>
<context>
    <name>PhoneCheckDialog</name>
    <message>
        <location filename="../../app/ui/phone_check.py" line="53" />
        <source>Phone check</source>
        <translation>Comprobación del teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="58" />
        <source>Before paying, check with the traveller:</source>
        <translation>Antes de cobrar, compruebe con el viajero:</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="64" />
        <source>1. Is the phone unlocked? It must take another network's SIM, not only its own operator's.</source>
        <translation>1. ¿Está el teléfono liberado? Debe aceptar la SIM de otra red, no solo la de su propio operador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="67" />
        <source>2. Can the model use an eSIM? Find it in the list below.</source>
        <translation>2. ¿Puede el modelo usar una eSIM? Búsquelo en la lista de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="69" />
        <source>3. Is its system new enough? iPhone: the iOS version shown here or later. Android: updates installed.</source>
        <translation>3. ¿Tiene un sistema suficientemente reciente? iPhone: la versión de iOS indicada aquí o posterior. Android: actualizaciones instaladas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="81" />
        <source>Type the phone model, e.g. iPhone 13 or Pixel 8</source>
        <translation>Escriba el modelo del teléfono, p. ej. iPhone 13 o Pixel 8</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="82" />
        <source>Search the phone model</source>
        <translation>Buscar el modelo del teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="84" />
        <source>Up and Down pick a phone from the list; Enter answers Checked, OK</source>
        <translation>Arriba y Abajo eligen un teléfono de la lista; Intro responde Comprobado, OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="89" />
        <source>eSIM-capable phones</source>
        <translation>Teléfonos compatibles con eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="97" />
        <source>Not in the list? Ask the traveller to look on the phone: Settings → Mobile data (Cellular) → Add eSIM. No such option: not compatible.</source>
        <translation>¿No está en la lista? Pida al viajero que mire en el teléfono: Ajustes → Datos móviles (Celular) → Añadir eSIM. Si no existe esa opción: no es compatible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="105" />
        <source>&amp;Checked — OK</source>
        <translation>&amp;Comprobado — OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="106" />
        <source>Checked, OK</source>
        <translation>Comprobado, OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="108" />
        <source>&amp;Not compatible</source>
        <translation>&amp;No compatible</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="109" />
        <source>Not compatible</source>
        <translation>No compatible</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="111" />
        <source>Stops the sale: nothing is charged or recorded</source>
        <translation>Detiene la venta: no se cobra ni se registra nada</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="113" />
        <source>S&amp;kip the check</source>
        <translation>&amp;Omitir la comprobación</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="114" />
        <source>Skip the check</source>
        <translation>Omitir la comprobación</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="166" />
        <source>%1 — eSIM from %2 %3</source>
        <translation>%1 — eSIM desde %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="185" />
        <source>No phone of that name in the list.</source>
        <translation>No hay ningún teléfono con ese nombre en la lista.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/phone_check.py" line="187" />
        <source>%n phone(s) listed.</source>
        <translation>
            <numerusform>%n teléfono en la lista.</numerusform>
            <numerusform>%n teléfonos en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="190" />
        <source>Chosen: %1</source>
        <translation>Elegido: %1</translation>
    </message>
</context>
<context>
    <name>PhoneCheckStep</name>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="79" />
        <source>The list of eSIM phones is missing. Ask the traveller whether the phone takes an eSIM; the owner can switch the phone check off in Settings.</source>
        <translation>Falta la lista de teléfonos con eSIM. Pregunte al viajero si el teléfono admite eSIM; el dueño puede desactivar la comprobación del teléfono en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="100" />
        <source>Sale stopped: the traveller's phone cannot use an eSIM. Nothing was charged or recorded.</source>
        <translation>Venta detenida: el teléfono del viajero no puede usar una eSIM. No se cobró ni se registró nada.</translation>
    </message>
</context>
<context>
    <name>PhoneListRow</name>
    <message numerus="yes">
        <location filename="../../app/ui/phone_list_update.py" line="100" />
        <source>Phone list updated: %n phone(s). The next check uses it.</source>
        <translation>
            <numerusform>Lista de teléfonos actualizada: %n teléfono. La próxima comprobación la usará.</numerusform>
            <numerusform>Lista de teléfonos actualizada: %n teléfonos. La próxima comprobación la usará.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneListUpdate</name>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="37" />
        <source>&amp;Update the phone list from a file…</source>
        <translation>Act&amp;ualizar la lista de teléfonos desde un archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="41" />
        <source>Update the phone list from a file</source>
        <translation>Actualizar la lista de teléfonos desde un archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="44" />
        <source>A JSON list of eSIM-capable phones; the one shipped with the program serves until then</source>
        <translation>Una lista JSON de teléfonos compatibles con eSIM; hasta entonces se usa la que viene con el programa</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="63" />
        <source>Phone list</source>
        <translation>Lista de teléfonos</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="65" />
        <source>Phone lists (*.json)</source>
        <translation>Listas de teléfonos (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="80" />
        <source>The counter is not open yet, so there is no place to keep the list. Try again in a moment.</source>
        <translation>La caja aún no está abierta, así que no hay dónde guardar la lista. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="88" />
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="108" />
        <source>This file was refused: %1. The phone list in use was kept; ask for a corrected file.</source>
        <translation>Se rechazó este archivo: %1. Se conservó la lista de teléfonos en uso; pida un archivo corregido.</translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="23" />
        <source>%n call minute(s)</source>
        <translation>
            <numerusform>%n minuto de llamadas</numerusform>
            <numerusform>%n minutos de llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="26" />
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="29" />
        <source>Networks in %n countries (hover to see them)</source>
        <translation>
            <numerusform>Redes en %n país (pase el ratón por encima para verlas)</numerusform>
            <numerusform>Redes en %n países (pase el ratón por encima para verlas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="37" />
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="39" />
        <source>4G, no 5G</source>
        <translation>4G, sin 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="41" />
        <source>top-up possible</source>
        <translation>recargable</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="43" />
        <source>no top-up</source>
        <translation>sin recarga</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="45" />
        <source>hotspot allowed</source>
        <translation>punto de acceso permitido</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="52" />
        <source>Data only, no calls or SMS</source>
        <translation>Solo datos, sin llamadas ni SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="63" />
        <source>unlimited calls</source>
        <translation>llamadas ilimitadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="67" />
        <source>unlimited SMS</source>
        <translation>SMS ilimitados</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="71" />
        <source>own phone number</source>
        <translation>número de teléfono propio</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="73" />
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="74" />
        <source>calls or SMS included</source>
        <translation>llamadas o SMS incluidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="82" />
        <source>Validity starts at the first connection at the destination.</source>
        <translation>La validez empieza con la primera conexión en el destino.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="86" />
        <source>Validity starts at installation: install it just before the trip.</source>
        <translation>La validez empieza con la instalación: instálela justo antes del viaje.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="99" />
        <source>Networks: %1</source>
        <translation>Redes: %1</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../app/ui/plans_model.py" line="71" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="72" />
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="73" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="74" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="75" />
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="129" />
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="133" />
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_model.py" line="136" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="169" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>Por debajo del coste: para venderlo hace falta el PIN del encargado.</translation>
    </message>
</context>
<context>
    <name>PlansPane</name>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="39" />
        <location filename="../../app/ui/plans_pane.py" line="61" />
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="41" />
        <source>Enter, a click or a double-click chooses a plan</source>
        <translation>Intro, un clic o un doble clic elige un plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="71" />
        <source>Data filter</source>
        <translation>Filtro de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="76" />
        <source>Validity filter</source>
        <translation>Filtro de validez</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>Any validity</source>
        <translation>Cualquier validez</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>%n+ day(s)</source>
        <translation>
            <numerusform>%n día o más</numerusform>
            <numerusform>%n días o más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="85" />
        <source>&amp;5G only</source>
        <translation>Solo &amp;5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="86" />
        <source>5G only</source>
        <translation>Solo 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="88" />
        <source>Shows only plans whose provider lists a 5G network</source>
        <translation>Muestra solo los planes cuyo proveedor indica una red 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="90" />
        <source>Top-&amp;up</source>
        <translation>&amp;Recarga</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="91" />
        <source>Top-up possible</source>
        <translation>Recargable</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="93" />
        <source>Shows only plans the counter can top up later</source>
        <translation>Muestra solo los planes que la caja puede recargar más tarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="95" />
        <source>Ca&amp;lls/SMS</source>
        <translation>&amp;Llamadas/SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="96" />
        <source>Calls or SMS</source>
        <translation>Llamadas o SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="98" />
        <source>Shows only plans with calls, texts or a phone number</source>
        <translation>Muestra solo los planes con llamadas, mensajes o número de teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="138" />
        <source>Any data</source>
        <translation>Cualquier volumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="140" />
        <source>Unlimited only</source>
        <translation>Solo ilimitados</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="141" />
        <source>%1 GB or more</source>
        <translation>%1 GB o más</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="165" />
        <source>No 5G plans for %1.</source>
        <translation>No hay planes 5G para %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="167" />
        <source>No plans for %1 can be topped up.</source>
        <translation>Ningún plan para %1 se puede recargar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="169" />
        <source>No plans for %1 include calls or SMS.</source>
        <translation>Ningún plan para %1 incluye llamadas ni SMS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="171" />
        <source>No plans for %1 match the filters.</source>
        <translation>Ningún plan para %1 cumple los filtros.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="173" />
        <source>Clear a filter to see the others.</source>
        <translation>Quite un filtro para ver los demás.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="180" />
        <source>Plans for %1</source>
        <translation>Planes para %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="182" />
        <source>Loading plans…</source>
        <translation>Cargando planes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="191" />
        <source>No plans for this destination.</source>
        <translation>No hay planes para este destino.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="21" />
        <source>Every plan</source>
        <translation>Todos los planes</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="22" />
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="23" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="24" />
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="25" />
        <source>One plan</source>
        <translation>Un plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="31" />
        <source>No rounding (cents up)</source>
        <translation>Sin redondeo (céntimos hacia arriba)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="32" />
        <source>Up to x.99</source>
        <translation>Subir a x,99</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="33" />
        <source>Up to the next 0.50</source>
        <translation>Subir al siguiente 0,50</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="34" />
        <source>Up to a whole unit</source>
        <translation>Subir a la unidad entera</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="35" />
        <source>Up to the next 250</source>
        <translation>Subir al siguiente múltiplo de 250</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="36" />
        <source>Up to the next 500</source>
        <translation>Subir al siguiente múltiplo de 500</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="37" />
        <source>Up to the next 1,000</source>
        <translation>Subir al siguiente múltiplo de 1000</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="45" />
        <source>%1 must be a number such as 12.5, with a point and no thousands separator.</source>
        <translation>%1 debe ser un número como 12.5, con punto y sin separador de miles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="118" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="119" />
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="120" />
        <source>Retail</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="121" />
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="122" />
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="149" />
        <source>below cost</source>
        <translation>por debajo del coste</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="51" />
        <source>Price list</source>
        <translation>Lista de precios</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="63" />
        <source>The stored price list was damaged. Saving replaces it with this one.</source>
        <translation>La lista de precios guardada estaba dañada. Al guardar, se reemplaza por esta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>This destination's plans priced</source>
        <translation>Los planes de este destino con sus precios</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="85" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="95" />
        <source>This counter is in a chain: the price list the chain publishes replaces changes made here at the next pull (within a minute). To change the prices of every counter, the owner publishes a price list file with: esim-counter chain publish-prices FILE</source>
        <translation>Este mostrador forma parte de una cadena: la lista de precios que publica la cadena sustituye los cambios hechos aquí en la siguiente descarga (en menos de un minuto). Para cambiar los precios de todos los mostradores, el propietario publica un archivo de lista de precios con: esim-counter chain publish-prices FILE</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="100" />
        <source>The chain's price list</source>
        <translation>La lista de precios de la cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="107" />
        <source>Rules (the most specific one wins)</source>
        <translation>Reglas (gana la más específica)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="109" />
        <source>Preview: this destination's plans</source>
        <translation>Vista previa: planes de este destino</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="129" />
        <location filename="../../app/ui/price_list_dialog.py" line="132" />
        <source>Sale currency</source>
        <translation>Moneda de venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="133" />
        <source>Empty: sell each plan in the provider's currency</source>
        <translation>Vacío: cada plan se vende en la moneda del proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="138" />
        <location filename="../../app/ui/price_list_dialog.py" line="139" />
        <source>Wallet currency of the exchange rate</source>
        <translation>Moneda del monedero del tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Sale currency for one unit</source>
        <translation>Moneda de venta por una unidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="147" />
        <source>Warn when the rate is older than, in days</source>
        <translation>Avisar si el tipo de cambio tiene más de (días)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Tax rate in percent</source>
        <translation>Tipo de IVA en porcentaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Included in the prices</source>
        <translation>Incluido en los precios</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="151" />
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="157" />
        <source>Sale currency:</source>
        <translation>Moneda de venta:</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="158" />
        <source>Exchange rate:</source>
        <translation>Tipo de cambio:</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="159" />
        <source>Warn after (days):</source>
        <translation>Avisar tras (días):</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="160" />
        <source>Tax included (%):</source>
        <translation>IVA incluido (%):</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="190" />
        <source>The exchange rate</source>
        <translation>El tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="192" />
        <source>The exchange rate must be more than zero.</source>
        <translation>El tipo de cambio debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="201" />
        <source>The tax rate</source>
        <translation>El tipo de IVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="203" />
        <source>The tax rate must be from 0 to 100 %.</source>
        <translation>El tipo de IVA debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="205" />
        <source>That is not a currency code such as USD or IQD.</source>
        <translation>No es un código de moneda como USD o IQD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="235" />
        <source>set on %1</source>
        <translation>fijado el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="237" />
        <source>(out of date)</source>
        <translation>(desactualizado)</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="69" />
        <source>The price list is damaged, so the counter cannot work out prices. Ask the owner to open Counter → Price list and save it again.</source>
        <translation>La lista de precios está dañada, así que el mostrador no puede calcular precios. Pida al dueño que abra Mostrador → Lista de precios y la guarde de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="76" />
        <source>The price list has no exchange rate for this plan's currency. Ask the owner to set one in Counter → Price list.</source>
        <translation>La lista de precios no tiene tipo de cambio para la moneda de este plan. Pida al dueño que lo indique en Mostrador → Lista de precios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="81" />
        <source>This plan cannot be priced with the owner's price list. Ask the owner to check the price list.</source>
        <translation>Con la lista de precios del dueño no se puede calcular el precio de este plan. Pida al dueño que revise la lista de precios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="89" />
        <source>The exchange rate is out of date. Ask the owner to update it in Counter → Price list.</source>
        <translation>El tipo de cambio está desactualizado. Pida al dueño que lo actualice en Mostrador → Lista de precios.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="50" />
        <source>This code is too long to show as a QR code.</source>
        <translation>Este código es demasiado largo para un código QR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="51" />
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="29" />
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="30" />
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="31" />
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="32" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="35" />
        <source>Tax no. %1</source>
        <translation>N.º fiscal %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="36" />
        <source>Counter</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="37" />
        <source>Receipt no.</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="38" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="39" />
        <source>Clerk</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="40" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="41" />
        <source>Net</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="42" />
        <source>Tax %1%</source>
        <translation>IVA %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="43" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="44" />
        <source>Cash given</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="45" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="46" />
        <source>Payment not recorded</source>
        <translation>Pago no registrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="47" />
        <source>eSIM (ICCID)</source>
        <translation>eSIM (ICCID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="48" />
        <source>COPY</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="49" />
        <source>Reprinted %1</source>
        <translation>Reimpreso el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="50" />
        <source>TRAINING — NOT A SALE</source>
        <translation>PRÁCTICA — NO ES UNA VENTA</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="51" />
        <source>Thank you for your purchase.</source>
        <translation>Gracias por su compra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="52" />
        <source>Top-up for eSIM (ICCID)</source>
        <translation>Recarga de la eSIM (ICCID)</translation>
    </message>
</context>
<context>
    <name>ReceiptFlow</name>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="87" />
        <source>No sale has been delivered yet: nothing to print.</source>
        <translation>Todavía no se ha entregado ninguna venta: no hay nada que imprimir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="95" />
        <source>This sale has no install slip to print.</source>
        <translation>Esta venta no tiene hoja de instalación que imprimir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="113" />
        <source>Only a delivered sale has a receipt.</source>
        <translation>Solo una venta entregada tiene recibo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="118" />
        <source>This sale was made before the counter kept retail prices, so it has no receipt. Write one by hand if the customer needs it.</source>
        <translation>Esta venta se hizo antes de que el mostrador guardara los precios de venta, así que no tiene recibo. Escriba uno a mano si el cliente lo necesita.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="123" />
        <source>Receipts are switched off. Ask the shop owner to choose a printer in Settings → Receipts.</source>
        <translation>Los recibos están desactivados. Pida al dueño de la tienda que elija una impresora en Ajustes → Recibos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="144" />
        <source>The journal is not open yet. Try again in a moment.</source>
        <translation>El diario de ventas aún no está abierto. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="204" />
        <source>Receipt %1 printed.</source>
        <translation>Recibo %1 impreso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="206" />
        <source>Install slip printed. Hand it over folded: it is private.</source>
        <translation>Hoja de instalación impresa. Entréguela doblada: es confidencial.</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="58" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="138" />
        <source>Shop address</source>
        <translation>Dirección de la tienda</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="59" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="139" />
        <source>Tax number</source>
        <translation>Número fiscal</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="60" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="140" />
        <source>Counter name</source>
        <translation>Nombre de la caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="62" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="141" />
        <source>Print receipts to</source>
        <translation>Imprimir recibos en</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="64" />
        <source>Do not print receipts</source>
        <translation>No imprimir recibos</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="65" />
        <source>A printer of this computer</source>
        <translation>Una impresora de este equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="66" />
        <source>PDF files in a folder</source>
        <translation>Archivos PDF en una carpeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="67" />
        <source>A thermal receipt printer (ESC/POS)</source>
        <translation>Una impresora térmica de tickets (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="71" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="177" />
        <source>Folder for PDF receipts</source>
        <translation>Carpeta de los recibos PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="72" />
        <source>Documents/eSIM Counter receipts</source>
        <translation>Documentos/eSIM Counter receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="73" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="74" />
        <source>Choose the folder for PDF receipts</source>
        <translation>Elegir la carpeta de los recibos PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="77" />
        <source>Thermal printer connection</source>
        <translation>Conexión de la impresora térmica</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="79" />
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="80" />
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="81" />
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="85" />
        <source>Thermal printer address</source>
        <translation>Dirección de la impresora térmica</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="88" />
        <source>Network: 192.168.1.50:9100. USB: vendor:product, such as 04b8:0e15. Serial: COM3.</source>
        <translation>Red: 192.168.1.50:9100. USB: fabricante:producto, p. ej. 04b8:0e15. Serie: COM3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="92" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="145" />
        <source>Paper width</source>
        <translation>Ancho del papel</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="93" />
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="94" />
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="97" />
        <source>When to print</source>
        <translation>Cuándo imprimir</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="98" />
        <source>After every delivered sale</source>
        <translation>Tras cada venta entregada</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="99" />
        <source>Only when the clerk presses Print</source>
        <translation>Solo cuando el vendedor pulse Imprimir</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="102" />
        <source>Offer an install slip (QR and codes) for travellers who install later</source>
        <translation>Ofrecer una hoja de instalación (QR y códigos) a los viajeros que instalen más tarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="105" />
        <source>Offer an install slip</source>
        <translation>Ofrecer una hoja de instalación</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="107" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="108" />
        <source>Print test receipt</source>
        <translation>Imprimir recibo de prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="110" />
        <source>Prints a sample receipt where the settings above say, before saving.</source>
        <translation>Imprime un recibo de ejemplo donde indican los ajustes de arriba, antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="126" />
        <source>This counter is in a chain: the shop name, address and tax number the chain publishes replace changes made here at the next pull (within a minute). The owner publishes them from their counter with: esim-counter chain publish-shop (and the clerks with: esim-counter chain publish-clerks)</source>
        <translation>Este mostrador forma parte de una cadena: el nombre de la tienda, la dirección y el número fiscal que publica la cadena sustituyen los cambios hechos aquí en la siguiente descarga (en menos de un minuto). El propietario los publica desde su mostrador con: esim-counter chain publish-shop (y los empleados con: esim-counter chain publish-clerks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="132" />
        <source>The chain's shop details</source>
        <translation>Los datos de la tienda de la cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="142" />
        <source>PDF folder</source>
        <translation>Carpeta PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="143" />
        <source>Printer connection</source>
        <translation>Conexión de la impresora</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="144" />
        <source>Printer address</source>
        <translation>Dirección de la impresora</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="146" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="170" />
        <source>192.168.1.50:9100</source>
        <translation>192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="171" />
        <source>04b8:0e15 (vendor:product)</source>
        <translation>04b8:0e15 (fabricante:producto)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="172" />
        <source>COM3 or /dev/ttyUSB0</source>
        <translation>COM3 o /dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="201" />
        <source>The receipt's lines are one line of at most 200 characters each.</source>
        <translation>Los datos del recibo ocupan una sola línea cada uno, de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="218" />
        <source>Printing a test receipt…</source>
        <translation>Imprimiendo un recibo de prueba…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="231" />
        <source>The test receipt was sent to the printer.</source>
        <translation>El recibo de prueba se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="234" />
        <source>The test receipt was saved as %1.</source>
        <translation>El recibo de prueba se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="29" />
        <location filename="../../app/ui/refund_dialog.py" line="30" />
        <location filename="../../app/ui/refund_dialog.py" line="65" />
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="40" />
        <source>eSIMs refunded</source>
        <translation>eSIM reembolsadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="45" />
        <source>Reason for the refund</source>
        <translation>Motivo del reembolso</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="46" />
        <source>Reason (required), e.g. trip cancelled</source>
        <translation>Motivo (obligatorio), p. ej. viaje cancelado</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="48" />
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motivo (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="50" />
        <source>The shop bears the cost (shop's own &amp;loss)</source>
        <translation>La tienda asume el coste (&amp;pérdida propia)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="51" />
        <source>The shop bears the cost</source>
        <translation>La tienda asume el coste</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="52" />
        <source>Claim it from &amp;Octopus</source>
        <translation>Reclamarlo a &amp;Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="53" />
        <source>Claim it from Octopus</source>
        <translation>Reclamarlo a Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="56" />
        <source>Note for the owner</source>
        <translation>Nota para el dueño</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="57" />
        <source>Note for the owner (the claim)</source>
        <translation>Nota para el dueño (la reclamación)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="64" />
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="68" />
        <location filename="../../app/ui/refund_dialog.py" line="95" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="87" />
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <location filename="../../app/ui/refund_dialog.py" line="101" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="135" />
        <source>Type the reason for the refund first.</source>
        <translation>Escriba primero el motivo del reembolso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="144" />
        <source>Write a note for the owner about the claim.</source>
        <translation>Escriba una nota para el dueño sobre la reclamación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="148" />
        <source>Refunding…</source>
        <translation>Reembolsando…</translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="125" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>El mostrador aún se está iniciando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="127" />
        <source>Checking with %1…</source>
        <translation>Comprobando con %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="142" />
        <source>eSIM %1: %2</source>
        <translation>eSIM %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="161" />
        <source>%1 goes back to the customer</source>
        <translation>Se devuelve al cliente %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="163" />
        <source>: %1.</source>
        <translation>: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="167" />
        <source>%1 cannot cancel an eSIM. The counter refunds the customer as the shop's own loss, or records it as claimed from %1 with a note for the owner.</source>
        <translation>%1 no puede cancelar una eSIM. El mostrador reembolsa al cliente como pérdida propia de la tienda, o lo registra como reclamado a %1 con una nota para el dueño.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/refund_flow.py" line="172" />
        <source>Not installed. %1 cancels every eSIM of this sale that is not installed together: these %n eSIMs are refunded together.</source>
        <translation>
            <numerusform>No instalada. %1 cancela a la vez todas las eSIM no instaladas de esta venta: se reembolsa %n eSIM.</numerusform>
            <numerusform>No instaladas. %1 cancela a la vez todas las eSIM no instaladas de esta venta: estas %n eSIM se reembolsan juntas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="178" />
        <source>Not installed: %1 can cancel this eSIM and refund it.</source>
        <translation>No instalada: %1 puede cancelar esta eSIM y reembolsarla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="227" />
        <source>Refunded as the shop's own loss. Give the customer %1 back.</source>
        <translation>Reembolsado como pérdida propia de la tienda. Devuelva %1 al cliente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="232" />
        <source>Refunded: %1 cancelled the eSIM. Give the customer %2 back.</source>
        <translation>Reembolsado: %1 canceló la eSIM. Devuelva %2 al cliente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="238" />
        <source>Refunded and recorded as claimed from %1. Give the customer %2 back.</source>
        <translation>Reembolsado y registrado como reclamado a %1. Devuelva %2 al cliente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="245" />
        <source>Refund requested: %1 cancelled the eSIM and confirms the refund later. Give the customer %2 back.</source>
        <translation>Reembolso solicitado: %1 canceló la eSIM y confirmará el reembolso más tarde. Devuelva %2 al cliente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="253" />
        <source>%1 refused the refund. Nothing was refunded.</source>
        <translation>%1 rechazó el reembolso. No se reembolsó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="256" />
        <source>%1's answer was lost. The counter will check again; nothing is sent twice. Do not give the money back yet.</source>
        <translation>Se perdió la respuesta de %1. El mostrador volverá a comprobarlo; nada se envía dos veces. No devuelva el dinero todavía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="271" />
        <source>A refund that was under way when the counter last stopped has gone through: %1, sold %2.</source>
        <translation>Un reembolso que estaba en curso cuando el mostrador se detuvo por última vez se ha completado: %1, vendido el %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="281" />
        <location filename="../../app/ui/refund_flow.py" line="287" />
        <source>A refund went through</source>
        <translation>Se completó un reembolso</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="316" />
        <source>The refund is recorded, but its receipt did not print: %1</source>
        <translation>El reembolso está registrado, pero su recibo no se imprimió: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="327" />
        <source>Refund receipt printed.</source>
        <translation>Recibo de reembolso impreso.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="209" />
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="210" />
        <source>Print the report on the receipt printer</source>
        <translation>Imprimir el informe en la impresora de recibos</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="212" />
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="213" />
        <source>Save the report as a PDF file</source>
        <translation>Guardar el informe como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="215" />
        <location filename="../../app/ui/shift_dialogs.py" line="216" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="143" />
        <source>Report</source>
        <translation>Informe</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Which</source>
        <translation>Cuál</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Markup</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Fixed</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="47" />
        <location filename="../../app/ui/price_rules_editor.py" line="71" />
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="54" />
        <source>Price rules</source>
        <translation>Reglas de precio</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="58" />
        <source>Rule applies to</source>
        <translation>La regla se aplica a</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="60" />
        <source>octopus, europe, TR or a plan id</source>
        <translation>octopus, europe, TR o un id. de plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="61" />
        <source>Which provider, region, destination or plan</source>
        <translation>Qué proveedor, región, destino o plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="64" />
        <source>Markup in percent</source>
        <translation>Recargo en porcentaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="67" />
        <source>Fixed markup in the sale currency</source>
        <translation>Recargo fijo en la moneda de venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="72" />
        <source>&amp;Add or replace rule</source>
        <translation>&amp;Añadir o reemplazar regla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="73" />
        <source>Add or replace rule</source>
        <translation>Añadir o reemplazar regla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="75" />
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="76" />
        <source>Remove the selected rule</source>
        <translation>Quitar la regla seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="116" />
        <source>Say which provider, region, destination or plan the rule is for.</source>
        <translation>Indique a qué proveedor, región, destino o plan se aplica la regla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="118" />
        <source>The markup</source>
        <translation>El recargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="121" />
        <source>The markup must be above -100 % and at most %1 %.</source>
        <translation>El recargo debe ser mayor que -100 % y como máximo %1 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="125" />
        <source>The fixed markup</source>
        <translation>El recargo fijo</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="137" />
        <source>A sale of this same plan is still unresolved. Sell again only if you are sure the customer did not get that eSIM.</source>
        <translation>Una venta de este mismo plan sigue sin resolver. Vuelva a vender solo si está seguro de que el cliente no recibió esa eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="160" />
        <source>This plan would sell below what it costs the shop. Ask the owner to change the price list.</source>
        <translation>Este plan se vendería por debajo de su coste. Pida al propietario que cambie la lista de precios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="232" />
        <source>Sold. The QR code is on the customer display.</source>
        <translation>Vendida. El código QR está en la pantalla del cliente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="241" />
        <source>Paid; the provider is still preparing the eSIM. You will be told here when it is ready.</source>
        <translation>Pagada; el proveedor aún prepara la eSIM. Se le avisará aquí cuando esté lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="257" />
        <source>The provider refused the sale: %1</source>
        <translation>El proveedor rechazó la venta: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="258" />
        <source>no reason given</source>
        <translation>sin motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="263" />
        <source>Not sold. %1</source>
        <translation>No vendida. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="406" />
        <source>Checking the sale with the provider…</source>
        <translation>Comprobando la venta con el proveedor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="440" />
        <source>A top-up went through: eSIM %1 has its %2.</source>
        <translation>Se realizó una recarga: la eSIM %1 ya tiene sus %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="448" />
        <source>An eSIM is ready: select it in the pending list to show the QR code.</source>
        <translation>Una eSIM está lista: selecciónela en la lista de pendientes para mostrar el código QR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="469" />
        <source>A sale was not completed: %1</source>
        <translation>Una venta no se completó: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="470" />
        <source>no money moved</source>
        <translation>no se cobró nada</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="49" />
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="77" />
        <source>will be removed</source>
        <translation>se eliminará</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>will be replaced</source>
        <translation>se reemplazará</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>stored ✓</source>
        <translation>guardado ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>not stored</source>
        <translation>no guardado</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Type a new value to replace it</source>
        <translation>Escriba un valor nuevo para reemplazarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>SecretMessages</name>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="22" />
        <source>eSIMfly access code</source>
        <translation>código de acceso de eSIMfly</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="23" />
        <source>eSIMfly secret key</source>
        <translation>clave secreta de eSIMfly</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="24" />
        <source>Octopus API key</source>
        <translation>clave API de Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="25" />
        <source>Octopus API secret</source>
        <translation>secreto API de Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="30" />
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="33" />
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="34" />
        <source>Secret Service (GNOME Keyring)</source>
        <translation>Secret Service (llavero de GNOME)</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="37" />
        <source>Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="40" />
        <location filename="../../app/ui/secret_messages.py" line="41" />
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="61" />
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="67" />
        <source>Use Windows Credential Manager, the macOS Keychain, or GNOME Keyring or KWallet on Linux.</source>
        <translation>Use el Administrador de credenciales de Windows, el Llavero de macOS, o GNOME Keyring o KWallet en Linux.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="73" />
        <source>Provider secrets are kept in %1.</source>
        <translation>Los secretos de los proveedores se guardan en: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="77" />
        <source>The only keyring on this computer keeps secrets in a file, which the counter does not use. No safe keyring is available, so no secrets are kept.</source>
        <translation>El único llavero de este equipo guarda los secretos en un archivo, que el mostrador no usa. No hay un llavero seguro, así que no se guardan secretos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="84" />
        <source>The keyring on this computer (%1) is not one the counter knows to be safe, so no secrets are kept.</source>
        <translation>El llavero de este equipo (%1) no es uno que el mostrador sepa seguro, así que no se guardan secretos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="93" />
        <source>The keyring (%1) is locked or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>El llavero (%1) está bloqueado o negó el acceso. Desbloquéelo, o cierre sesión y vuelva a entrar, y reintente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="99" />
        <source>No safe keyring is available on this computer, so the counter cannot keep provider secrets.</source>
        <translation>No hay un llavero seguro en este equipo, así que el mostrador no puede guardar los secretos de los proveedores.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="118" />
        <source>The field is empty; nothing was stored.</source>
        <translation>El campo está vacío; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="124" />
        <source>The keyring is locked, or its unlock prompt was dismissed. Unlock it and try again.</source>
        <translation>El llavero está bloqueado, o se cerró su solicitud de desbloqueo. Desbloquéelo y reintente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="129" />
        <source>The keyring failed or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>El llavero falló o negó el acceso. Desbloquéelo, o cierre sesión y vuelva a entrar, y reintente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="135" />
        <source>The keyring could not be used.</source>
        <translation>No se pudo usar el llavero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="139" />
        <source>%1: not stored.</source>
        <translation>%1: no guardado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="140" />
        <source>%1: could not be read.</source>
        <translation>%1: no se pudo leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="141" />
        <source>%1: not removed.</source>
        <translation>%1: no eliminado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="150" />
        <source>Missing from the keyring: %1. Enter it in Settings, or run: %2</source>
        <translation>Falta en el llavero: %1. Introdúzcalo en Ajustes, o ejecute: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="181" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN incorrectos. Reintente en %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="185" />
        <source>Enter the PIN.</source>
        <translation>Introduzca el PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="187" />
        <source>The PIN must contain digits only (0-9).</source>
        <translation>El PIN solo puede contener dígitos (0-9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="191" />
        <source>The PIN must be %1 to %2 digits long.</source>
        <translation>El PIN debe tener de %1 a %2 dígitos.</translation>
    </message>
</context>
<context>
    <name>SellPanel</name>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="37" />
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="79" />
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="81" />
        <location filename="../../app/ui/sell_panel.py" line="193" />
        <source>Choose a destination and a plan.</source>
        <translation>Elija un destino y un plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="113" />
        <source>Number of eSIMs</source>
        <translation>Número de eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="115" />
        <source>eSIMs</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="121" />
        <source>Sell</source>
        <translation>Vender</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="139" />
        <source>Show QR again</source>
        <translation>Mostrar QR de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="204" />
        <source>via %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="248" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>Por debajo del coste: para venderlo hace falta el PIN del encargado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="311" />
        <source>Selling… %1 s</source>
        <translation>Vendiendo… %1 s</translation>
    </message>
</context>
<context>
    <name>SendEmailDialog</name>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="46" />
        <location filename="../../app/ui/email_dialog.py" line="47" />
        <source>Send the eSIM by e-mail</source>
        <extracomment>Sent and journalled: the address as sent.</extracomment>
        <translation>Enviar la eSIM por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="62" />
        <source>Octopus Cards e-mails the eSIM %1 to the traveller, to install later from another screen. Type their address and check it with them.</source>
        <translation>Octopus Cards envía la eSIM %1 por correo electrónico al viajero, para instalarla más tarde desde otra pantalla. Escriba su dirección y compruébela con él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="67" />
        <source>&amp;E-mail address</source>
        <translation>&amp;Dirección de correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="70" />
        <source>The traveller's e-mail address</source>
        <translation>La dirección de correo electrónico del viajero</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="82" />
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="83" />
        <source>Send the e-mail</source>
        <translation>Enviar el correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="107" />
        <source>The counter is not ready yet; try again in a moment.</source>
        <translation>El mostrador aún no está listo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="114" />
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="125" />
        <source>Type the traveller's e-mail address first.</source>
        <translation>Escriba primero la dirección de correo electrónico del viajero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="127" />
        <source>An e-mail address has no spaces. Check it with the traveller.</source>
        <translation>Una dirección de correo electrónico no tiene espacios. Compruébela con el viajero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="129" />
        <source>An e-mail address has one @, like name@example.com. Check it.</source>
        <translation>Una dirección de correo electrónico tiene una sola @, como nombre@example.com. Revísela.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="132" />
        <source>The part after @ is not a mail domain like example.com. Check it with the traveller.</source>
        <translation>La parte después de @ no es un dominio de correo como example.com. Compruébela con el viajero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="136" />
        <source>This address is too long for e-mail. Check it with the traveller.</source>
        <translation>Esta dirección es demasiado larga para el correo electrónico. Compruébela con el viajero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="138" />
        <source>The part before @ has characters an e-mail address cannot have. Check it with the traveller.</source>
        <translation>La parte antes de @ tiene caracteres que una dirección de correo electrónico no puede tener. Compruébela con el viajero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="153" />
        <source>Octopus Cards did not accept this address. Check it with the traveller and send again.</source>
        <translation>Octopus Cards no aceptó esta dirección. Compruébela con el viajero y vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="158" />
        <source>Octopus Cards does not know this order, so it cannot e-mail it. Show the QR code instead.</source>
        <translation>Octopus Cards no conoce este pedido, así que no puede enviarlo por correo electrónico. Muestre el código QR en su lugar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="162" />
        <source>Not sent. %1</source>
        <translation>No enviado. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="165" />
        <source>Not sent: something went wrong. Try again, or show the QR code.</source>
        <translation>No enviado: algo salió mal. Inténtelo de nuevo o muestre el código QR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="34" />
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="102" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Checking the keyring…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142" />
        <source>With no account switched on, the counter runs in training mode.</source>
        <translation>Sin ninguna cuenta activada, el mostrador funciona en modo de práctica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="44" />
        <location filename="../../app/ui/settings_tabs.py" line="60" />
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="45" />
        <location filename="../../app/ui/settings_tabs.py" line="61" />
        <source>Clerk</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="65" />
        <source>in each account's wallet currency (USD 50, EUR 50…)</source>
        <translation>en la moneda del monedero de cada cuenta (USD 50, EUR 50…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="47" />
        <location filename="../../app/ui/settings_tabs.py" line="74" />
        <source>Warn when a balance is below</source>
        <translation>Avisar cuando un saldo sea inferior a</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="49" />
        <location filename="../../app/ui/settings_tabs.py" line="76" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="89" />
        <location filename="../../app/ui/settings_tabs.py" line="93" />
        <source>Ask the phone check before each sale</source>
        <translation>Hacer la comprobación del teléfono antes de cada venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="112" />
        <source>Automatic (second screen if there is one)</source>
        <translation>Automática (segunda pantalla si la hay)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="127" />
        <source>Close the customer display after</source>
        <translation>Cerrar la pantalla del cliente después de</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="130" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="131" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="185" />
        <source>Touch mode: larger buttons and rows, lists scroll by dragging</source>
        <translation>Modo táctil: botones y filas más grandes, las listas se desplazan arrastrando</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="191" />
        <source>Touch mode</source>
        <translation>Modo táctil</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="197" />
        <location filename="../../app/ui/settings_tabs.py" line="213" />
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="199" />
        <source>The size of all text, from 100 to 200 percent</source>
        <translation>El tamaño de todo el texto, de 100 a 200 por ciento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="204" />
        <source>Both apply to every window as soon as the settings are saved.</source>
        <translation>Ambos se aplican a todas las ventanas en cuanto se guardan los ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="123" />
        <location filename="../../app/ui/settings_tabs.py" line="136" />
        <source>Customer display on</source>
        <translation>Pantalla del cliente en</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="139" />
        <source>Close it after</source>
        <translation>Cerrarla después de</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="149" />
        <source>Repeat the new PIN</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="155" />
        <source>Type a new PIN to change it</source>
        <translation>Escriba un PIN nuevo para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="157" />
        <source>4 to 12 digits</source>
        <translation>De 4 a 12 dígitos</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="160" />
        <source>Ask for the manager PIN before settings open</source>
        <translation>Pedir el PIN del encargado antes de abrir los ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="147" />
        <location filename="../../app/ui/settings_tabs.py" line="168" />
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="169" />
        <source>Repeat it</source>
        <translation>Repítalo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="158" />
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159" />
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160" />
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="161" />
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="163" />
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165" />
        <source>Clerks</source>
        <translation>Vendedores</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231" />
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="236" />
        <source>Connected. Balance: %1</source>
        <translation>Conectado. Saldo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="263" />
        <source>The balance warning must be an amount, like 50.</source>
        <translation>El aviso de saldo debe ser un importe, por ejemplo 50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="278" />
        <source>The shop name and the clerk are one line of at most 200 characters.</source>
        <translation>El nombre de la tienda y el vendedor son una línea de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="298" />
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="303" />
        <source>Type a PIN to switch the PIN on.</source>
        <translation>Escriba un PIN para activar el PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="328" />
        <source>Testing the connection before saving…</source>
        <translation>Probando la conexión antes de guardar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="359" />
        <source>Not saved. Correct the account, or switch it off.</source>
        <translation>No guardado. Corrija la cuenta o desactívela.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="367" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="29" />
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="30" />
        <source>The connection test failed:
%1

Save anyway? The counter will show REAL — NOT CONNECTED until it connects.</source>
        <translation>La prueba de conexión falló:
%1

¿Guardar de todos modos? El mostrador indicará REAL — SIN CONEXIÓN hasta que se conecte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="39" />
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="42" />
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="45" />
        <location filename="../../app/ui/settings_flow.py" line="49" />
        <location filename="../../app/ui/settings_flow.py" line="66" />
        <location filename="../../app/ui/settings_flow.py" line="71" />
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="50" />
        <source>Manager PIN:</source>
        <translation>PIN del encargado:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="67" />
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
</context>
<context>
    <name>SetupMessages</name>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="21" />
        <source>Enter the provider's address; it must start with https://</source>
        <translation>Introduzca la dirección del proveedor; debe empezar por https://</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="24" />
        <source>The address must not contain spaces or backslashes.</source>
        <translation>La dirección no debe contener espacios ni barras invertidas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="27" />
        <source>The address is not a valid web address.</source>
        <translation>La dirección no es una dirección web válida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="30" />
        <source>The address must start with https://</source>
        <translation>La dirección debe empezar por https://</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="33" />
        <source>The address has no server name after https://</source>
        <translation>La dirección no tiene nombre de servidor después de https://</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="36" />
        <source>The address must not contain a user name or password.</source>
        <translation>La dirección no debe contener usuario ni contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="39" />
        <source>The address must not contain '?' or '#'.</source>
        <translation>La dirección no debe contener '?' ni '#'.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="42" />
        <source>The address must start with https:// (http:// is only allowed for this computer itself, such as http://127.0.0.1:8000).</source>
        <translation>La dirección debe empezar por https:// (http:// solo se permite para este mismo equipo, como http://127.0.0.1:8000).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="53" />
        <source>%1: the wallet currency must be a three-letter code such as USD.</source>
        <translation>%1: la moneda del monedero debe ser un código de tres letras, como USD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="58" />
        <source>%1: the address is not usable. %2</source>
        <translation>%1: la dirección no se puede usar. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="73" />
        <source>The disk is full, so the sales journal cannot be written. Nothing was sent. Free some space, then try again.</source>
        <translation>El disco está lleno y no se puede escribir el diario de ventas. No se envió nada. Libere espacio y reintente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="79" />
        <source>The sales journal at %1 cannot be written. Nothing was sent. Make sure this user may write to its folder, then start the counter again.</source>
        <translation>No se puede escribir el diario de ventas en %1. No se envió nada. Compruebe que este usuario puede escribir en su carpeta y vuelva a iniciar el mostrador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="85" />
        <source>The sales journal at %1 is damaged. It was left untouched. Restart the counter to restore a backup or start a new journal.</source>
        <translation>El diario de ventas en %1 está dañado. No se ha modificado. Reinicie el mostrador para restaurar una copia o empezar un diario nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="90" />
        <source>The sales journal cannot be used, so nothing was sent. Do not sell until it is fixed; the details are in the log file.</source>
        <translation>El diario de ventas no se puede usar, así que no se envió nada. No venda hasta que se arregle; los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="56" />
        <location filename="../../app/ui/sign_in_dialog.py" line="60" />
        <source>Clerk name</source>
        <translation>Nombre del vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="57" />
        <source>Pick a name from the list or type it</source>
        <translation>Elija un nombre de la lista o escríbalo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="63" />
        <location filename="../../app/ui/sign_in_dialog.py" line="86" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="67" />
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="70" />
        <location filename="../../app/ui/sign_in_dialog.py" line="72" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="79" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="81" />
        <source>Quit the counter</source>
        <translation>Salir del mostrador</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="85" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="98" />
        <source>Type or pick your name first.</source>
        <translation>Escriba o elija primero su nombre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="102" />
        <source>Type your PIN, then press Enter.</source>
        <translation>Escriba su PIN y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="112" />
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app/ui/single_instance.py" line="109" />
        <source>eSIM Counter was started again: this is the one already open.</source>
        <translation>eSIM Counter se inició de nuevo: esta es la ventana ya abierta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="120" />
        <source>eSIM Counter is already open. Its window has been brought to the front; if you do not see it, click it on the taskbar.</source>
        <translation>eSIM Counter ya está abierto. Su ventana se ha traído al frente; si no la ve, haga clic en ella en la barra de tareas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="126" />
        <source>eSIM Counter is already open but is not answering. Wait a moment; if its window does not come back, close it from the taskbar and start it again.</source>
        <translation>eSIM Counter ya está abierto pero no responde. Espere un momento; si su ventana no vuelve, ciérrela desde la barra de tareas y vuelva a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="48" />
        <source>Chain sync</source>
        <translation>Sincronización de la cadena</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="63" />
        <source>Chain: pushing…</source>
        <translation>Cadena: enviando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="100" />
        <source>Chain: status unknown</source>
        <translation>Cadena: estado desconocido</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="101" />
        <source>The sync status could not be read.</source>
        <translation>No se pudo leer el estado de la sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="129" />
        <source>Chain: in sync</source>
        <translation>Cadena: sincronizada</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="132" />
        <source>Chain: checking…</source>
        <translation>Cadena: comprobando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="133" />
        <source>Chain: %n row(s) waiting</source>
        <translation>
            <numerusform>Cadena: %n fila en espera</numerusform>
            <numerusform>Cadena: %n filas en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="135" />
        <source>Offline — selling on; %n row(s) waiting</source>
        <translation>
            <numerusform>Sin conexión — se sigue vendiendo; %n fila en espera</numerusform>
            <numerusform>Sin conexión — se sigue vendiendo; %n filas en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="137" />
        <source>; prices from %1</source>
        <translation>; precios de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="142" />
        <source>Last push: %1</source>
        <translation>Último envío: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="144" />
        <source>Nothing pushed yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="147" />
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="148" />
        <source>Click to push now.</source>
        <translation>Haga clic para enviar ahora.</translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../../app/ui/till_menu.py" line="79" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>El mostrador aún se está iniciando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="122" />
        <source>Shift %1 is already open; close it (Z) before opening another.</source>
        <translation>El turno %1 ya está abierto; ciérrelo (Z) antes de abrir otro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="137" />
        <source>Shift %1 is open with a float of %2.</source>
        <translation>El turno %1 está abierto con un fondo de caja de %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="147" />
        <source>No shift is open. Open a shift with its float first (Till menu).</source>
        <translation>No hay ningún turno abierto. Abra primero un turno con su fondo de caja (menú Caja).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="161" />
        <source>Pay-in of %1 recorded.</source>
        <translation>Entrada de efectivo de %1 registrada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="163" />
        <source>Pay-out of %1 recorded.</source>
        <translation>Salida de efectivo de %1 registrada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="178" />
        <source>X report</source>
        <translation>Informe X</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="180" />
        <source>X report, shift %1: %2 expected in the drawer</source>
        <translation>Informe X, turno %1: %2 esperados en la caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="221" />
        <source>Z report %1</source>
        <translation>Informe Z %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="222" />
        <source>Z %1 written. Counted %2, expected %3, difference %4.</source>
        <translation>Z %1 emitido. Contado %2, esperado %3, diferencia %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="241" />
        <source>Report printed.</source>
        <translation>Informe impreso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="243" />
        <source>Report saved as %1.</source>
        <translation>Informe guardado como %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="255" />
        <source>No receipt printer is set up (Settings › Receipts).</source>
        <translation>No hay ninguna impresora de recibos configurada (Ajustes › Recibos).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="269" />
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
</context>
<context>
    <name>TillMenu</name>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="37" />
        <source>A refund needs a manager.</source>
        <translation>Un reembolso necesita a un encargado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="38" />
        <source>Closing the shift (Z) needs a manager.</source>
        <translation>El cierre del turno (Z) necesita a un encargado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="65" />
        <source>&amp;Till</source>
        <translation>&amp;Caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="68" />
        <source>&amp;Open shift…</source>
        <translation>&amp;Abrir turno…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="69" />
        <source>Pay &amp;in…</source>
        <translation>&amp;Entrada de efectivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="70" />
        <source>Pay o&amp;ut…</source>
        <translation>&amp;Salida de efectivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="72" />
        <source>&amp;X report…</source>
        <translation>Informe &amp;X…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="74" />
        <source>&amp;Close shift (Z)…</source>
        <translation>&amp;Cerrar turno (Z)…</translation>
    </message>
</context>
<context>
    <name>TillReport</name>
    <message>
        <location filename="../../app/ui/till_docs.py" line="26" />
        <source>X REPORT</source>
        <translation>INFORME X</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="27" />
        <source>Z REPORT</source>
        <translation>INFORME Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="28" />
        <source>Z %1</source>
        <translation>Z %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="29" />
        <source>Corrects Z %1: %2</source>
        <translation>Corrige Z %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="30" />
        <source>Shift %1</source>
        <translation>Turno %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="31" />
        <source>Opened %1 by %2</source>
        <translation>Abierto el %1 por %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="32" />
        <source>Made %1 by %2</source>
        <translation>Emitido el %1 por %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="33" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="34" />
        <source>Number of sales</source>
        <translation>Número de ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="35" />
        <source>Gross</source>
        <translation>Total con IVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="36" />
        <source>Net</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="37" />
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="38" />
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="39" />
        <source>Takings (sales less refunds)</source>
        <translation>Ingresos (ventas menos reembolsos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="40" />
        <source>Delivered sales without a price: %1</source>
        <translation>Ventas entregadas sin precio: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="41" />
        <source>By payment method</source>
        <translation>Por forma de pago</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="42" />
        <source>%1 refunded</source>
        <translation>%1 reembolsado</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="43" />
        <source>By clerk</source>
        <translation>Por vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="44" />
        <source>(no clerk)</source>
        <translation>(sin vendedor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="45" />
        <source>%1: %2 sale(s)</source>
        <translation>%1: %2 venta(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="46" />
        <source>%1: %2 refund(s)</source>
        <translation>%1: %2 reembolso(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="47" />
        <source>Refund of %1 (%2)</source>
        <translation>Reembolso de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="48" />
        <source>Pay-ins and pay-outs</source>
        <translation>Entradas y salidas de efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="49" />
        <source>Pay-in: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="50" />
        <source>Pay-out: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="51" />
        <source>Cash drawer</source>
        <translation>Cajón de efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="52" />
        <source>Opening float</source>
        <translation>Fondo de caja inicial</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="53" />
        <source>Cash taken</source>
        <translation>Efectivo cobrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="54" />
        <source>Cash refunded</source>
        <translation>Efectivo reembolsado</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="55" />
        <source>Cash handed back</source>
        <translation>Efectivo devuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="56" />
        <source>Pay-ins</source>
        <translation>Entradas de efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="57" />
        <source>Pay-outs</source>
        <translation>Salidas de efectivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="58" />
        <source>Expected in the drawer</source>
        <translation>Esperado en la caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="59" />
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="60" />
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="61" />
        <source>Still owed to customers (in the drawer)</source>
        <translation>Aún debido a clientes (en la caja)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="62" />
        <source>Paid, not delivered yet (in the drawer)</source>
        <translation>Pagado, aún no entregado (en la caja)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="63" />
        <source>Provider balances</source>
        <translation>Saldos de los proveedores</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="64" />
        <source>%1 at opening</source>
        <translation>%1 al abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="65" />
        <source>%1 now</source>
        <translation>%1 ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="66" />
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="67" />
        <source>%1 balance used</source>
        <translation>Saldo usado en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="68" />
        <source>%1 charged less refunded</source>
        <translation>Cobrado en %1 menos reembolsado</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="69" />
        <source>%1 difference</source>
        <translation>Diferencia en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="70" />
        <source>May explain it: %1 — %2</source>
        <translation>Posible explicación: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="71" />
        <source>Other currencies (not added up)</source>
        <translation>Otras monedas (no sumadas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="72" />
        <source>TRAINING — NOT REAL MONEY</source>
        <translation>PRÁCTICA — NO ES DINERO REAL</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="73" />
        <source>REFUND</source>
        <translation>REEMBOLSO</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="74" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="75" />
        <source>Clerk</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="76" />
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="77" />
        <source>eSIM %1</source>
        <translation>eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="78" />
        <source>Paid back by %1</source>
        <translation>Devuelto (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="79" />
        <source>Total paid back</source>
        <translation>Total devuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="80" />
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="83" />
        <source>outcome not known yet</source>
        <translation>resultado aún desconocido</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="84" />
        <source>sent, no answer yet</source>
        <translation>enviado, aún sin respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="85" />
        <source>pending at the provider</source>
        <translation>pendiente en el proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="86" />
        <source>charge not known</source>
        <translation>cargo desconocido</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="87" />
        <source>refund not yet back on the balance</source>
        <translation>reembolso aún no devuelto al saldo</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="88" />
        <source>another currency</source>
        <translation>otra moneda</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="89" />
        <source>owed</source>
        <translation>adeudado</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="90" />
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
</context>
<context>
    <name>TopupDialog</name>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="47" />
        <source>Top up an eSIM</source>
        <extracomment>The clerk chose a package and a quantity: (TopupPackage, int).</extracomment>
        <translation>Recargar una eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="52" />
        <source>Top up eSIM %1</source>
        <translation>Recargar la eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="62" />
        <source>Asking eSIMfly which top-ups this eSIM can take…</source>
        <translation>Consultando a eSIMfly qué recargas admite esta eSIM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="71" />
        <source>Top-ups for this eSIM</source>
        <translation>Recargas para esta eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="73" />
        <source>Use the arrow keys to choose a top-up, then press Enter to take payment.</source>
        <translation>Use las flechas para elegir una recarga y pulse Intro para cobrar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Top-up</source>
        <translation>Recarga</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="93" />
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="95" />
        <source>How many times this top-up is added to the eSIM.</source>
        <translation>Cuántas veces se añade esta recarga a la eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="98" />
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="110" />
        <source>Take payment…</source>
        <translation>Cobrar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="113" />
        <source>Take payment for the chosen top-up</source>
        <translation>Cobrar la recarga elegida</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="116" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="145" />
        <source>no price: see the price list</source>
        <translation>sin precio: vea la lista de precios</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/topup_dialog.py" line="148" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="157" />
        <source>Choose a top-up, then take payment.</source>
        <translation>Elija una recarga y luego cobre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="161" />
        <source>eSIMfly offers no top-up for this eSIM.</source>
        <translation>eSIMfly no ofrece ninguna recarga para esta eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="175" />
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="179" />
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>TopupFlow</name>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="110" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>El mostrador aún se está iniciando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="130" />
        <source>Sold as: %1</source>
        <translation>Vendida como: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="171" />
        <source>Take payment for a top-up</source>
        <translation>Cobrar una recarga</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="175" />
        <source>Take payment, then top up eSIM %1?</source>
        <translation>¿Cobrar y luego recargar la eSIM %1?</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="179" />
        <location filename="../../app/ui/topup_flow.py" line="180" />
        <source>Top up now</source>
        <translation>Recargar ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="190" />
        <source>Topping up the eSIM…</source>
        <translation>Recargando la eSIM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="210" />
        <source>Not topped up. %1</source>
        <translation>No recargada. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="218" />
        <source>Outcome unknown: do not top up this eSIM again until the sale is checked. It is in the list of sales that need attention.</source>
        <translation>Resultado desconocido: no vuelva a recargar esta eSIM hasta que se compruebe la venta. Está en la lista de ventas que requieren atención.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="235" />
        <source>Topped up: %1 added to eSIM %2 (%3 paid).</source>
        <translation>Recargada: %1 añadido a la eSIM %2 (%3 pagado).</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="244" />
        <source>Top-up</source>
        <translation>Recarga</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="250" />
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>Waits</name>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="162" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="165" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <location filename="../../app/ui/lookup_text.py" line="94" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Queda %n día</numerusform>
            <numerusform>Quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="97" />
        <source>less than a day left</source>
        <translation>queda menos de un día</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="100" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>ZCloseDialog</name>
    <message>
        <location filename="../../app/ui/z_close.py" line="32" />
        <source>Close shift %1 (Z)</source>
        <translation>Cerrar el turno %1 (Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="36" />
        <source>Count the cash in the drawer and type what you counted.</source>
        <translation>Cuente el efectivo de la caja y escriba lo que ha contado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="38" />
        <source>&amp;Counted cash</source>
        <translation>Efectivo &amp;contado</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="50" />
        <location filename="../../app/ui/z_close.py" line="54" />
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="52" />
        <source>Expected in the drawer</source>
        <translation>Esperado en la caja</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="53" />
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="59" />
        <source>The Z report gets the next number and can never be changed afterwards.</source>
        <translation>El informe Z recibe el número siguiente y no se podrá cambiar nunca después.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="65" />
        <source>Close shift</source>
        <translation>Cerrar turno</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="67" />
        <source>Close shift and write the Z report</source>
        <translation>Cerrar el turno y emitir el informe Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="70" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="94" />
        <source>%1 short</source>
        <translation>Faltan %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="97" />
        <source>%1 over</source>
        <translation>Sobran %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="100" />
        <source>None: the drawer is right</source>
        <translation>Ninguna: la caja cuadra</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="110" />
        <source>Type the cash you counted, e.g. 250, or 0.</source>
        <translation>Escriba el efectivo contado, p. ej. 250, o 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="113" />
        <source>Closing the shift…</source>
        <translation>Cerrando el turno…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="29" />
        <source>Something unexpected went wrong. Sales already recorded are safe.

If it happens again, send this file to support: %1</source>
        <translation>Ocurrió un error inesperado. Las ventas ya registradas están a salvo.

Si vuelve a ocurrir, envíe este archivo al soporte: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="64" />
        <source>eSIM Counter</source>
        <translation>eSIM Counter</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../app/ui/receipts/system_printer.py" line="70" />
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
</context>
<context>
    <name>manager</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="260" />
        <source>The price list is for the owner.</source>
        <translation>La lista de precios es solo para el dueño.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="54" />
        <source>The provider</source>
        <translation>El proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Algo salió mal. Los detalles se escribieron en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Balance too low: %1 more needed.</source>
        <translation>Saldo insuficiente: faltan %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Balance too low at %1 for this sale.</source>
        <translation>Saldo insuficiente en %1 para esta venta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97" />
        <source>%1 says this computer's clock is wrong. Correct the clock.</source>
        <translation>%1 indica que el reloj de este equipo está mal. Corrija el reloj.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>%1 Ask the shop owner to check the account in Settings.</source>
        <translation>%1 Pida al dueño de la tienda que revise la cuenta en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112" />
        <source>Too many requests to %1. Selling resumes in %2.</source>
        <translation>Demasiadas solicitudes a %1. La venta se reanuda en %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118" />
        <source>Too many requests to %1. Wait a moment, then try again.</source>
        <translation>Demasiadas solicitudes a %1. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>No clear answer from %1: the outcome is unknown. Do not sell again until this sale is checked.</source>
        <translation>Sin respuesta clara de %1: el resultado es desconocido. No vuelva a vender hasta comprobar esta venta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>This plan is no longer available. Pick another plan.</source>
        <translation>Este plan ya no está disponible. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>The price of this plan has changed. Reload the plans and check the price.</source>
        <translation>El precio de este plan ha cambiado. Vuelva a cargar los planes y compruebe el precio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136" />
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 no respondió a tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140" />
        <source>Cannot reach %1. Check the internet connection, then try again.</source>
        <translation>No se puede contactar con %1. Compruebe la conexión a Internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144" />
        <source>%1 sent an answer the counter cannot read.</source>
        <translation>%1 envió una respuesta que el mostrador no puede leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149" />
        <source>This is a training sale; it is checked when the counter sells in training mode again.</source>
        <translation>Es una venta de formación; se comprobará cuando el mostrador vuelva a vender en modo formación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>This is a real sale; it is checked when the counter sells for real again.</source>
        <translation>Es una venta real; se comprobará cuando el mostrador vuelva a vender de verdad.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159" />
        <source>This counter has no %1 account switched on. Switch it on in Settings to check this sale.</source>
        <translation>Este mostrador no tiene activada una cuenta de %1. Actívela en Ajustes para comprobar esta venta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165" />
        <source>This sale is too old to send again safely; check it with %1.</source>
        <translation>Esta venta es demasiado antigua para reenviarla con seguridad; compruébela con %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169" />
        <source>An earlier sale of this plan is not checked yet and %1 did not answer. Nothing was sold; check the earlier sale first (Check now), then sell again.</source>
        <translation>Una venta anterior de este plan aún no se ha comprobado y %1 no respondió. No se vendió nada; compruebe primero la venta anterior (Comprobar ahora) y vuelva a vender.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>%1 has no order for this sale (yet). It is checked again shortly.</source>
        <translation>%1 no tiene (aún) un pedido para esta venta. Se volverá a comprobar en breve.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>%1 refused the order: %2</source>
        <translation>%1 rechazó el pedido: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201" />
        <source>Only eSIMfly eSIMs can be topped up here. Sell the traveller a new eSIM.</source>
        <translation>Aquí solo se pueden recargar las eSIM de eSIMfly. Venda al viajero una eSIM nueva.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="205" />
        <source>This eSIM cannot be topped up: its plan does not allow it. Sell the traveller a new eSIM instead.</source>
        <translation>Esta eSIM no se puede recargar: su plan no lo permite. Venda al viajero una eSIM nueva en su lugar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213" />
        <source>This eSIM is not installed yet, so it cannot be topped up. Install it first; it still has all its data.</source>
        <translation>Esta eSIM aún no está instalada, así que no se puede recargar. Instálela primero; todavía tiene todos sus datos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219" />
        <source>This eSIM has expired, so it cannot be topped up. Sell the traveller a new eSIM.</source>
        <translation>Esta eSIM ha caducado, así que no se puede recargar. Venda al viajero una eSIM nueva.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223" />
        <source>This eSIM cannot be topped up in its present state (%1).</source>
        <translation>Esta eSIM no se puede recargar en su estado actual (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227" />
        <source>This top-up is no longer offered for this eSIM. Choose another.</source>
        <translation>Esta recarga ya no se ofrece para esta eSIM. Elija otra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231" />
        <source>eSIMfly has no eSIM with this ICCID on the shop's account. Check the number.</source>
        <translation>eSIMfly no tiene ninguna eSIM con este ICCID en la cuenta de la tienda. Revise el número.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241" />
        <source>The eSIM is already installed on the traveller's phone, so %1 will not refund it. Nothing was refunded.</source>
        <translation>La eSIM ya está instalada en el teléfono del viajero, así que %1 no la reembolsará. No se reembolsó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247" />
        <source>This eSIM has already been refunded, or its refund is still being checked. It is not refunded twice.</source>
        <translation>Esta eSIM ya se reembolsó, o su reembolso aún se está comprobando. No se reembolsa dos veces.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="253" />
        <source>Only a delivered eSIM can be refunded. Nothing was refunded.</source>
        <translation>Solo se puede reembolsar una eSIM entregada. No se reembolsó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257" />
        <source>%1 cannot cancel an eSIM. Record the refund as the shop's own loss, or as claimed from %1 with a note for the owner.</source>
        <translation>%1 no puede cancelar una eSIM. Registre el reembolso como pérdida propia de la tienda, o como reclamado a %1 con una nota para el dueño.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="270" />
        <source>The receipt printer is out of paper. Put in a new roll, then print the receipt again from History.</source>
        <translation>La impresora de recibos no tiene papel. Ponga un rollo nuevo y vuelva a imprimir el recibo desde el Historial.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="276" />
        <source>The receipt printer (%1) cannot be reached. Check that it is switched on and connected, then print the receipt again from History.</source>
        <translation>No se puede conectar con la impresora de recibos (%1). Compruebe que esté encendida y conectada, y vuelva a imprimir el recibo desde el Historial.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282" />
        <source>The receipt printer is not set up correctly. Ask the shop owner to check Settings → Receipts.</source>
        <translation>La impresora de recibos no está bien configurada. Pida al dueño de la tienda que revise Ajustes → Recibos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288" />
        <source>The receipt could not be saved in %1. Ask the shop owner to choose another folder in Settings → Receipts.</source>
        <translation>No se pudo guardar el recibo en %1. Pida al dueño de la tienda que elija otra carpeta en Ajustes → Recibos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="293" />
        <source>The receipt could not be printed. The sale is not affected; print the receipt again from History.</source>
        <translation>No se pudo imprimir el recibo. La venta no se ve afectada; vuelva a imprimir el recibo desde el Historial.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="327" />
        <source>That name and PIN do not match a clerk. Check both and try again.</source>
        <translation>Ese nombre y ese PIN no corresponden a ningún dependiente. Compruebe ambos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="331" />
        <source>%1 can no longer sign in at this counter. Ask the shop owner.</source>
        <translation>%1 ya no puede iniciar sesión en esta caja. Consulte al dueño de la tienda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="350" />
        <source>%1 Check the address and both keys in the provider's account page.</source>
        <translation>%1 Revise la dirección y las dos claves en la página de la cuenta del proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="358" />
        <source>REAL — not connected: %1</source>
        <translation>REAL — sin conexión: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364" />
        <source>Waiting for the chain's database to check which orders other counters already claimed; this sale is checked again when the database answers. Do not sell it again.</source>
        <translation>Esperando a la base de datos de la cadena para comprobar qué pedidos ya han reclamado otras cajas; esta venta se comprobará de nuevo cuando la base de datos responda. No la vuelva a vender.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="371" />
        <source>An earlier sale of this plan on counter %1 is not checked yet; this sale is checked again after it. Do not sell it again.</source>
        <translation>Una venta anterior de este plan en la caja %1 aún no se ha comprobado; esta venta se comprobará de nuevo después. No la vuelva a vender.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="377" />
        <source>Waiting for counter %1 to send its latest sales to the chain before this sale's order is confirmed; it is checked again in a moment. Do not sell it again.</source>
        <translation>Esperando a que el mostrador %1 envíe sus últimas ventas a la cadena antes de confirmar el pedido de esta venta; se comprobará de nuevo en un momento. No la venda otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383" />
        <source>The order found for this sale was claimed by another counter's sale at the same moment; this sale is checked again. Do not sell it again.</source>
        <translation>El pedido encontrado para esta venta lo reclamó en el mismo momento una venta de otra caja; esta venta se comprobará de nuevo. No la vuelva a vender.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="388" />
        <source>This sale is checked again shortly. Do not sell it again.</source>
        <translation>Esta venta se comprobará de nuevo en breve. No la vuelva a vender.</translation>
    </message>
</context>
</TS>