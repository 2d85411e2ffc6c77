<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name />
    <message>
        <location filename="../../app/ui/clerk_override.py" line="111" />
        <source>Approval needed</source>
        <translation>Freigabe erforderlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="114" />
        <source>Asked by %1.</source>
        <translation>Angefragt von %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="116" />
        <source>A supervisor or the owner types their PIN to allow it.</source>
        <translation>Ein Schichtleiter oder der Inhaber gibt zur Freigabe seine PIN ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="118" />
        <source>Allow</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="127" />
        <source>%1 may not allow this. A supervisor or the owner must.</source>
        <translation>%1 darf das nicht freigeben. Das muss ein Schichtleiter oder der Inhaber tun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="183" />
        <source>A refund needs a supervisor's approval.</source>
        <translation>Eine Erstattung muss von einem Schichtleiter freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="184" />
        <source>Closing the shift needs a supervisor's approval.</source>
        <translation>Der Schichtabschluss muss von einem Schichtleiter freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="185" />
        <source>The settings are for the owner.</source>
        <translation>Die Einstellungen sind dem Inhaber vorbehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="186" />
        <source>The price list is for the owner.</source>
        <translation>Die Preisliste ist dem Inhaber vorbehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="187" />
        <source>Cost and margin are for the owner.</source>
        <translation>Einkaufspreis und Marge sind nur für den Inhaber.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="189" />
        <source>This needs a supervisor's or the owner's approval.</source>
        <translation>Dafür ist die Freigabe eines Schichtleiters oder des Inhabers nötig.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="60" />
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="71" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="73" />
        <source>Sells travel eSIMs across the counter and shows their QR codes.</source>
        <translation>Verkauft Reise-eSIMs am Schalter und zeigt ihre QR-Codes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="107" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="108" />
        <source>&amp;About eSIM Counter</source>
        <translation>&amp;Über eSIM Counter</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="26" />
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="27" />
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="28" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="29" />
        <source>API secret</source>
        <translation>API-Geheimnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="105" />
        <source>Sell through this account</source>
        <translation>Über dieses Konto verkaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="108" />
        <source>%1 address</source>
        <translation>%1-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="110" />
        <source>%1 wallet currency</source>
        <translation>%1-Guthabenwährung</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="112" />
        <source>As the account reports it</source>
        <translation>Wie vom Konto gemeldet</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="114" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="115" />
        <source>Test the %1 connection</source>
        <translation>Verbindung zu %1 testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="124" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="125" />
        <source>Wallet currency</source>
        <translation>Guthabenwährung</translation>
    </message>
</context>
<context>
    <name>AfterSale</name>
    <message>
        <location filename="../../app/ui/after_sale.py" line="80" />
        <source>Installed ✓ on the traveller's phone: eSIM %1</source>
        <extracomment>Tests shrink the provider's cadence and the pause before the display closes.</extracomment>
        <translation>Installiert ✓ auf dem Telefon des Reisenden: eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="84" />
        <source>Installed ✓</source>
        <translation>Installiert ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="100" />
        <source>The eSIM was sent by e-mail to %1.</source>
        <translation>Die eSIM wurde per E-Mail an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <location filename="../../app/ui/balance_label.py" line="23" />
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="46" />
        <source>Balance: loading…</source>
        <translation>Guthaben: wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="52" />
        <source>⚠ Low balance: top up soon</source>
        <translation>⚠ Niedriges Guthaben: bald aufladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="59" />
        <source>Balance unavailable: %1</source>
        <translation>Guthaben nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>CashBox</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="106" />
        <source>Cash tendered</source>
        <translation>Erhaltenes Bargeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="108" />
        <source>The amount the customer hands over; empty means the exact amount</source>
        <translation>Der Betrag, den der Kunde gibt; leer heißt: passend</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="111" />
        <source>&amp;Tendered</source>
        <translation>&amp;Gegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="114" />
        <source>&amp;Exact amount</source>
        <translation>&amp;Passend</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="116" />
        <source>Exact amount</source>
        <translation>Passender Betrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="162" />
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="164" />
        <source>Customer gives %1 %2</source>
        <translation>Kunde gibt %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="197" />
        <source>Change: %1</source>
        <translation>Rückgeld: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="203" />
        <source>Type the amount the customer gives, e.g. 20</source>
        <translation>Den Betrag eingeben, den der Kunde gibt, z. B. 20</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="207" />
        <source>Not enough: %1 still to pay</source>
        <translation>Zu wenig: noch %1 offen</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <location filename="../../app/ui/cash_count.py" line="51" />
        <source>The amount in %1</source>
        <translation>Der Betrag in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="56" />
        <source>Count per note and &amp;coin</source>
        <translation>Nach Scheinen und &amp;Münzen zählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="57" />
        <source>Count per note and coin</source>
        <translation>Nach Scheinen und Münzen zählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="73" />
        <source>Number of %1 %2</source>
        <translation>Anzahl %1 %2</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="94" />
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="98" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="99" />
        <source>Why the cash goes in or out, e.g. milk</source>
        <translation>Warum Bargeld hinein- oder herauskommt, z. B. Milch</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="100" />
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="108" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="124" />
        <source>Type the amount, more than zero.</source>
        <translation>Geben Sie den Betrag ein, größer als null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="129" />
        <source>Say why, e.g. “milk” or “change from the bank”.</source>
        <translation>Geben Sie den Grund an, z. B. „Milch“ oder „Wechselgeld von der Bank“.</translation>
    </message>
</context>
<context>
    <name>CentralFeed</name>
    <message>
        <location filename="../../app/ui/chain_central.py" line="163" />
        <source>The chain's price list (version %1) is now in use.</source>
        <translation>Die Preisliste der Kette (Version %1) gilt jetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="169" />
        <source>The chain's shop details (version %1) are now on the receipts.</source>
        <translation>Die Geschäftsangaben der Kette (Version %1) stehen jetzt auf den Belegen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="197" />
        <source>The chain's latest publication cannot be used, so the last good copy stays in use. Ask the owner to publish it again. (%1)</source>
        <translation>Die neueste Veröffentlichung der Kette ist nicht verwendbar, daher bleibt die letzte gute Kopie in Gebrauch. Bitten Sie den Inhaber, sie erneut zu veröffentlichen. (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="206" />
        <source>The chain's database cannot be reached and this counter has no copy of its data yet: it sells with its own price list meanwhile.</source>
        <translation>Die Datenbank der Kette ist nicht erreichbar, und diese Kasse hat noch keine Kopie ihrer Daten: Sie verkauft bis dahin mit ihrer eigenen Preisliste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="211" />
        <source>The chain's database cannot be reached: the counter sells on with the chain's prices and clerks as copied at %1.</source>
        <translation>Die Datenbank der Kette ist nicht erreichbar: Die Kasse verkauft weiter mit den Preisen und Mitarbeitern der Kette, wie sie am %1 kopiert wurden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="260" />
        <source>The chain's clerks (version %1) can now sign in here.</source>
        <translation>Die Mitarbeiter der Kette (Version %1) können sich jetzt hier anmelden.</translation>
    </message>
</context>
<context>
    <name>ChainLink</name>
    <message>
        <location filename="../../app/ui/chain_link.py" line="74" />
        <source>C&amp;hain</source>
        <translation>Ke&amp;tte</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="77" />
        <source>Chain &amp;reports…</source>
        <translation>Ketten&amp;berichte…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="79" />
        <source>&amp;Push now</source>
        <translation>Jetzt &amp;übertragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="111" />
        <source>The chain needs the keyring, which is not available.</source>
        <translation>Die Kette braucht den Schlüsselbund, der nicht verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="140" />
        <source>The chain's password is not in the keyring: type it in Settings › Chain.</source>
        <translation>Das Passwort der Kette ist nicht im Schlüsselbund: Geben Sie es unter Einstellungen › Kette ein.</translation>
    </message>
</context>
<context>
    <name>ChainMessages</name>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="42" />
        <source>The chain's database is not set up yet. On the server, run “esim-counter chain init” once, then test again.</source>
        <translation>Die Datenbank der Kette ist noch nicht eingerichtet. Führen Sie auf dem Server einmal „esim-counter chain init“ aus und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="47" />
        <source>The chain's database was set up by a newer eSIM Counter. Install the newer version on this counter; it keeps selling and catches up once updated.</source>
        <translation>Die Datenbank der Kette wurde von einem neueren eSIM Counter eingerichtet. Installieren Sie die neuere Version an dieser Kasse; sie verkauft weiter und holt nach dem Update alles nach.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="53" />
        <location filename="../../app/ui/chain_messages.py" line="91" />
        <source>The chain's database could not be used. Check Settings › Chain.</source>
        <translation>Die Datenbank der Kette konnte nicht verwendet werden. Prüfen Sie Einstellungen › Kette.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="60" />
        <source>The chain's database could not be used. The details were written to the log.</source>
        <translation>Die Datenbank der Kette konnte nicht verwendet werden. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="68" />
        <source>The chain's database server cannot be reached. Check the server name, the port and the network; the counter keeps selling meanwhile.</source>
        <translation>Der Datenbankserver der Kette ist nicht erreichbar. Prüfen Sie Servername, Port und Netzwerk; die Kasse verkauft währenddessen weiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="74" />
        <source>The database refused the user or the password. Check both and try again.</source>
        <translation>Die Datenbank hat den Benutzer oder das Passwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="79" />
        <source>The database server's certificate is not trusted by this computer. Check the server name, or ask whoever runs the server for a certificate this computer trusts.</source>
        <translation>Dieser Computer vertraut dem Zertifikat des Datenbankservers nicht. Prüfen Sie den Servernamen oder bitten Sie den Betreiber des Servers um ein Zertifikat, dem dieser Computer vertraut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="86" />
        <source>There is no such database on the server. Check its name, or create it and run “esim-counter chain init”.</source>
        <translation>Diese Datenbank gibt es auf dem Server nicht. Prüfen Sie den Namen oder legen Sie sie an und führen Sie „esim-counter chain init“ aus.</translation>
    </message>
</context>
<context>
    <name>ChainReportsWindow</name>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="71" />
        <source>Chain reports</source>
        <translation>Kettenberichte</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <location filename="../../app/ui/chain_reports.py" line="142" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <source>All shops</source>
        <translation>Alle Geschäfte</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <location filename="../../app/ui/chain_reports.py" line="143" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <source>All counters</source>
        <translation>Alle Kassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <location filename="../../app/ui/chain_reports.py" line="144" />
        <source>Clerk</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <source>All clerks</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="84" />
        <location filename="../../app/ui/chain_reports.py" line="145" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="87" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="88" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="90" />
        <source>Every sale of the day shown, with its refunds, for the filters chosen</source>
        <translation>Jeder Verkauf des angezeigten Tages mit seinen Erstattungen, für die gewählten Filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="94" />
        <source>Sales by provider</source>
        <translation>Verkäufe nach Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="96" />
        <source>Takings by sale currency</source>
        <translation>Einnahmen nach Verkaufswährung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="107" />
        <source>Z reports</source>
        <translation>Z-Berichte</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="110" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID, Bestellung, Reiseziel oder Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="112" />
        <source>Search sales</source>
        <translation>Verkäufe suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="121" />
        <source>Sales of the chain</source>
        <translation>Verkäufe der Kette</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="133" />
        <source>Day report</source>
        <translation>Tagesbericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="134" />
        <source>X/Z</source>
        <translation>X/Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="135" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="136" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="235" />
        <source>Reading the chain's database…</source>
        <translation>Datenbank der Kette wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="268" />
        <source>The sales could not be read from the chain's database.</source>
        <translation>Die Verkäufe konnten nicht aus der Datenbank der Kette gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="282" />
        <source>all counters</source>
        <translation>alle Kassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="284" />
        <source>%n sale(s) on this day; %1.</source>
        <translation>
            <numerusform>%n Verkauf an diesem Tag; %1.</numerusform>
            <numerusform>%n Verkäufe an diesem Tag; %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>eSIMs</source>
        <translation>eSIMs</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Charged</source>
        <translation>Abgebucht</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Not sold</source>
        <translation>Nicht verkauft</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Needs checking</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Cost</source>
        <translation>Einkaufspreis</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="327" />
        <source>Cash expected in the drawers: %1</source>
        <translation>Erwartetes Bargeld in den Kassen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="329" />
        <source>No sales on this day.</source>
        <translation>Keine Verkäufe an diesem Tag.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Closed at</source>
        <translation>Geschlossen um</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Closed by</source>
        <translation>Geschlossen von</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="358" />
        <source>Export the chain's sales</source>
        <translation>Verkäufe der Kette exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="360" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="369" />
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="372" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n Verkauf exportiert.</numerusform>
            <numerusform>%n Verkäufe exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainTab</name>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="56" />
        <source>In a chain, this counter copies every sale to the chain's PostgreSQL database and takes the chain's prices and clerks from it. It keeps selling when the database cannot be reached, and catches up later.</source>
        <translation>In einer Kette kopiert diese Kasse jeden Verkauf in die PostgreSQL-Datenbank der Kette und übernimmt von dort die Preise und Mitarbeiter der Kette. Ist die Datenbank nicht erreichbar, verkauft sie weiter und holt später alles nach.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="66" />
        <location filename="../../app/ui/chain_tab.py" line="101" />
        <source>Database server</source>
        <translation>Datenbankserver</translation>
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
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="72" />
        <location filename="../../app/ui/chain_tab.py" line="103" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="73" />
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="74" />
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="77" />
        <source>Kept in the system keyring only; leave empty to keep the stored one</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="79" />
        <source>Shop in the chain</source>
        <translation>Geschäft in der Kette</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="81" />
        <source>This counter's name</source>
        <translation>Name dieser Kasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="84" />
        <source>A name no other counter of the chain uses, such as desk-2</source>
        <translation>Ein Name, den keine andere Kasse der Kette verwendet, z. B. desk-2</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="87" />
        <source>Encrypted, server certificate checked</source>
        <translation>Verschlüsselt, Serverzertifikat geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="88" />
        <source>Encrypted, certificate not checked</source>
        <translation>Verschlüsselt, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="89" />
        <source>Not encrypted (same machine only)</source>
        <translation>Unverschlüsselt (nur auf demselben Rechner)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="90" />
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="94" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="95" />
        <source>Leave the chain</source>
        <translation>Kette verlassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="104" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="105" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="106" />
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="107" />
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="108" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="139" />
        <source>This counter leaves the chain when you save.</source>
        <translation>Diese Kasse verlässt die Kette, wenn Sie speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="141" />
        <source>This counter is in the chain as %1 of %2.</source>
        <translation>Diese Kasse ist in der Kette als %1 von %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="144" />
        <source>This counter is in no chain: fill in the fields and save to join.</source>
        <translation>Diese Kasse gehört zu keiner Kette: Füllen Sie die Felder aus und speichern Sie, um beizutreten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="157" />
        <source>Stored in the keyring; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="184" />
        <source>To join a chain, fill in the server, the database, the user, the shop and this counter's name.</source>
        <translation>Um einer Kette beizutreten, geben Sie Server, Datenbank, Benutzer, Geschäft und den Namen dieser Kasse ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="192" />
        <source>Each chain field is one line of at most 200 characters.</source>
        <translation>Jedes Feld der Kette ist eine Zeile mit höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="209" />
        <source>Fill in the chain's database first.</source>
        <translation>Geben Sie zuerst die Datenbank der Kette ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="212" />
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="225" />
        <source>Connected. The chain's database is ready (schema %1.%2).</source>
        <translation>Verbunden. Die Datenbank der Kette ist bereit (Schema %1.%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="250" />
        <source>Save to leave the chain. This counter's sales stay in its own journal; what was copied to the chain stays there.</source>
        <translation>Speichern Sie, um die Kette zu verlassen. Die Verkäufe dieser Kasse bleiben in ihrem eigenen Journal; was in die Kette kopiert wurde, bleibt dort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="269" />
        <source>Type the chain database's password: it is kept in the keyring.</source>
        <translation>Geben Sie das Passwort der Kettendatenbank ein: Es wird im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>ClerkGate</name>
    <message>
        <location filename="../../app/ui/clerk_rows.py" line="32" />
        <source>The sales journal is still opening. Try again in a moment.</source>
        <translation>Das Verkaufsjournal wird noch geöffnet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="106" />
        <source>S&amp;witch clerk…</source>
        <translation>Mitarbeiter &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="109" />
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="179" />
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="181" />
        <source>Clerk: %1</source>
        <translation>Mitarbeiter: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="231" />
        <source>Sign-in is on but there are no clerks: add them in Settings › Clerks.</source>
        <translation>Die Anmeldung ist eingeschaltet, aber es gibt keine Mitarbeiter: Legen Sie sie unter Einstellungen › Mitarbeiter an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Switch clerk</source>
        <translation>Mitarbeiter wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="238" />
        <source>Type your name and PIN to use the counter.</source>
        <translation>Geben Sie Ihren Namen und Ihre PIN ein, um die Kasse zu benutzen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="318" />
        <source>Clerk</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="319" />
        <source>Supervisor</source>
        <translation>Schichtleiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="320" />
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
</context>
<context>
    <name>ClerksTab</name>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="53" />
        <source>Each clerk signs in with their own PIN</source>
        <translation>Jeder Mitarbeiter meldet sich mit seiner eigenen PIN an</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="55" />
        <source>Require sign-in</source>
        <translation>Anmeldung verlangen</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="58" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="59" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="61" />
        <source>Idle minutes</source>
        <translation>Minuten ohne Aktivität</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="63" />
        <source>After this many minutes without a key or click; 0 for never</source>
        <translation>Nach so vielen Minuten ohne Taste oder Klick; 0 für nie</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="66" />
        <source>Sign the clerk out</source>
        <translation>Mitarbeiter abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="67" />
        <source>Lock until the PIN is typed</source>
        <translation>Sperren, bis die PIN eingegeben wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="71" />
        <location filename="../../app/ui/clerks_tab.py" line="100" />
        <source>When idle</source>
        <translation>Bei Inaktivität</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="74" />
        <source>Clerks</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="77" />
        <source>Clerk name</source>
        <translation>Name des Mitarbeiters</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="81" />
        <location filename="../../app/ui/clerks_tab.py" line="103" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="84" />
        <source>Clerk PIN</source>
        <translation>PIN des Mitarbeiters</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="87" />
        <source>Clerk PIN again</source>
        <translation>PIN des Mitarbeiters wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="88" />
        <source>Add clerk</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="89" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="90" />
        <source>Set new PIN</source>
        <translation>Neue PIN festlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="91" />
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="92" />
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="99" />
        <source>Sign out after</source>
        <translation>Abmelden nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="102" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="104" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="105" />
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="133" />
        <source>Clerks can be changed once the counter is open.</source>
        <translation>Mitarbeiter können geändert werden, sobald die Kasse geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="146" />
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="175" />
        <source>A clerk's name is 1 to 40 letters on one line.</source>
        <translation>Der Name eines Mitarbeiters hat 1 bis 40 Zeichen in einer Zeile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="179" />
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="189" />
        <source>There is already a clerk called %1.</source>
        <translation>Es gibt bereits einen Mitarbeiter namens %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="202" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="222" />
        <source>%1 can now sign in.</source>
        <translation>%1 kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="227" />
        <source>Pick a clerk in the list first.</source>
        <translation>Wählen Sie zuerst einen Mitarbeiter in der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="236" />
        <source>Renamed to %1.</source>
        <translation>Umbenannt in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="243" />
        <source>%1 has a new PIN.</source>
        <translation>%1 hat eine neue PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="252" />
        <source>%1 has a new role.</source>
        <translation>%1 hat eine neue Rolle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="262" />
        <source>%1 is changed.</source>
        <translation>%1 wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="268" />
        <source>Keep at least one active owner while clerks must sign in.</source>
        <translation>Solange sich Mitarbeiter anmelden müssen, muss mindestens ein aktiver Inhaber bleiben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="277" />
        <source>Add an owner clerk before asking clerks to sign in: Settings needs one.</source>
        <translation>Legen Sie einen Mitarbeiter mit der Rolle Inhaber an, bevor Sie die Anmeldung verlangen: Die Einstellungen brauchen einen.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="63" />
        <source>This computer's clock is %n minute(s) ahead. Correct the clock.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Minute vor. Stellen Sie die Uhr richtig.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Minuten vor. Stellen Sie die Uhr richtig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="68" />
        <source>This computer's clock is %n minute(s) behind. Correct the clock.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Minute nach. Stellen Sie die Uhr richtig.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Minuten nach. Stellen Sie die Uhr richtig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmSaleDialog</name>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="70" />
        <source>Take payment</source>
        <translation>Zahlung annehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="79" />
        <source>Take payment, then sell this eSIM?</source>
        <translation>Zahlung kassieren, dann diese eSIM verkaufen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/confirm_dialog.py" line="81" />
        <source>Take payment, then sell these %n eSIMs?</source>
        <translation>
            <numerusform>Zahlung annehmen, dann diese eSIM verkaufen?</numerusform>
            <numerusform>Zahlung annehmen, dann diese %n eSIMs verkaufen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="88" />
        <source>%1 included (%2 %)</source>
        <translation>%1 enthalten (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="95" />
        <source>Destination</source>
        <translation>Reiseziel</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="96" />
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="97" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="98" />
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="99" />
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="100" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="119" />
        <source>&amp;Split between two methods</source>
        <translation>Auf zwei Zahlarten &amp;aufteilen</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="121" />
        <source>Split between two methods</source>
        <translation>Auf zwei Zahlarten aufteilen</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="127" />
        <location filename="../../app/ui/confirm_dialog.py" line="129" />
        <source>Sell now</source>
        <translation>Jetzt verkaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="171" />
        <source>Amount paid by the first method</source>
        <translation>Betrag der ersten Zahlart</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="174" />
        <source>Second method</source>
        <translation>Zweite Zahlart</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="180" />
        <source>&amp;Rest by</source>
        <translation>&amp;Rest per</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="197" />
        <source>A&amp;mount by %1</source>
        <translation>A&amp;nteil %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="233" />
        <source>Type an amount less than the total</source>
        <translation>Einen Betrag unter der Gesamtsumme eingeben</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="85" />
        <source>Your eSIM</source>
        <extracomment>The clerk asked to send this eSIM by e-mail (button or Ctrl+E; Octopus only).</extracomment>
        <translation>Ihre eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="96" />
        <source>Scan to install your eSIM</source>
        <translation>Scannen, um Ihre eSIM zu installieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="112" />
        <source>Android and iPhone: open the Camera and scan</source>
        <translation>Android und iPhone: Kamera öffnen und scannen</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="116" />
        <source>iPhone (iOS 17.4+): install link</source>
        <translation>iPhone (iOS 17.4+): Installationslink</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="124" />
        <source>Confirmation code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="127" />
        <source>Installed ✓</source>
        <translation>Installiert ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="139" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="140" />
        <source>SM-DP+ address</source>
        <translation>SM-DP+-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="141" />
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="165" />
        <source>◀ Previous eSIM</source>
        <translation>◀ Vorherige eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="166" />
        <source>Next eSIM ▶</source>
        <translation>Nächste eSIM ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="169" />
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="171" />
        <source>Close the customer display</source>
        <translation>Kundenanzeige schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="172" />
        <source>Previous eSIM</source>
        <translation>Vorherige eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="173" />
        <source>Next eSIM</source>
        <translation>Nächste eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="174" />
        <source>Send by e-mail… (Ctrl+E)</source>
        <translation>Per E-Mail senden… (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="176" />
        <source>Send the eSIM by e-mail</source>
        <translation>eSIM per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="178" />
        <source>Octopus Cards e-mails the eSIM to the traveller, to install later.</source>
        <translation>Octopus Cards sendet die eSIM per E-Mail an den Reisenden, zur späteren Installation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="265" />
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="271" />
        <source>The activation code is not available yet.</source>
        <translation>Der Aktivierungscode ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="286" />
        <source>Ask the clerk</source>
        <translation>Bitte am Schalter erfragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="301" />
        <source>eSIM %1 of %2</source>
        <translation>eSIM %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="318" />
        <source>Closes in %1</source>
        <translation>Schließt in %1</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <location filename="../../app/ui/day_report.py" line="63" />
        <source>Day report</source>
        <translation>Tagesbericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="102" />
        <source>Balances: loading…</source>
        <translation>Guthaben: wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="70" />
        <location filename="../../app/ui/day_report.py" line="105" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="77" />
        <source>Sales by provider</source>
        <translation>Verkäufe nach Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="87" />
        <source>Takings by sale currency</source>
        <translation>Einnahmen nach Verkaufswährung</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>eSIMs</source>
        <translation>eSIMs</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Charged</source>
        <translation>Abgebucht</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Not sold</source>
        <translation>Nicht verkauft</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Needs checking</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="191" />
        <source>Training mode: these are training sales; no money moved.</source>
        <translation>Übungsmodus: Das sind Übungsverkäufe; es wurde kein Geld abgebucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="196" />
        <source>%n sale(s) of the other mode (training or real) are not counted.</source>
        <translation>
            <numerusform>%n Verkauf des anderen Modus (Schulung oder echt) wird nicht gezählt.</numerusform>
            <numerusform>%n Verkäufe des anderen Modus (Schulung oder echt) werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="206" />
        <source>%n refund(s) in %1: %2, already taken off the payment methods and the drawer.</source>
        <translation>
            <numerusform>%n Erstattung in %1: %2, bereits von den Zahlarten und der Kasse abgezogen.</numerusform>
            <numerusform>%n Erstattungen in %1: %2, bereits von den Zahlarten und der Kasse abgezogen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="215" />
        <source>Sales that need checking may still have been charged.</source>
        <translation>Zu prüfende Verkäufe können trotzdem abgebucht worden sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="222" />
        <source>Cost</source>
        <translation>Einkaufspreis</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="222" />
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="244" />
        <source>(after %n refund(s): %1 paid back)</source>
        <translation>
            <numerusform>(nach %n Erstattung: %1 zurückgezahlt)</numerusform>
            <numerusform>(nach %n Erstattungen: %1 zurückgezahlt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="251" />
        <source>(of which %1 is owed back to customers)</source>
        <translation>(davon %1 an Kunden zurückzugeben)</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="258" />
        <source>Cash expected in the drawer: %1</source>
        <translation>Erwartetes Bargeld in der Kasse: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="265" />
        <source>Balances now: %1</source>
        <translation>Guthaben jetzt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="269" />
        <source>Balance unavailable: %1</source>
        <translation>Guthaben nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../app/ui/destinations.py" line="144" />
        <source>Destination search</source>
        <translation>Reiseziel suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="147" />
        <source>Name or code</source>
        <translation>Name oder Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="149" />
        <source>A country or region name, or an alpha-2 or alpha-3 code (Ctrl+F)</source>
        <translation>Name eines Landes oder einer Region oder ein Alpha-2- bzw. Alpha-3-Code (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="158" />
        <source>Destinations</source>
        <translation>Reiseziele</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="168" />
        <source>Loading destinations…</source>
        <translation>Reiseziele werden geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="174" />
        <source>Destination</source>
        <translation>Reiseziel</translation>
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
        <translation>Asien</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="28" />
        <source>Middle East</source>
        <translation>Naher Osten</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="29" />
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="30" />
        <source>Latin America</source>
        <translation>Lateinamerika</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="31" />
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="32" />
        <source>Caribbean</source>
        <translation>Karibik</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="33" />
        <source>Oceania</source>
        <translation>Ozeanien</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="35" />
        <source>Global</source>
        <translation>Weltweit</translation>
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
        <translation>Global (weltweit)</translation>
    </message>
</context>
<context>
    <name>Handback</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="15" />
        <source>Give back %1 in cash</source>
        <translation>%1 in bar zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="16" />
        <source>Refund %1 to the card</source>
        <translation>%1 auf die Karte zurückbuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="17" />
        <source>Send back %1 by bank transfer</source>
        <translation>%1 per Überweisung zurücksenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="18" />
        <source>Give back %1 the way it was paid</source>
        <translation>%1 so zurückgeben, wie bezahlt wurde</translation>
    </message>
</context>
<context>
    <name>HandbackDialog</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="51" />
        <source>Give the money back</source>
        <translation>Geld zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="53" />
        <source>The sale failed. No eSIM was sold.</source>
        <translation>Der Verkauf ist fehlgeschlagen. Es wurde keine eSIM verkauft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="72" />
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="79" />
        <source>I gave it back</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="81" />
        <source>I gave the money back</source>
        <translation>Ich habe das Geld zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="83" />
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="85" />
        <source>Later: the money is still owed</source>
        <translation>Später: das Geld ist noch offen</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="87" />
        <source>The sale stays in the list as money owed until you confirm</source>
        <translation>Der Verkauf bleibt als offene Rückzahlung in der Liste, bis Sie bestätigen</translation>
    </message>
</context>
<context>
    <name>HandbackFlow</name>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="75" />
        <source>The customer is still owed their money: see the list below.</source>
        <translation>Der Kunde bekommt noch sein Geld zurück: siehe Liste unten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="78" />
        <source>Noted: the money was given back.</source>
        <translation>Erfasst: das Geld wurde zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history.py" line="69" />
        <source>Sales history</source>
        <translation>Verkaufsverlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="87" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID, Bestellung, Reiseziel oder Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="89" />
        <source>Search sales</source>
        <translation>Verkäufe suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="91" />
        <source>Sales shown</source>
        <translation>Angezeigte Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="93" />
        <source>All sales</source>
        <translation>Alle Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="94" />
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="95" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="96" />
        <source>Needs checking</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="97" />
        <source>Not sold</source>
        <translation>Nicht verkauft</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="100" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="103" />
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="105" />
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="112" />
        <source>Hide training sales</source>
        <translation>Übungsverkäufe ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="130" />
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="144" />
        <source>Show QR</source>
        <translation>QR zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="145" />
        <source>Copy ICCID</source>
        <translation>ICCID kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="146" />
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="147" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="155" />
        <source>&amp;Reprint receipt</source>
        <translation>Beleg &amp;erneut drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="156" />
        <location filename="../../app/ui/history.py" line="162" />
        <source>Reprint receipt</source>
        <translation>Beleg erneut drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="158" />
        <source>Prints the selected sale's receipt again, marked COPY.</source>
        <translation>Druckt den Beleg des gewählten Verkaufs noch einmal, mit dem Vermerk KOPIE.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="174" />
        <source>Re&amp;fund…</source>
        <translation>E&amp;rstatten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="175" />
        <source>Refund the selected sale</source>
        <translation>Gewählten Verkauf erstatten</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="178" />
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="186" />
        <source>E-mail…</source>
        <translation>E-Mail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="188" />
        <source>Send the selected sale's eSIM by e-mail</source>
        <translation>eSIM des gewählten Verkaufs per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="190" />
        <source>Send by e-mail…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="198" />
        <source>Look up the eSIM…</source>
        <translation>eSIM abfragen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="205" />
        <source>&amp;Top up…</source>
        <translation>Auf&amp;laden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="207" />
        <source>Top up the selected eSIM</source>
        <translation>Gewählte eSIM aufladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="209" />
        <source>Sells more data and days for the eSIM of the selected eSIMfly sale.</source>
        <translation>Verkauft weitere Daten und Tage für die eSIM des gewählten eSIMfly-Verkaufs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="220" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="325" />
        <source>Cost and margin shown.</source>
        <translation>Einkaufspreis und Marge werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="367" />
        <source>This sale has no eSIM to look up.</source>
        <translation>Zu diesem Verkauf gibt es keine eSIM zum Abfragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="388" />
        <source>Only Octopus Cards can e-mail an eSIM; eSIMfly cannot. Show the QR code instead (Show QR).</source>
        <translation>Nur Octopus Cards kann eine eSIM per E-Mail senden, eSIMfly nicht. Zeigen Sie stattdessen den QR-Code (QR zeigen).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="408" />
        <source>This sale has several eSIMs: choose one in the lookup window, then press Top up there.</source>
        <translation>Dieser Verkauf hat mehrere eSIMs: Wählen Sie im Abfragefenster eine aus und drücken Sie dort „Aufladen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="428" />
        <source>ICCID copied.</source>
        <translation>ICCID kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="440" />
        <source>Printing the receipt…</source>
        <translation>Beleg wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="446" />
        <source>Receipt %1 printed again (COPY).</source>
        <translation>Beleg %1 erneut gedruckt (KOPIE).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="458" />
        <source>Export sales</source>
        <translation>Verkäufe exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="460" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history.py" line="476" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n Verkauf exportiert.</numerusform>
            <numerusform>%n Verkäufe exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="478" />
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/history_model.py" line="85" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="87" />
        <source>Destination</source>
        <translation>Reiseziel</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="88" />
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="89" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="90" />
        <source>Cost</source>
        <translation>Einkaufspreis</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="91" />
        <source>Retail</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="92" />
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="93" />
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="94" />
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="95" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="96" />
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="114" />
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="115" />
        <source>Partly refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="117" />
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="118" />
        <source>Pending at the provider</source>
        <translation>Beim Anbieter ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="119" />
        <source>Not sold</source>
        <translation>Nicht verkauft</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="120" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="121" />
        <location filename="../../app/ui/history_model.py" line="122" />
        <source>Needs checking</source>
        <translation>Zu prüfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_model.py" line="273" />
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="274" />
        <location filename="../../app/ui/history_model.py" line="311" />
        <source> (training)</source>
        <translation> (Übung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="278" />
        <source>Top-up: %1</source>
        <translation>Aufladung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="304" />
        <source>Refund (claimed from the provider)</source>
        <translation>Erstattung (beim Anbieter geltend gemacht)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="306" />
        <source>Refund (shop's loss)</source>
        <translation>Erstattung (Verlust des Geschäfts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="308" />
        <source>Refund (confirmed later)</source>
        <translation>Erstattung (wird später bestätigt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="310" />
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="340" />
        <source>%1, handed back</source>
        <translation>%1, zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="342" />
        <source>%1, owed back</source>
        <translation>%1, Rückgabe offen</translation>
    </message>
</context>
<context>
    <name>InstallSlip</name>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="26" />
        <source>Install your eSIM</source>
        <translation>Ihre eSIM installieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="27" />
        <source>Keep this private — it installs your eSIM</source>
        <translation>Vertraulich — damit wird Ihre eSIM installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="28" />
        <source>Anyone with this slip can install it, once. Do not share or post it.</source>
        <translation>Wer diesen Zettel hat, kann die eSIM installieren, ein einziges Mal. Nicht weitergeben oder posten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="31" />
        <source>1. Connect to Wi-Fi, then open Settings → Mobile data (Cellular) → Add eSIM.</source>
        <translation>1. Mit dem WLAN verbinden, dann Einstellungen → Mobilfunk (Mobile Daten) → eSIM hinzufügen öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="35" />
        <source>2. Choose “Use QR code” and scan this code, or type the two codes below.</source>
        <translation>2. „QR-Code verwenden“ wählen und diesen Code scannen oder die beiden Codes unten eingeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="39" />
        <source>3. On arrival, switch this eSIM on for mobile data and turn data roaming on.</source>
        <translation>3. Nach der Ankunft diese eSIM für mobile Daten einschalten und Datenroaming aktivieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="43" />
        <source>SM-DP+ address</source>
        <translation>SM-DP+-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="44" />
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="46" />
        <source>Your plan</source>
        <translation>Ihr Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="47" />
        <source>Networks: %1</source>
        <translation>Netze: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="48" />
        <source>Countries covered: %1</source>
        <translation>Abgedeckte Länder: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="49" />
        <source>Its days start when the eSIM first connects at your destination.</source>
        <translation>Die Tage beginnen, wenn sich die eSIM am Reiseziel zum ersten Mal verbindet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="52" />
        <source>Its days start as soon as the eSIM is installed.</source>
        <translation>Die Tage beginnen, sobald die eSIM installiert ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="55" />
        <source>5G where the network offers it.</source>
        <translation>5G, wo das Netz es anbietet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="56" />
        <source>More data: it can be topped up at this counter.</source>
        <translation>Mehr Daten: Sie kann an diesem Schalter aufgeladen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="57" />
        <source>Data only: no calls or SMS. Call and text with internet apps.</source>
        <translation>Nur Daten: keine Anrufe oder SMS. Telefonieren und schreiben Sie mit Internet-Apps.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="60" />
        <source>Calls and SMS are included.</source>
        <translation>Anrufe und SMS sind enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="61" />
        <source>It comes with a phone number of its own.</source>
        <translation>Sie hat eine eigene Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>JournalProblem</name>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="80" />
        <source>Sales journal</source>
        <translation>Verkaufsjournal</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="86" />
        <source>The sales journal at %1 is damaged. It was left untouched. Nothing can be sold until it is replaced.</source>
        <translation>Das Verkaufsjournal unter %1 ist beschädigt. Es wurde nicht verändert. Bis es ersetzt ist, kann nichts verkauft werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="90" />
        <source>Restore a backup of the journal, or start a new journal. Either way the damaged file is kept in %1 under a new name, so nothing is lost for good.</source>
        <translation>Stellen Sie eine Sicherung des Journals wieder her oder beginnen Sie ein neues Journal. In beiden Fällen bleibt die beschädigte Datei unter neuem Namen in %1 erhalten, es geht also nichts endgültig verloren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="95" />
        <source>The sales journal at %1 cannot be written, so nothing can be sold.</source>
        <translation>Das Verkaufsjournal unter %1 kann nicht geschrieben werden, daher kann nichts verkauft werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="98" />
        <source>Make sure the folder %1 exists, that this user may write to it and that the disk is not full (or start the counter with --journal and a writable file), then press Try again.</source>
        <translation>Stellen Sie sicher, dass der Ordner %1 existiert, dieser Benutzer darin schreiben darf und der Datenträger nicht voll ist (oder starten Sie den Counter mit --journal und einer beschreibbaren Datei), und drücken Sie dann Erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="110" />
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="111" />
        <source>Start a new journal</source>
        <translation>Neues Journal beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="112" />
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="113" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="135" />
        <source>Restore the sales journal from</source>
        <translation>Verkaufsjournal wiederherstellen aus</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="137" />
        <source>Sales journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>Verkaufsjournale (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="141" />
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="145" />
        <source>Starting a new journal…</source>
        <translation>Neues Journal wird begonnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="154" />
        <source>The damaged journal is kept as %1.</source>
        <translation>Das beschädigte Journal bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="165" />
        <source>That did not work: %1 Nothing was changed.</source>
        <translation>Das hat nicht geklappt: %1 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>LookupWindow</name>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="31" />
        <source>Not installed yet</source>
        <translation>Noch nicht installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="32" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="33" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="34" />
        <source>Data used up</source>
        <translation>Daten aufgebraucht</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="35" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="36" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="43" />
        <source>The phone has not installed this eSIM yet.</source>
        <translation>Das Telefon hat diese eSIM noch nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="46" />
        <source>The eSIM is installed and working.</source>
        <translation>Die eSIM ist installiert und funktioniert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="49" />
        <source>The plan's days have run out.</source>
        <translation>Die Tage des Tarifs sind abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="52" />
        <source>All the plan's data has been used.</source>
        <translation>Die Daten des Tarifs sind vollständig verbraucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="55" />
        <source>This eSIM was cancelled; it no longer works.</source>
        <translation>Diese eSIM wurde storniert; sie funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="58" />
        <source>The provider's status is not one the counter knows.</source>
        <translation>Diesen Status des Anbieters kennt der Counter nicht.</translation>
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
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="138" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="147" />
        <source>Not sold by this counter</source>
        <translation>Nicht an dieser Kasse verkauft</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="162" />
        <source>%1 did not answer; try Refresh.</source>
        <translation>%1 hat nicht geantwortet; versuchen Sie „Aktualisieren“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="169" />
        <source>No provider account is set up to look eSIMs up.</source>
        <translation>Es ist kein Anbieterkonto zum Abfragen von eSIMs eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="172" />
        <source>No eSIM with this ICCID at %1. Check the digits.</source>
        <translation>Keine eSIM mit dieser ICCID bei %1. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="183" />
        <source>Not sold by this counter; found at %1.</source>
        <translation>Nicht an dieser Kasse verkauft; gefunden bei %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="189" />
        <source>Some details could not be read; try Refresh.</source>
        <translation>Einige Angaben konnten nicht gelesen werden; versuchen Sie „Aktualisieren“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="66" />
        <location filename="../../app/ui/lookup_window.py" line="67" />
        <source>Look up an eSIM</source>
        <translation>eSIM abfragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="76" />
        <source>ICCID to look up</source>
        <translation>Abzufragende ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="78" />
        <source>Type or scan the eSIM's ICCID, then press Enter.</source>
        <translation>Geben Sie die ICCID der eSIM ein oder scannen Sie sie, dann Enter drücken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="80" />
        <source>ICCID (type or scan)</source>
        <translation>ICCID (eingeben oder scannen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="82" />
        <source>&amp;ICCID</source>
        <translation>&amp;ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="84" />
        <source>&amp;Look up</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="85" />
        <source>Look up</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="88" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="89" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="90" />
        <source>Asks the provider again (F5).</source>
        <translation>Fragt den Anbieter erneut (F5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="99" />
        <source>eSIM of this sale</source>
        <translation>eSIM dieses Verkaufs</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="101" />
        <source>This sale has several eSIMs: choose the one to look up.</source>
        <translation>Dieser Verkauf hat mehrere eSIMs: Wählen Sie die abzufragende aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="104" />
        <source>e&amp;SIM</source>
        <translation>e&amp;SIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="122" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="123" />
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="124" />
        <source>Data used</source>
        <translation>Verbrauchte Daten</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="125" />
        <source>Data left</source>
        <translation>Restliche Daten</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="126" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="127" />
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="128" />
        <source>First used</source>
        <translation>Erste Nutzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="129" />
        <source>Last network</source>
        <translation>Letztes Netz</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="130" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="131" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="132" />
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="133" />
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="138" />
        <source>&amp;Top up…</source>
        <translation>Auf&amp;laden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="140" />
        <source>Top up this eSIM</source>
        <translation>Diese eSIM aufladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="144" />
        <location filename="../../app/ui/lookup_window.py" line="145" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="197" />
        <source>That is not an ICCID: it has 18 to 22 digits and starts with 89.</source>
        <translation>Das ist keine ICCID: Sie hat 18 bis 22 Ziffern und beginnt mit 89.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="221" />
        <source>This sale has no eSIM to look up.</source>
        <translation>Zu diesem Verkauf gibt es keine eSIM zum Abfragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="227" />
        <source>eSIM %1 of %2: %3</source>
        <translation>eSIM %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="263" />
        <source>The counter is not connected to the providers yet; try Refresh.</source>
        <translation>Der Counter ist noch nicht mit den Anbietern verbunden; versuchen Sie „Aktualisieren“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="266" />
        <source>Asking the provider…</source>
        <translation>Anbieter wird gefragt…</translation>
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
        <translation>ÜBUNG — es werden keine echten eSIMs verkauft</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292" />
        <location filename="../../app/ui/main_window.py" line="448" />
        <source>Loading the catalogue…</source>
        <translation>Katalog wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Sales</source>
        <translation>&amp;Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178" />
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>&amp;Check unresolved sales</source>
        <translation>Offene Verkäufe &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Day report…</source>
        <translation>&amp;Tagesbericht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Look up an eSIM…</source>
        <translation>eSIM a&amp;bfragen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195" />
        <source>&amp;Counter</source>
        <translation>&amp;Schalter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Price list…</source>
        <translation>&amp;Preisliste…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="514" />
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522" />
        <source>the provider accounts cannot be used.</source>
        <translation>die Anbieterkonten können nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="527" />
        <source>Not connected. Check the accounts in Counter › Settings, then save.</source>
        <translation>Nicht verbunden. Prüfen Sie die Konten unter Counter › Einstellungen und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531" />
        <source>Connect again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="567" />
        <source>The catalogue could not be loaded. %1</source>
        <translation>Der Katalog konnte nicht geladen werden. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="621" />
        <source>%n earlier sale(s) need attention: see the list below.</source>
        <translation>
            <numerusform>%n früherer Verkauf braucht Aufmerksamkeit: siehe Liste unten.</numerusform>
            <numerusform>%n frühere Verkäufe brauchen Aufmerksamkeit: siehe Liste unten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="691" />
        <source>&amp;Print receipt</source>
        <translation>Beleg &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="692" />
        <source>Print &amp;install slip</source>
        <translation>&amp;Installationszettel drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="789" />
        <source>Retry %1</source>
        <translation>%1 erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="803" />
        <source>Asking the unavailable provider again…</source>
        <translation>Der nicht verfügbare Anbieter wird erneut gefragt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="812" />
        <source>Catalogue reloaded.</source>
        <translation>Katalog neu geladen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="835" />
        <source>A sale is in progress</source>
        <translation>Ein Verkauf läuft</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="837" />
        <source>A sale is waiting for the provider. Quit anyway? It is recorded and will be checked when the counter starts again.</source>
        <translation>Ein Verkauf wartet auf den Anbieter. Trotzdem beenden? Er ist gespeichert und wird beim nächsten Start geprüft.</translation>
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
        <translation>Leiter-PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="87" />
        <source>Manager PIN:</source>
        <translation>Leiter-PIN:</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="107" />
        <source>This plan is priced below the shop's cost. A manager must allow the sale.</source>
        <translation>Der Preis dieses Tarifs liegt unter dem Einkaufspreis. Der Verkauf muss mit der Leiter-PIN freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="130" />
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist nicht richtig.</translation>
    </message>
</context>
<context>
    <name>MethodButtons</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="75" />
        <source>How the customer pays</source>
        <translation>Wie der Kunde zahlt</translation>
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
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="52" />
        <source>Count the cash in the drawer before the first sale.</source>
        <translation>Zählen Sie vor dem ersten Verkauf das Bargeld in der Kasse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="54" />
        <source>Opening &amp;float</source>
        <translation>&amp;Wechselgeld zu Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="63" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="74" />
        <source>Type the float as an amount, e.g. 100, or 0 for none.</source>
        <translation>Geben Sie das Wechselgeld als Betrag ein, z. B. 100, oder 0 für keines.</translation>
    </message>
</context>
<context>
    <name>OwnerButton</name>
    <message>
        <location filename="../../app/ui/history.py" line="502" />
        <source>Show cost and margin</source>
        <translation>Einkaufspreis und Marge zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="509" />
        <source>Asks the manager PIN, then shows cost and margin until the window closes (Ctrl+M)</source>
        <translation>Fragt die Leiter-PIN ab und zeigt dann Einkaufspreis und Marge, bis das Fenster geschlossen wird (Strg+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="515" />
        <source>For the owner: asks for the manager PIN (Ctrl+M)</source>
        <translation>Für den Inhaber: fragt die Leiter-PIN ab (Strg+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="529" />
        <source>Cost and margin are for the owner.</source>
        <translation>Einkaufspreis und Marge sind nur für den Inhaber.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="32" />
        <source>&amp;Cash</source>
        <translation>&amp;Bar</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="33" />
        <source>C&amp;ard</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="34" />
        <source>&amp;Bank transfer</source>
        <translation>&amp;Überweisung</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="35" />
        <source>&amp;Other</source>
        <translation>&amp;Sonstige</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="38" />
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="39" />
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="40" />
        <source>bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="41" />
        <source>other</source>
        <translation>sonstige</translation>
    </message>
</context>
<context>
    <name>PendingList</name>
    <message>
        <location filename="../../app/ui/pending_list.py" line="38" />
        <location filename="../../app/ui/pending_list.py" line="42" />
        <source>Pending and unresolved sales</source>
        <translation>Ausstehende und offene Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="44" />
        <source>Enter shows a ready eSIM's QR code, or checks a sale that needs checking</source>
        <translation>Enter zeigt den QR-Code einer fertigen eSIM oder prüft einen Verkauf, der geprüft werden muss</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="50" />
        <location filename="../../app/ui/pending_list.py" line="145" />
        <source>Show QR</source>
        <translation>QR zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="104" />
        <source>✔ Ready — %1 (%2): select to show the QR</source>
        <translation>✔ Bereit — %1 (%2): auswählen, um den QR zu zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="110" />
        <source>⏳ Waiting for the provider — %1 (%2)</source>
        <translation>⏳ Wartet auf den Anbieter — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="115" />
        <source>⚠ Needs checking: outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ Zu prüfen: Ergebnis unbekannt, nicht erneut verkaufen — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="125" />
        <source>💵 Money owed to the customer: give back %3 — %1 (%2)</source>
        <translation>💵 Kunde bekommt Geld zurück: %3 zurückgeben — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="128" />
        <source>⚠ Needs checking: the customer is owed an eSIM or their money, %3. Outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ Zu prüfen: Der Kunde bekommt eine eSIM oder sein Geld, %3. Ausgang unbekannt, nicht erneut verkaufen — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="141" />
        <source>Hand back…</source>
        <translation>Zurückgeben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="143" />
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>PhoneCheckDialog</name>
    <message>
        <location filename="../../app/ui/phone_check.py" line="53" />
        <source>Phone check</source>
        <translation>Telefonprüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="58" />
        <source>Before paying, check with the traveller:</source>
        <translation>Prüfen Sie vor dem Bezahlen mit dem Reisenden:</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="64" />
        <source>1. Is the phone unlocked? It must take another network's SIM, not only its own operator's.</source>
        <translation>1. Ist das Telefon entsperrt (ohne SIM-Lock)? Es muss die SIM eines anderen Netzes annehmen, nicht nur die des eigenen Betreibers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="67" />
        <source>2. Can the model use an eSIM? Find it in the list below.</source>
        <translation>2. Kann das Modell eine eSIM nutzen? Suchen Sie es in der Liste unten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="69" />
        <source>3. Is its system new enough? iPhone: the iOS version shown here or later. Android: updates installed.</source>
        <translation>3. Ist das System aktuell genug? iPhone: die hier angezeigte iOS-Version oder neuer. Android: Updates installiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="81" />
        <source>Type the phone model, e.g. iPhone 13 or Pixel 8</source>
        <translation>Telefonmodell eingeben, z. B. iPhone 13 oder Pixel 8</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="82" />
        <source>Search the phone model</source>
        <translation>Telefonmodell suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="84" />
        <source>Up and Down pick a phone from the list; Enter answers Checked, OK</source>
        <translation>Auf und Ab wählen ein Telefon aus der Liste; Enter antwortet „Geprüft, OK“</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="89" />
        <source>eSIM-capable phones</source>
        <translation>eSIM-fähige Telefone</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="97" />
        <source>Not in the list? Ask the traveller to look on the phone: Settings → Mobile data (Cellular) → Add eSIM. No such option: not compatible.</source>
        <translation>Nicht in der Liste? Bitten Sie den Reisenden, auf dem Telefon nachzusehen: Einstellungen → Mobilfunk (Mobile Daten) → eSIM hinzufügen. Gibt es diese Option nicht: nicht kompatibel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="105" />
        <source>&amp;Checked — OK</source>
        <translation>&amp;Geprüft — OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="106" />
        <source>Checked, OK</source>
        <translation>Geprüft, OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="108" />
        <source>&amp;Not compatible</source>
        <translation>&amp;Nicht kompatibel</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="109" />
        <source>Not compatible</source>
        <translation>Nicht kompatibel</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="111" />
        <source>Stops the sale: nothing is charged or recorded</source>
        <translation>Bricht den Verkauf ab: Es wird nichts abgebucht oder gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="113" />
        <source>S&amp;kip the check</source>
        <translation>Prüfung ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="114" />
        <source>Skip the check</source>
        <translation>Prüfung überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="166" />
        <source>%1 — eSIM from %2 %3</source>
        <translation>%1 — eSIM ab %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="185" />
        <source>No phone of that name in the list.</source>
        <translation>Kein Telefon mit diesem Namen in der Liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/phone_check.py" line="187" />
        <source>%n phone(s) listed.</source>
        <translation>
            <numerusform>%n Telefon aufgeführt.</numerusform>
            <numerusform>%n Telefone aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="190" />
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
</context>
<context>
    <name>PhoneCheckStep</name>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="79" />
        <source>The list of eSIM phones is missing. Ask the traveller whether the phone takes an eSIM; the owner can switch the phone check off in Settings.</source>
        <translation>Die Liste der eSIM-Telefone fehlt. Fragen Sie den Reisenden, ob das Telefon eine eSIM nimmt; der Inhaber kann die Telefonprüfung in den Einstellungen ausschalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="100" />
        <source>Sale stopped: the traveller's phone cannot use an eSIM. Nothing was charged or recorded.</source>
        <translation>Verkauf abgebrochen: Das Telefon des Reisenden kann keine eSIM nutzen. Es wurde nichts abgebucht oder gespeichert.</translation>
    </message>
</context>
<context>
    <name>PhoneListRow</name>
    <message numerus="yes">
        <location filename="../../app/ui/phone_list_update.py" line="100" />
        <source>Phone list updated: %n phone(s). The next check uses it.</source>
        <translation>
            <numerusform>Telefonliste aktualisiert: %n Telefon. Die nächste Prüfung verwendet sie.</numerusform>
            <numerusform>Telefonliste aktualisiert: %n Telefone. Die nächste Prüfung verwendet sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneListUpdate</name>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="37" />
        <source>&amp;Update the phone list from a file…</source>
        <translation>Telefonliste aus Datei &amp;aktualisieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="41" />
        <source>Update the phone list from a file</source>
        <translation>Telefonliste aus Datei aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="44" />
        <source>A JSON list of eSIM-capable phones; the one shipped with the program serves until then</source>
        <translation>Eine JSON-Liste eSIM-fähiger Telefone; bis dahin gilt die mit dem Programm gelieferte</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="63" />
        <source>Phone list</source>
        <translation>Telefonliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="65" />
        <source>Phone lists (*.json)</source>
        <translation>Telefonlisten (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="80" />
        <source>The counter is not open yet, so there is no place to keep the list. Try again in a moment.</source>
        <translation>Der Counter ist noch nicht geöffnet, daher kann die Liste nirgends gespeichert werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="88" />
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="108" />
        <source>This file was refused: %1. The phone list in use was kept; ask for a corrected file.</source>
        <translation>Diese Datei wurde abgelehnt: %1. Die bisherige Telefonliste bleibt in Gebrauch; fordern Sie eine korrigierte Datei an.</translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="23" />
        <source>%n call minute(s)</source>
        <translation>
            <numerusform>%n Gesprächsminute</numerusform>
            <numerusform>%n Gesprächsminuten</numerusform>
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
            <numerusform>Netze in %n Land (zum Anzeigen mit der Maus darauf zeigen)</numerusform>
            <numerusform>Netze in %n Ländern (zum Anzeigen mit der Maus darauf zeigen)</numerusform>
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
        <translation>4G, kein 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="41" />
        <source>top-up possible</source>
        <translation>aufladbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="43" />
        <source>no top-up</source>
        <translation>nicht aufladbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="45" />
        <source>hotspot allowed</source>
        <translation>Hotspot erlaubt</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="52" />
        <source>Data only, no calls or SMS</source>
        <translation>Nur Daten, keine Anrufe oder SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="63" />
        <source>unlimited calls</source>
        <translation>unbegrenzte Anrufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="67" />
        <source>unlimited SMS</source>
        <translation>unbegrenzte SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="71" />
        <source>own phone number</source>
        <translation>eigene Telefonnummer</translation>
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
        <translation>Anrufe oder SMS enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="82" />
        <source>Validity starts at the first connection at the destination.</source>
        <translation>Die Gültigkeit beginnt mit der ersten Verbindung am Reiseziel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="86" />
        <source>Validity starts at installation: install it just before the trip.</source>
        <translation>Die Gültigkeit beginnt mit der Installation: kurz vor der Reise installieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="99" />
        <source>Networks: %1</source>
        <translation>Netze: %1</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../app/ui/plans_model.py" line="71" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="72" />
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="73" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="74" />
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="75" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="129" />
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="169" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>Unter dem Einkaufspreis: Verkauf nur mit Leiter-PIN.</translation>
    </message>
</context>
<context>
    <name>PlansPane</name>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="39" />
        <location filename="../../app/ui/plans_pane.py" line="61" />
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="41" />
        <source>Enter, a click or a double-click chooses a plan</source>
        <translation>Enter, ein Klick oder ein Doppelklick wählt einen Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="71" />
        <source>Data filter</source>
        <translation>Datenfilter</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="76" />
        <source>Validity filter</source>
        <translation>Gültigkeitsfilter</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>Any validity</source>
        <translation>Jede Gültigkeit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>%n+ day(s)</source>
        <translation>
            <numerusform>ab %n Tag</numerusform>
            <numerusform>ab %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="85" />
        <source>&amp;5G only</source>
        <translation>Nur &amp;5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="86" />
        <source>5G only</source>
        <translation>Nur 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="88" />
        <source>Shows only plans whose provider lists a 5G network</source>
        <translation>Zeigt nur Tarife, deren Anbieter ein 5G-Netz angibt</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="90" />
        <source>Top-&amp;up</source>
        <translation>&amp;Aufladbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="91" />
        <source>Top-up possible</source>
        <translation>Aufladbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="93" />
        <source>Shows only plans the counter can top up later</source>
        <translation>Zeigt nur Tarife, die der Counter später aufladen kann</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="95" />
        <source>Ca&amp;lls/SMS</source>
        <translation>Anrufe/&amp;SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="96" />
        <source>Calls or SMS</source>
        <translation>Anrufe oder SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="98" />
        <source>Shows only plans with calls, texts or a phone number</source>
        <translation>Zeigt nur Tarife mit Anrufen, SMS oder einer Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="138" />
        <source>Any data</source>
        <translation>Jedes Datenvolumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="140" />
        <source>Unlimited only</source>
        <translation>Nur unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="141" />
        <source>%1 GB or more</source>
        <translation>ab %1 GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="165" />
        <source>No 5G plans for %1.</source>
        <translation>Keine 5G-Tarife für %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="167" />
        <source>No plans for %1 can be topped up.</source>
        <translation>Keine Tarife für %1 sind aufladbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="169" />
        <source>No plans for %1 include calls or SMS.</source>
        <translation>Keine Tarife für %1 enthalten Anrufe oder SMS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="171" />
        <source>No plans for %1 match the filters.</source>
        <translation>Keine Tarife für %1 passen zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="173" />
        <source>Clear a filter to see the others.</source>
        <translation>Entfernen Sie einen Filter, um die anderen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="180" />
        <source>Plans for %1</source>
        <translation>Tarife für %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="182" />
        <source>Loading plans…</source>
        <translation>Tarife werden geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="191" />
        <source>No plans for this destination.</source>
        <translation>Keine Tarife für dieses Reiseziel.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="21" />
        <source>Every plan</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="22" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="23" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="24" />
        <source>Destination</source>
        <translation>Reiseziel</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="25" />
        <source>One plan</source>
        <translation>Einzelner Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="31" />
        <source>No rounding (cents up)</source>
        <translation>Nicht runden (nur Cent aufrunden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="32" />
        <source>Up to x.99</source>
        <translation>Auf x,99 aufrunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="33" />
        <source>Up to the next 0.50</source>
        <translation>Auf die nächsten 0,50 aufrunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="34" />
        <source>Up to a whole unit</source>
        <translation>Auf ganze Beträge aufrunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="35" />
        <source>Up to the next 250</source>
        <translation>Auf die nächsten 250 aufrunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="36" />
        <source>Up to the next 500</source>
        <translation>Auf die nächsten 500 aufrunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="37" />
        <source>Up to the next 1,000</source>
        <translation>Auf die nächsten 1.000 aufrunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="45" />
        <source>%1 must be a number such as 12.5, with a point and no thousands separator.</source>
        <translation>%1 muss eine Zahl wie 12.5 sein, mit Punkt und ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="118" />
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="119" />
        <source>Cost</source>
        <translation>Einkaufspreis</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="120" />
        <source>Retail</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="121" />
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="122" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="149" />
        <source>below cost</source>
        <translation>unter Einkaufspreis</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="51" />
        <source>Price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="63" />
        <source>The stored price list was damaged. Saving replaces it with this one.</source>
        <translation>Die gespeicherte Preisliste war beschädigt. Beim Speichern wird sie durch diese ersetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>This destination's plans priced</source>
        <translation>Die Tarife dieses Reiseziels mit ihren Preisen</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="85" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="95" />
        <source>This counter is in a chain: the price list the chain publishes replaces changes made here at the next pull (within a minute). To change the prices of every counter, the owner publishes a price list file with: esim-counter chain publish-prices FILE</source>
        <translation>Diese Kasse gehört zu einer Kette: Die Preisliste, die die Kette veröffentlicht, ersetzt hier gemachte Änderungen beim nächsten Abruf (innerhalb einer Minute). Um die Preise aller Kassen zu ändern, veröffentlicht der Inhaber eine Preislistendatei mit: esim-counter chain publish-prices FILE</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="100" />
        <source>The chain's price list</source>
        <translation>Die Preisliste der Kette</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="107" />
        <source>Rules (the most specific one wins)</source>
        <translation>Regeln (die genaueste gilt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="109" />
        <source>Preview: this destination's plans</source>
        <translation>Vorschau: Tarife dieses Reiseziels</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="129" />
        <location filename="../../app/ui/price_list_dialog.py" line="132" />
        <source>Sale currency</source>
        <translation>Verkaufswährung</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="133" />
        <source>Empty: sell each plan in the provider's currency</source>
        <translation>Leer: jeden Tarif in der Währung des Anbieters verkaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="138" />
        <location filename="../../app/ui/price_list_dialog.py" line="139" />
        <source>Wallet currency of the exchange rate</source>
        <translation>Guthabenwährung des Wechselkurses</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Sale currency for one unit</source>
        <translation>Verkaufswährung für eine Einheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="147" />
        <source>Warn when the rate is older than, in days</source>
        <translation>Warnen, wenn der Kurs älter ist als (Tage)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Tax rate in percent</source>
        <translation>MwSt.-Satz in Prozent</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Included in the prices</source>
        <translation>In den Preisen enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="151" />
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="157" />
        <source>Sale currency:</source>
        <translation>Verkaufswährung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="158" />
        <source>Exchange rate:</source>
        <translation>Wechselkurs:</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="159" />
        <source>Warn after (days):</source>
        <translation>Warnen nach (Tagen):</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="160" />
        <source>Tax included (%):</source>
        <translation>Enthaltene MwSt. (%):</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="190" />
        <source>The exchange rate</source>
        <translation>Der Wechselkurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="192" />
        <source>The exchange rate must be more than zero.</source>
        <translation>Der Wechselkurs muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="201" />
        <source>The tax rate</source>
        <translation>Der MwSt.-Satz</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="203" />
        <source>The tax rate must be from 0 to 100 %.</source>
        <translation>Der MwSt.-Satz muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="205" />
        <source>That is not a currency code such as USD or IQD.</source>
        <translation>Das ist kein Währungscode wie USD oder IQD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="235" />
        <source>set on %1</source>
        <translation>festgelegt am %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="237" />
        <source>(out of date)</source>
        <translation>(veraltet)</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="69" />
        <source>The price list is damaged, so the counter cannot work out prices. Ask the owner to open Counter → Price list and save it again.</source>
        <translation>Die Preisliste ist beschädigt, daher kann der Schalter keine Preise berechnen. Bitten Sie den Inhaber, Schalter → Preisliste zu öffnen und sie erneut zu speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="76" />
        <source>The price list has no exchange rate for this plan's currency. Ask the owner to set one in Counter → Price list.</source>
        <translation>Die Preisliste hat keinen Wechselkurs für die Währung dieses Tarifs. Bitten Sie den Inhaber, unter Schalter → Preisliste einen festzulegen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="81" />
        <source>This plan cannot be priced with the owner's price list. Ask the owner to check the price list.</source>
        <translation>Mit der Preisliste des Inhabers ergibt sich für diesen Tarif kein Preis. Bitten Sie den Inhaber, die Preisliste zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="89" />
        <source>The exchange rate is out of date. Ask the owner to update it in Counter → Price list.</source>
        <translation>Der Wechselkurs ist veraltet. Bitten Sie den Inhaber, ihn unter Schalter → Preisliste zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="50" />
        <source>This code is too long to show as a QR code.</source>
        <translation>Dieser Code ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="51" />
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="29" />
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="30" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="31" />
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="32" />
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="35" />
        <source>Tax no. %1</source>
        <translation>Steuer-Nr. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="36" />
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="37" />
        <source>Receipt no.</source>
        <translation>Bon-Nr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="38" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="39" />
        <source>Clerk</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="40" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="41" />
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="42" />
        <source>Tax %1%</source>
        <translation>MwSt. %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="43" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="44" />
        <source>Cash given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="45" />
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="46" />
        <source>Payment not recorded</source>
        <translation>Zahlung nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="47" />
        <source>eSIM (ICCID)</source>
        <translation>eSIM (ICCID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="48" />
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="49" />
        <source>Reprinted %1</source>
        <translation>Nachdruck vom %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="50" />
        <source>TRAINING — NOT A SALE</source>
        <translation>ÜBUNG — KEIN VERKAUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="51" />
        <source>Thank you for your purchase.</source>
        <translation>Vielen Dank für Ihren Einkauf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="52" />
        <source>Top-up for eSIM (ICCID)</source>
        <translation>Aufladung für eSIM (ICCID)</translation>
    </message>
</context>
<context>
    <name>ReceiptFlow</name>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="87" />
        <source>No sale has been delivered yet: nothing to print.</source>
        <translation>Noch kein Verkauf geliefert: nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="95" />
        <source>This sale has no install slip to print.</source>
        <translation>Zu diesem Verkauf gibt es keinen Installationszettel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="113" />
        <source>Only a delivered sale has a receipt.</source>
        <translation>Nur ein gelieferter Verkauf hat einen Beleg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="118" />
        <source>This sale was made before the counter kept retail prices, so it has no receipt. Write one by hand if the customer needs it.</source>
        <translation>Dieser Verkauf stammt aus der Zeit, bevor der Schalter Verkaufspreise speicherte, daher gibt es keinen Beleg. Schreiben Sie einen von Hand, wenn der Kunde ihn braucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="123" />
        <source>Receipts are switched off. Ask the shop owner to choose a printer in Settings → Receipts.</source>
        <translation>Belege sind ausgeschaltet. Bitten Sie den Inhaber, unter Einstellungen → Belege einen Drucker zu wählen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="144" />
        <source>The journal is not open yet. Try again in a moment.</source>
        <translation>Das Verkaufsjournal ist noch nicht geöffnet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="204" />
        <source>Receipt %1 printed.</source>
        <translation>Beleg %1 gedruckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="206" />
        <source>Install slip printed. Hand it over folded: it is private.</source>
        <translation>Installationszettel gedruckt. Gefaltet übergeben: er ist vertraulich.</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="58" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="138" />
        <source>Shop address</source>
        <translation>Adresse des Geschäfts</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="59" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="139" />
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="60" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="140" />
        <source>Counter name</source>
        <translation>Name der Kasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="62" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="141" />
        <source>Print receipts to</source>
        <translation>Belege drucken auf</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="64" />
        <source>Do not print receipts</source>
        <translation>Keine Belege drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="65" />
        <source>A printer of this computer</source>
        <translation>Einen Drucker dieses Computers</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="66" />
        <source>PDF files in a folder</source>
        <translation>PDF-Dateien in einem Ordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="67" />
        <source>A thermal receipt printer (ESC/POS)</source>
        <translation>Einen Thermo-Bondrucker (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="71" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="177" />
        <source>Folder for PDF receipts</source>
        <translation>Ordner für PDF-Belege</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="72" />
        <source>Documents/eSIM Counter receipts</source>
        <translation>Dokumente/eSIM Counter receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="73" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="74" />
        <source>Choose the folder for PDF receipts</source>
        <translation>Ordner für PDF-Belege auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="77" />
        <source>Thermal printer connection</source>
        <translation>Anschluss des Bondruckers</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="79" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="80" />
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="81" />
        <source>Serial port</source>
        <translation>Serielle Schnittstelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="85" />
        <source>Thermal printer address</source>
        <translation>Adresse des Bondruckers</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="88" />
        <source>Network: 192.168.1.50:9100. USB: vendor:product, such as 04b8:0e15. Serial: COM3.</source>
        <translation>Netzwerk: 192.168.1.50:9100. USB: Hersteller:Produkt, etwa 04b8:0e15. Seriell: COM3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="92" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="145" />
        <source>Paper width</source>
        <translation>Papierbreite</translation>
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
        <translation>Wann drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="98" />
        <source>After every delivered sale</source>
        <translation>Nach jedem gelieferten Verkauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="99" />
        <source>Only when the clerk presses Print</source>
        <translation>Nur wenn der Mitarbeiter „Drucken“ wählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="102" />
        <source>Offer an install slip (QR and codes) for travellers who install later</source>
        <translation>Reisenden, die später installieren, einen Installationszettel (QR und Codes) anbieten</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="105" />
        <source>Offer an install slip</source>
        <translation>Installationszettel anbieten</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="107" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="108" />
        <source>Print test receipt</source>
        <translation>Testbeleg drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="110" />
        <source>Prints a sample receipt where the settings above say, before saving.</source>
        <translation>Druckt einen Musterbeleg dorthin, wo es die Einstellungen oben angeben – schon vor dem Speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="126" />
        <source>This counter is in a chain: the shop name, address and tax number the chain publishes replace changes made here at the next pull (within a minute). The owner publishes them from their counter with: esim-counter chain publish-shop (and the clerks with: esim-counter chain publish-clerks)</source>
        <translation>Diese Kasse gehört zu einer Kette: Geschäftsname, Adresse und Steuernummer, die die Kette veröffentlicht, ersetzen hier gemachte Änderungen beim nächsten Abruf (innerhalb einer Minute). Der Inhaber veröffentlicht sie von seiner Kasse mit: esim-counter chain publish-shop (und die Mitarbeiter mit: esim-counter chain publish-clerks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="132" />
        <source>The chain's shop details</source>
        <translation>Die Geschäftsangaben der Kette</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="142" />
        <source>PDF folder</source>
        <translation>PDF-Ordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="143" />
        <source>Printer connection</source>
        <translation>Druckeranschluss</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="144" />
        <source>Printer address</source>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="146" />
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="170" />
        <source>192.168.1.50:9100</source>
        <translation>192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="171" />
        <source>04b8:0e15 (vendor:product)</source>
        <translation>04b8:0e15 (Hersteller:Produkt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="172" />
        <source>COM3 or /dev/ttyUSB0</source>
        <translation>COM3 oder /dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="201" />
        <source>The receipt's lines are one line of at most 200 characters each.</source>
        <translation>Die Angaben für den Beleg sind je eine Zeile mit höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="218" />
        <source>Printing a test receipt…</source>
        <translation>Testbeleg wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="231" />
        <source>The test receipt was sent to the printer.</source>
        <translation>Der Testbeleg wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="234" />
        <source>The test receipt was saved as %1.</source>
        <translation>Der Testbeleg wurde als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="29" />
        <location filename="../../app/ui/refund_dialog.py" line="30" />
        <location filename="../../app/ui/refund_dialog.py" line="65" />
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="40" />
        <source>eSIMs refunded</source>
        <translation>Erstattete eSIMs</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="45" />
        <source>Reason for the refund</source>
        <translation>Grund der Erstattung</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="46" />
        <source>Reason (required), e.g. trip cancelled</source>
        <translation>Grund (Pflichtangabe), z. B. Reise abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="48" />
        <source>&amp;Reason (required)</source>
        <translation>&amp;Grund (Pflichtangabe)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="50" />
        <source>The shop bears the cost (shop's own &amp;loss)</source>
        <translation>Das Geschäft trägt die Kosten (eigener &amp;Verlust)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="51" />
        <source>The shop bears the cost</source>
        <translation>Das Geschäft trägt die Kosten</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="52" />
        <source>Claim it from &amp;Octopus</source>
        <translation>Bei &amp;Octopus geltend machen</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="53" />
        <source>Claim it from Octopus</source>
        <translation>Bei Octopus geltend machen</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="56" />
        <source>Note for the owner</source>
        <translation>Notiz für den Inhaber</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="57" />
        <source>Note for the owner (the claim)</source>
        <translation>Notiz für den Inhaber (zur Forderung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="64" />
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="68" />
        <location filename="../../app/ui/refund_dialog.py" line="95" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="87" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <location filename="../../app/ui/refund_dialog.py" line="101" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="135" />
        <source>Type the reason for the refund first.</source>
        <translation>Geben Sie zuerst den Grund der Erstattung ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="144" />
        <source>Write a note for the owner about the claim.</source>
        <translation>Schreiben Sie eine Notiz für den Inhaber zur Forderung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="148" />
        <source>Refunding…</source>
        <translation>Wird erstattet…</translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="125" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>Der Counter startet noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="127" />
        <source>Checking with %1…</source>
        <translation>Wird bei %1 geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="142" />
        <source>eSIM %1: %2</source>
        <translation>eSIM %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="161" />
        <source>%1 goes back to the customer</source>
        <translation>%1 geht an den Kunden zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="163" />
        <source>: %1.</source>
        <translation>: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="167" />
        <source>%1 cannot cancel an eSIM. The counter refunds the customer as the shop's own loss, or records it as claimed from %1 with a note for the owner.</source>
        <translation>%1 kann keine eSIM stornieren. Der Counter erstattet dem Kunden den Betrag als eigenen Verlust des Geschäfts oder erfasst ihn als bei %1 geltend gemacht, mit einer Notiz für den Inhaber.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/refund_flow.py" line="172" />
        <source>Not installed. %1 cancels every eSIM of this sale that is not installed together: these %n eSIMs are refunded together.</source>
        <translation>
            <numerusform>Nicht installiert. %1 storniert alle nicht installierten eSIMs dieses Verkaufs gemeinsam: %n eSIM wird erstattet.</numerusform>
            <numerusform>Nicht installiert. %1 storniert alle nicht installierten eSIMs dieses Verkaufs gemeinsam: Diese %n eSIMs werden gemeinsam erstattet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="178" />
        <source>Not installed: %1 can cancel this eSIM and refund it.</source>
        <translation>Nicht installiert: %1 kann diese eSIM stornieren und erstatten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="227" />
        <source>Refunded as the shop's own loss. Give the customer %1 back.</source>
        <translation>Als eigener Verlust des Geschäfts erstattet. Geben Sie dem Kunden %1 zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="232" />
        <source>Refunded: %1 cancelled the eSIM. Give the customer %2 back.</source>
        <translation>Erstattet: %1 hat die eSIM storniert. Geben Sie dem Kunden %2 zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="238" />
        <source>Refunded and recorded as claimed from %1. Give the customer %2 back.</source>
        <translation>Erstattet und als bei %1 geltend gemacht erfasst. Geben Sie dem Kunden %2 zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="245" />
        <source>Refund requested: %1 cancelled the eSIM and confirms the refund later. Give the customer %2 back.</source>
        <translation>Erstattung angefordert: %1 hat die eSIM storniert und bestätigt die Erstattung später. Geben Sie dem Kunden %2 zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="253" />
        <source>%1 refused the refund. Nothing was refunded.</source>
        <translation>%1 hat die Erstattung abgelehnt. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="256" />
        <source>%1's answer was lost. The counter will check again; nothing is sent twice. Do not give the money back yet.</source>
        <translation>Die Antwort von %1 ist verloren gegangen. Der Counter prüft erneut; nichts wird doppelt gesendet. Geben Sie das Geld noch nicht zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="271" />
        <source>A refund that was under way when the counter last stopped has gone through: %1, sold %2.</source>
        <translation>Eine Erstattung, die beim letzten Beenden der Kasse noch lief, ist durchgegangen: %1, verkauft am %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="281" />
        <location filename="../../app/ui/refund_flow.py" line="287" />
        <source>A refund went through</source>
        <translation>Eine Erstattung ist durchgegangen</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="316" />
        <source>The refund is recorded, but its receipt did not print: %1</source>
        <translation>Die Erstattung ist erfasst, aber ihr Beleg wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="327" />
        <source>Refund receipt printed.</source>
        <translation>Erstattungsbeleg gedruckt.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="209" />
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="210" />
        <source>Print the report on the receipt printer</source>
        <translation>Bericht auf dem Belegdrucker drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="212" />
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="213" />
        <source>Save the report as a PDF file</source>
        <translation>Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="215" />
        <location filename="../../app/ui/shift_dialogs.py" line="216" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="143" />
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Which</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Markup</source>
        <translation>Aufschlag</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="47" />
        <location filename="../../app/ui/price_rules_editor.py" line="71" />
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="54" />
        <source>Price rules</source>
        <translation>Preisregeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="58" />
        <source>Rule applies to</source>
        <translation>Regel gilt für</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="60" />
        <source>octopus, europe, TR or a plan id</source>
        <translation>octopus, europe, TR oder eine Tarif-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="61" />
        <source>Which provider, region, destination or plan</source>
        <translation>Anbieter, Region, Reiseziel oder Tarif, für den die Regel gilt</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="64" />
        <source>Markup in percent</source>
        <translation>Aufschlag in Prozent</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="67" />
        <source>Fixed markup in the sale currency</source>
        <translation>Fester Aufschlag in der Verkaufswährung</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="72" />
        <source>&amp;Add or replace rule</source>
        <translation>Regel &amp;hinzufügen oder ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="73" />
        <source>Add or replace rule</source>
        <translation>Regel hinzufügen oder ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="75" />
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="76" />
        <source>Remove the selected rule</source>
        <translation>Ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="116" />
        <source>Say which provider, region, destination or plan the rule is for.</source>
        <translation>Geben Sie an, für welchen Anbieter, welche Region, welches Reiseziel oder welchen Tarif die Regel gilt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="118" />
        <source>The markup</source>
        <translation>Der Aufschlag</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="121" />
        <source>The markup must be above -100 % and at most %1 %.</source>
        <translation>Der Aufschlag muss über -100 % und höchstens %1 % betragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="125" />
        <source>The fixed markup</source>
        <translation>Der feste Aufschlag</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="137" />
        <source>A sale of this same plan is still unresolved. Sell again only if you are sure the customer did not get that eSIM.</source>
        <translation>Ein Verkauf dieses Tarifs ist noch offen. Nur erneut verkaufen, wenn sicher ist, dass der Kunde diese eSIM nicht erhalten hat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="160" />
        <source>This plan would sell below what it costs the shop. Ask the owner to change the price list.</source>
        <translation>Dieser Tarif würde unter dem Einkaufspreis verkauft. Bitten Sie den Inhaber, die Preisliste zu ändern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="232" />
        <source>Sold. The QR code is on the customer display.</source>
        <translation>Verkauft. Der QR-Code steht auf der Kundenanzeige.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="241" />
        <source>Paid; the provider is still preparing the eSIM. You will be told here when it is ready.</source>
        <translation>Bezahlt; der Anbieter bereitet die eSIM noch vor. Sie werden hier benachrichtigt, sobald sie bereit ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="257" />
        <source>The provider refused the sale: %1</source>
        <translation>Der Anbieter hat den Verkauf abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="258" />
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="263" />
        <source>Not sold. %1</source>
        <translation>Nicht verkauft. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="406" />
        <source>Checking the sale with the provider…</source>
        <translation>Verkauf wird beim Anbieter geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="440" />
        <source>A top-up went through: eSIM %1 has its %2.</source>
        <translation>Eine Aufladung ist durchgegangen: eSIM %1 hat jetzt %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="448" />
        <source>An eSIM is ready: select it in the pending list to show the QR code.</source>
        <translation>Eine eSIM ist bereit: in der Liste der ausstehenden Verkäufe auswählen, um den QR-Code zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="469" />
        <source>A sale was not completed: %1</source>
        <translation>Ein Verkauf wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="470" />
        <source>no money moved</source>
        <translation>es wurde kein Geld abgebucht</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="49" />
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="77" />
        <source>will be removed</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>will be replaced</source>
        <translation>wird ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>stored ✓</source>
        <translation>gespeichert ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Type a new value to replace it</source>
        <translation>Neuen Wert eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>SecretMessages</name>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="22" />
        <source>eSIMfly access code</source>
        <translation>eSIMfly-Zugangscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="23" />
        <source>eSIMfly secret key</source>
        <translation>eSIMfly-Geheimschlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="24" />
        <source>Octopus API key</source>
        <translation>Octopus-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="25" />
        <source>Octopus API secret</source>
        <translation>Octopus-API-Geheimnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="30" />
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="33" />
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="34" />
        <source>Secret Service (GNOME Keyring)</source>
        <translation>Secret Service (GNOME-Schlüsselbund)</translation>
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
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="67" />
        <source>Use Windows Credential Manager, the macOS Keychain, or GNOME Keyring or KWallet on Linux.</source>
        <translation>Verwenden Sie die Windows-Anmeldeinformationsverwaltung, den macOS-Schlüsselbund oder unter Linux GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="73" />
        <source>Provider secrets are kept in %1.</source>
        <translation>Die Zugangsdaten der Anbieter liegen in: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="77" />
        <source>The only keyring on this computer keeps secrets in a file, which the counter does not use. No safe keyring is available, so no secrets are kept.</source>
        <translation>Der einzige Schlüsselbund auf diesem Computer speichert Geheimnisse in einer Datei; diesen nutzt der Counter nicht. Kein sicherer Schlüsselbund verfügbar, daher werden keine Geheimnisse gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="84" />
        <source>The keyring on this computer (%1) is not one the counter knows to be safe, so no secrets are kept.</source>
        <translation>Der Schlüsselbund auf diesem Computer (%1) ist dem Counter nicht als sicher bekannt, daher werden keine Geheimnisse gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="93" />
        <source>The keyring (%1) is locked or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>Der Schlüsselbund (%1) ist gesperrt oder verweigert den Zugriff. Entsperren Sie ihn oder melden Sie sich ab und wieder an, dann erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="99" />
        <source>No safe keyring is available on this computer, so the counter cannot keep provider secrets.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar, daher kann der Counter keine Zugangsdaten der Anbieter speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="118" />
        <source>The field is empty; nothing was stored.</source>
        <translation>Das Feld ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="124" />
        <source>The keyring is locked, or its unlock prompt was dismissed. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, oder die Entsperrabfrage wurde geschlossen. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="129" />
        <source>The keyring failed or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen oder verweigert den Zugriff. Entsperren Sie ihn oder melden Sie sich ab und wieder an, dann erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="135" />
        <source>The keyring could not be used.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="139" />
        <source>%1: not stored.</source>
        <translation>%1: nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="140" />
        <source>%1: could not be read.</source>
        <translation>%1: konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="141" />
        <source>%1: not removed.</source>
        <translation>%1: nicht entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="150" />
        <source>Missing from the keyring: %1. Enter it in Settings, or run: %2</source>
        <translation>Fehlt im Schlüsselbund: %1. In den Einstellungen eingeben oder ausführen: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="181" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="185" />
        <source>Enter the PIN.</source>
        <translation>Geben Sie die PIN ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="187" />
        <source>The PIN must contain digits only (0-9).</source>
        <translation>Die PIN darf nur Ziffern (0-9) enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="191" />
        <source>The PIN must be %1 to %2 digits long.</source>
        <translation>Die PIN muss %1 bis %2 Ziffern lang sein.</translation>
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
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="81" />
        <location filename="../../app/ui/sell_panel.py" line="193" />
        <source>Choose a destination and a plan.</source>
        <translation>Reiseziel und Tarif wählen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="113" />
        <source>Number of eSIMs</source>
        <translation>Anzahl der eSIMs</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="115" />
        <source>eSIMs</source>
        <translation>eSIMs</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="121" />
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="139" />
        <source>Show QR again</source>
        <translation>QR erneut zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="204" />
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="248" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>Unter dem Einkaufspreis: Verkauf nur mit Leiter-PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="311" />
        <source>Selling… %1 s</source>
        <translation>Verkauf läuft… %1 s</translation>
    </message>
</context>
<context>
    <name>SendEmailDialog</name>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="46" />
        <location filename="../../app/ui/email_dialog.py" line="47" />
        <source>Send the eSIM by e-mail</source>
        <extracomment>Sent and journalled: the address as sent.</extracomment>
        <translation>eSIM per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="62" />
        <source>Octopus Cards e-mails the eSIM %1 to the traveller, to install later from another screen. Type their address and check it with them.</source>
        <translation>Octopus Cards sendet die eSIM %1 per E-Mail an den Reisenden, zur späteren Installation über einen anderen Bildschirm. Geben Sie die Adresse ein und prüfen Sie sie mit dem Reisenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="67" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="70" />
        <source>The traveller's e-mail address</source>
        <translation>E-Mail-Adresse des Reisenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="82" />
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="83" />
        <source>Send the e-mail</source>
        <translation>E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="107" />
        <source>The counter is not ready yet; try again in a moment.</source>
        <translation>Der Counter ist noch nicht bereit; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="114" />
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="125" />
        <source>Type the traveller's e-mail address first.</source>
        <translation>Geben Sie zuerst die E-Mail-Adresse des Reisenden ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="127" />
        <source>An e-mail address has no spaces. Check it with the traveller.</source>
        <translation>Eine E-Mail-Adresse hat keine Leerzeichen. Prüfen Sie sie mit dem Reisenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="129" />
        <source>An e-mail address has one @, like name@example.com. Check it.</source>
        <translation>Eine E-Mail-Adresse hat genau ein @, wie name@example.com. Prüfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="132" />
        <source>The part after @ is not a mail domain like example.com. Check it with the traveller.</source>
        <translation>Der Teil nach dem @ ist keine Mail-Domain wie example.com. Prüfen Sie sie mit dem Reisenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="136" />
        <source>This address is too long for e-mail. Check it with the traveller.</source>
        <translation>Diese Adresse ist für E-Mail zu lang. Prüfen Sie sie mit dem Reisenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="138" />
        <source>The part before @ has characters an e-mail address cannot have. Check it with the traveller.</source>
        <translation>Der Teil vor dem @ enthält Zeichen, die in einer E-Mail-Adresse nicht vorkommen dürfen. Prüfen Sie sie mit dem Reisenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="153" />
        <source>Octopus Cards did not accept this address. Check it with the traveller and send again.</source>
        <translation>Octopus Cards hat diese Adresse nicht angenommen. Prüfen Sie sie mit dem Reisenden und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="158" />
        <source>Octopus Cards does not know this order, so it cannot e-mail it. Show the QR code instead.</source>
        <translation>Octopus Cards kennt diese Bestellung nicht und kann sie daher nicht per E-Mail senden. Zeigen Sie stattdessen den QR-Code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="162" />
        <source>Not sent. %1</source>
        <translation>Nicht gesendet. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="165" />
        <source>Not sent: something went wrong. Try again, or show the QR code.</source>
        <translation>Nicht gesendet: Etwas ist schiefgegangen. Versuchen Sie es erneut oder zeigen Sie den QR-Code.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="34" />
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="102" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Checking the keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142" />
        <source>With no account switched on, the counter runs in training mode.</source>
        <translation>Ist kein Konto eingeschaltet, läuft der Schalter im Übungsmodus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="44" />
        <location filename="../../app/ui/settings_tabs.py" line="60" />
        <source>Shop name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="45" />
        <location filename="../../app/ui/settings_tabs.py" line="61" />
        <source>Clerk</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="65" />
        <source>in each account's wallet currency (USD 50, EUR 50…)</source>
        <translation>in der Guthabenwährung des jeweiligen Kontos (USD 50, EUR 50…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="47" />
        <location filename="../../app/ui/settings_tabs.py" line="74" />
        <source>Warn when a balance is below</source>
        <translation>Warnen, wenn ein Guthaben unter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="49" />
        <location filename="../../app/ui/settings_tabs.py" line="76" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="89" />
        <location filename="../../app/ui/settings_tabs.py" line="93" />
        <source>Ask the phone check before each sale</source>
        <translation>Vor jedem Verkauf die Telefonprüfung abfragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="112" />
        <source>Automatic (second screen if there is one)</source>
        <translation>Automatisch (zweiter Bildschirm, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="127" />
        <source>Close the customer display after</source>
        <translation>Kundenanzeige schließen nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="130" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="131" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="185" />
        <source>Touch mode: larger buttons and rows, lists scroll by dragging</source>
        <translation>Touch-Modus: größere Schaltflächen und Zeilen, Listen per Wischen scrollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="191" />
        <source>Touch mode</source>
        <translation>Touch-Modus</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="197" />
        <location filename="../../app/ui/settings_tabs.py" line="213" />
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="199" />
        <source>The size of all text, from 100 to 200 percent</source>
        <translation>Die Größe aller Texte, von 100 bis 200 Prozent</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="204" />
        <source>Both apply to every window as soon as the settings are saved.</source>
        <translation>Beides gilt für alle Fenster, sobald die Einstellungen gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="123" />
        <location filename="../../app/ui/settings_tabs.py" line="136" />
        <source>Customer display on</source>
        <translation>Kundenanzeige auf</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="139" />
        <source>Close it after</source>
        <translation>Schließen nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="149" />
        <source>Repeat the new PIN</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="155" />
        <source>Type a new PIN to change it</source>
        <translation>Neue PIN eingeben, um sie zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="157" />
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="160" />
        <source>Ask for the manager PIN before settings open</source>
        <translation>Vor dem Öffnen der Einstellungen nach der Leiter-PIN fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="147" />
        <location filename="../../app/ui/settings_tabs.py" line="168" />
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="169" />
        <source>Repeat it</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="158" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159" />
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160" />
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="161" />
        <source>Manager PIN</source>
        <translation>Leiter-PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="163" />
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165" />
        <source>Clerks</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231" />
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="236" />
        <source>Connected. Balance: %1</source>
        <translation>Verbunden. Guthaben: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="263" />
        <source>The balance warning must be an amount, like 50.</source>
        <translation>Die Guthabenwarnung muss ein Betrag sein, z. B. 50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="278" />
        <source>The shop name and the clerk are one line of at most 200 characters.</source>
        <translation>Name des Geschäfts und Mitarbeiter sind je eine Zeile mit höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="298" />
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="303" />
        <source>Type a PIN to switch the PIN on.</source>
        <translation>Eine PIN eingeben, um die PIN einzuschalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="328" />
        <source>Testing the connection before saving…</source>
        <translation>Verbindung wird vor dem Speichern getestet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="359" />
        <source>Not saved. Correct the account, or switch it off.</source>
        <translation>Nicht gespeichert. Korrigieren Sie das Konto oder schalten Sie es aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="367" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="29" />
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="30" />
        <source>The connection test failed:
%1

Save anyway? The counter will show REAL — NOT CONNECTED until it connects.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen:
%1

Trotzdem speichern? Der Counter zeigt ECHT — NICHT VERBUNDEN, bis er sich verbindet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="39" />
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="42" />
        <source>Go back</source>
        <translation>Zurück</translation>
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
        <translation>Leiter-PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="50" />
        <source>Manager PIN:</source>
        <translation>Leiter-PIN:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="67" />
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist nicht richtig.</translation>
    </message>
</context>
<context>
    <name>SetupMessages</name>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="21" />
        <source>Enter the provider's address; it must start with https://</source>
        <translation>Geben Sie die Adresse des Anbieters ein; sie muss mit https:// beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="24" />
        <source>The address must not contain spaces or backslashes.</source>
        <translation>Die Adresse darf keine Leerzeichen oder Backslashes enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="27" />
        <source>The address is not a valid web address.</source>
        <translation>Die Adresse ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="30" />
        <source>The address must start with https://</source>
        <translation>Die Adresse muss mit https:// beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="33" />
        <source>The address has no server name after https://</source>
        <translation>Die Adresse hat nach https:// keinen Servernamen</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="36" />
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="39" />
        <source>The address must not contain '?' or '#'.</source>
        <translation>Die Adresse darf weder '?' noch '#' enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="42" />
        <source>The address must start with https:// (http:// is only allowed for this computer itself, such as http://127.0.0.1:8000).</source>
        <translation>Die Adresse muss mit https:// beginnen (http:// ist nur für diesen Computer selbst erlaubt, etwa http://127.0.0.1:8000).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="53" />
        <source>%1: the wallet currency must be a three-letter code such as USD.</source>
        <translation>%1: Die Guthabenwährung muss ein Code aus drei Buchstaben sein, etwa USD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="58" />
        <source>%1: the address is not usable. %2</source>
        <translation>%1: Die Adresse ist nicht verwendbar. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="73" />
        <source>The disk is full, so the sales journal cannot be written. Nothing was sent. Free some space, then try again.</source>
        <translation>Der Datenträger ist voll, das Verkaufsjournal kann nicht geschrieben werden. Es wurde nichts gesendet. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="79" />
        <source>The sales journal at %1 cannot be written. Nothing was sent. Make sure this user may write to its folder, then start the counter again.</source>
        <translation>Das Verkaufsjournal unter %1 kann nicht geschrieben werden. Es wurde nichts gesendet. Sorgen Sie dafür, dass dieser Benutzer in seinen Ordner schreiben darf, und starten Sie den Counter neu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="85" />
        <source>The sales journal at %1 is damaged. It was left untouched. Restart the counter to restore a backup or start a new journal.</source>
        <translation>Das Verkaufsjournal unter %1 ist beschädigt. Es wurde nicht verändert. Starten Sie den Counter neu, um eine Sicherung wiederherzustellen oder ein neues Journal zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="90" />
        <source>The sales journal cannot be used, so nothing was sent. Do not sell until it is fixed; the details are in the log file.</source>
        <translation>Das Verkaufsjournal ist nicht verwendbar, daher wurde nichts gesendet. Verkaufen Sie nicht, bis es behoben ist; Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="56" />
        <location filename="../../app/ui/sign_in_dialog.py" line="60" />
        <source>Clerk name</source>
        <translation>Name des Mitarbeiters</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="57" />
        <source>Pick a name from the list or type it</source>
        <translation>Namen aus der Liste wählen oder eingeben</translation>
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
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="70" />
        <location filename="../../app/ui/sign_in_dialog.py" line="72" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="79" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="81" />
        <source>Quit the counter</source>
        <translation>Counter beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="85" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="98" />
        <source>Type or pick your name first.</source>
        <translation>Geben Sie zuerst Ihren Namen ein oder wählen Sie ihn aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="102" />
        <source>Type your PIN, then press Enter.</source>
        <translation>Geben Sie Ihre PIN ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="112" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app/ui/single_instance.py" line="109" />
        <source>eSIM Counter was started again: this is the one already open.</source>
        <translation>eSIM Counter wurde erneut gestartet: Dies ist das bereits geöffnete Fenster.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="120" />
        <source>eSIM Counter is already open. Its window has been brought to the front; if you do not see it, click it on the taskbar.</source>
        <translation>eSIM Counter ist bereits geöffnet. Das Fenster wurde nach vorne geholt; wenn Sie es nicht sehen, klicken Sie es in der Taskleiste an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="126" />
        <source>eSIM Counter is already open but is not answering. Wait a moment; if its window does not come back, close it from the taskbar and start it again.</source>
        <translation>eSIM Counter ist bereits geöffnet, antwortet aber nicht. Warten Sie einen Moment; erscheint das Fenster nicht wieder, schließen Sie es über die Taskleiste und starten Sie es neu.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="48" />
        <source>Chain sync</source>
        <translation>Kettensynchronisierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="63" />
        <source>Chain: pushing…</source>
        <translation>Kette: wird übertragen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="100" />
        <source>Chain: status unknown</source>
        <translation>Kette: Status unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="101" />
        <source>The sync status could not be read.</source>
        <translation>Der Synchronisierungsstatus konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="129" />
        <source>Chain: in sync</source>
        <translation>Kette: synchron</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="132" />
        <source>Chain: checking…</source>
        <translation>Kette: wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="133" />
        <source>Chain: %n row(s) waiting</source>
        <translation>
            <numerusform>Kette: %n Zeile wartet</numerusform>
            <numerusform>Kette: %n Zeilen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="135" />
        <source>Offline — selling on; %n row(s) waiting</source>
        <translation>
            <numerusform>Offline — Verkauf geht weiter; %n Zeile wartet</numerusform>
            <numerusform>Offline — Verkauf geht weiter; %n Zeilen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="137" />
        <source>; prices from %1</source>
        <translation>; Preisstand: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="142" />
        <source>Last push: %1</source>
        <translation>Letzte Übertragung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="144" />
        <source>Nothing pushed yet.</source>
        <translation>Noch nichts übertragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="147" />
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="148" />
        <source>Click to push now.</source>
        <translation>Klicken, um jetzt zu übertragen.</translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../../app/ui/till_menu.py" line="79" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>Der Counter startet noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="122" />
        <source>Shift %1 is already open; close it (Z) before opening another.</source>
        <translation>Schicht %1 ist bereits offen; schließen Sie sie (Z), bevor Sie eine neue öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="137" />
        <source>Shift %1 is open with a float of %2.</source>
        <translation>Schicht %1 ist mit %2 Wechselgeld geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="147" />
        <source>No shift is open. Open a shift with its float first (Till menu).</source>
        <translation>Keine Schicht ist offen. Öffnen Sie zuerst eine Schicht mit ihrem Wechselgeld (Menü Kasse).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="161" />
        <source>Pay-in of %1 recorded.</source>
        <translation>Einlage von %1 erfasst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="163" />
        <source>Pay-out of %1 recorded.</source>
        <translation>Entnahme von %1 erfasst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="178" />
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="180" />
        <source>X report, shift %1: %2 expected in the drawer</source>
        <translation>X-Bericht, Schicht %1: %2 in der Kasse erwartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="221" />
        <source>Z report %1</source>
        <translation>Z-Bericht %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="222" />
        <source>Z %1 written. Counted %2, expected %3, difference %4.</source>
        <translation>Z %1 erstellt. Gezählt %2, erwartet %3, Differenz %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="241" />
        <source>Report printed.</source>
        <translation>Bericht gedruckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="243" />
        <source>Report saved as %1.</source>
        <translation>Bericht als %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="255" />
        <source>No receipt printer is set up (Settings › Receipts).</source>
        <translation>Kein Belegdrucker eingerichtet (Einstellungen › Belege).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="269" />
        <source>Saved as %1.</source>
        <translation>Als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>TillMenu</name>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="37" />
        <source>A refund needs a manager.</source>
        <translation>Für eine Erstattung ist ein Leiter nötig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="38" />
        <source>Closing the shift (Z) needs a manager.</source>
        <translation>Für den Schichtabschluss (Z) ist ein Leiter nötig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="65" />
        <source>&amp;Till</source>
        <translation>&amp;Kasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="68" />
        <source>&amp;Open shift…</source>
        <translation>Schicht &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="69" />
        <source>Pay &amp;in…</source>
        <translation>&amp;Einlage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="70" />
        <source>Pay o&amp;ut…</source>
        <translation>E&amp;ntnahme…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="72" />
        <source>&amp;X report…</source>
        <translation>&amp;X-Bericht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="74" />
        <source>&amp;Close shift (Z)…</source>
        <translation>Schicht &amp;schließen (Z)…</translation>
    </message>
</context>
<context>
    <name>TillReport</name>
    <message>
        <location filename="../../app/ui/till_docs.py" line="26" />
        <source>X REPORT</source>
        <translation>X-BERICHT</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="27" />
        <source>Z REPORT</source>
        <translation>Z-BERICHT</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="28" />
        <source>Z %1</source>
        <translation>Z %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="29" />
        <source>Corrects Z %1: %2</source>
        <translation>Korrigiert Z %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="30" />
        <source>Shift %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="31" />
        <source>Opened %1 by %2</source>
        <translation>Geöffnet am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="32" />
        <source>Made %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="33" />
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="34" />
        <source>Number of sales</source>
        <translation>Anzahl Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="35" />
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="36" />
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="37" />
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="38" />
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="39" />
        <source>Takings (sales less refunds)</source>
        <translation>Einnahmen (Verkäufe abzüglich Erstattungen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="40" />
        <source>Delivered sales without a price: %1</source>
        <translation>Gelieferte Verkäufe ohne Preis: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="41" />
        <source>By payment method</source>
        <translation>Nach Zahlart</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="42" />
        <source>%1 refunded</source>
        <translation>%1 erstattet</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="43" />
        <source>By clerk</source>
        <translation>Nach Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="44" />
        <source>(no clerk)</source>
        <translation>(kein Mitarbeiter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="45" />
        <source>%1: %2 sale(s)</source>
        <translation>%1: %2 Verkauf/Verkäufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="46" />
        <source>%1: %2 refund(s)</source>
        <translation>%1: %2 Erstattung(en)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="47" />
        <source>Refund of %1 (%2)</source>
        <translation>Erstattung von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="48" />
        <source>Pay-ins and pay-outs</source>
        <translation>Einlagen und Entnahmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="49" />
        <source>Pay-in: %1</source>
        <translation>Einlage: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="50" />
        <source>Pay-out: %1</source>
        <translation>Entnahme: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="51" />
        <source>Cash drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="52" />
        <source>Opening float</source>
        <translation>Wechselgeld zu Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="53" />
        <source>Cash taken</source>
        <translation>Bar eingenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="54" />
        <source>Cash refunded</source>
        <translation>Bar erstattet</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="55" />
        <source>Cash handed back</source>
        <translation>Bar zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="56" />
        <source>Pay-ins</source>
        <translation>Einlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="57" />
        <source>Pay-outs</source>
        <translation>Entnahmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="58" />
        <source>Expected in the drawer</source>
        <translation>Erwartet in der Kasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="59" />
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="60" />
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="61" />
        <source>Still owed to customers (in the drawer)</source>
        <translation>Kunden noch geschuldet (in der Kasse)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="62" />
        <source>Paid, not delivered yet (in the drawer)</source>
        <translation>Bezahlt, noch nicht geliefert (in der Kasse)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="63" />
        <source>Provider balances</source>
        <translation>Guthaben bei Anbietern</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="64" />
        <source>%1 at opening</source>
        <translation>%1 zu Schichtbeginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="65" />
        <source>%1 now</source>
        <translation>%1 jetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="66" />
        <source>not read</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="67" />
        <source>%1 balance used</source>
        <translation>Verbrauchtes Guthaben bei %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="68" />
        <source>%1 charged less refunded</source>
        <translation>Bei %1 abgebucht abzüglich Erstattungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="69" />
        <source>%1 difference</source>
        <translation>Differenz bei %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="70" />
        <source>May explain it: %1 — %2</source>
        <translation>Mögliche Erklärung: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="71" />
        <source>Other currencies (not added up)</source>
        <translation>Andere Währungen (nicht summiert)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="72" />
        <source>TRAINING — NOT REAL MONEY</source>
        <translation>ÜBUNG — KEIN ECHTES GELD</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="73" />
        <source>REFUND</source>
        <translation>ERSTATTUNG</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="74" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="75" />
        <source>Clerk</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="76" />
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="77" />
        <source>eSIM %1</source>
        <translation>eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="78" />
        <source>Paid back by %1</source>
        <translation>Zurückgezahlt (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="79" />
        <source>Total paid back</source>
        <translation>Insgesamt zurückgezahlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="80" />
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="83" />
        <source>outcome not known yet</source>
        <translation>Ergebnis noch unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="84" />
        <source>sent, no answer yet</source>
        <translation>gesendet, noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="85" />
        <source>pending at the provider</source>
        <translation>beim Anbieter ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="86" />
        <source>charge not known</source>
        <translation>Abbuchung unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="87" />
        <source>refund not yet back on the balance</source>
        <translation>Erstattung noch nicht wieder im Guthaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="88" />
        <source>another currency</source>
        <translation>andere Währung</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="89" />
        <source>owed</source>
        <translation>geschuldet</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="90" />
        <source>not delivered</source>
        <translation>nicht geliefert</translation>
    </message>
</context>
<context>
    <name>TopupDialog</name>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="47" />
        <source>Top up an eSIM</source>
        <extracomment>The clerk chose a package and a quantity: (TopupPackage, int).</extracomment>
        <translation>eSIM aufladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="52" />
        <source>Top up eSIM %1</source>
        <translation>eSIM %1 aufladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="62" />
        <source>Asking eSIMfly which top-ups this eSIM can take…</source>
        <translation>eSIMfly wird gefragt, welche Aufladungen für diese eSIM möglich sind…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="71" />
        <source>Top-ups for this eSIM</source>
        <translation>Aufladungen für diese eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="73" />
        <source>Use the arrow keys to choose a top-up, then press Enter to take payment.</source>
        <translation>Wählen Sie mit den Pfeiltasten eine Aufladung und drücken Sie dann Enter, um die Zahlung zu kassieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Top-up</source>
        <translation>Aufladung</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="93" />
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="95" />
        <source>How many times this top-up is added to the eSIM.</source>
        <translation>Wie oft diese Aufladung der eSIM hinzugefügt wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="98" />
        <source>&amp;Quantity</source>
        <translation>A&amp;nzahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="110" />
        <source>Take payment…</source>
        <translation>Zahlung kassieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="113" />
        <source>Take payment for the chosen top-up</source>
        <translation>Zahlung für die gewählte Aufladung kassieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="116" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="145" />
        <source>no price: see the price list</source>
        <translation>kein Preis: siehe Preisliste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/topup_dialog.py" line="148" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="157" />
        <source>Choose a top-up, then take payment.</source>
        <translation>Wählen Sie eine Aufladung, dann kassieren Sie die Zahlung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="161" />
        <source>eSIMfly offers no top-up for this eSIM.</source>
        <translation>eSIMfly bietet für diese eSIM keine Aufladung an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="175" />
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
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
        <translation>Der Counter startet noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="130" />
        <source>Sold as: %1</source>
        <translation>Verkauft als: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="171" />
        <source>Take payment for a top-up</source>
        <translation>Zahlung für eine Aufladung kassieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="175" />
        <source>Take payment, then top up eSIM %1?</source>
        <translation>Zahlung kassieren, dann eSIM %1 aufladen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="179" />
        <location filename="../../app/ui/topup_flow.py" line="180" />
        <source>Top up now</source>
        <translation>Jetzt aufladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="190" />
        <source>Topping up the eSIM…</source>
        <translation>eSIM wird aufgeladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="210" />
        <source>Not topped up. %1</source>
        <translation>Nicht aufgeladen. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="218" />
        <source>Outcome unknown: do not top up this eSIM again until the sale is checked. It is in the list of sales that need attention.</source>
        <translation>Ergebnis unbekannt: Laden Sie diese eSIM nicht erneut auf, bis der Verkauf geprüft ist. Er steht in der Liste der Verkäufe, die Aufmerksamkeit brauchen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="235" />
        <source>Topped up: %1 added to eSIM %2 (%3 paid).</source>
        <translation>Aufgeladen: %1 zur eSIM %2 hinzugefügt (%3 bezahlt).</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="244" />
        <source>Top-up</source>
        <translation>Aufladung</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="250" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Waits</name>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="162" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="165" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <location filename="../../app/ui/lookup_text.py" line="94" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="97" />
        <source>less than a day left</source>
        <translation>noch weniger als ein Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="100" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>ZCloseDialog</name>
    <message>
        <location filename="../../app/ui/z_close.py" line="32" />
        <source>Close shift %1 (Z)</source>
        <translation>Schicht %1 schließen (Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="36" />
        <source>Count the cash in the drawer and type what you counted.</source>
        <translation>Zählen Sie das Bargeld in der Kasse und geben Sie den gezählten Betrag ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="38" />
        <source>&amp;Counted cash</source>
        <translation>&amp;Gezähltes Bargeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="50" />
        <location filename="../../app/ui/z_close.py" line="54" />
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="52" />
        <source>Expected in the drawer</source>
        <translation>Erwartet in der Kasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="53" />
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="59" />
        <source>The Z report gets the next number and can never be changed afterwards.</source>
        <translation>Der Z-Bericht erhält die nächste Nummer und kann danach nie mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="65" />
        <source>Close shift</source>
        <translation>Schicht schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="67" />
        <source>Close shift and write the Z report</source>
        <translation>Schicht schließen und Z-Bericht erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="70" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="94" />
        <source>%1 short</source>
        <translation>%1 zu wenig</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="97" />
        <source>%1 over</source>
        <translation>%1 zu viel</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="100" />
        <source>None: the drawer is right</source>
        <translation>Keine: Die Kasse stimmt</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="110" />
        <source>Type the cash you counted, e.g. 250, or 0.</source>
        <translation>Geben Sie das gezählte Bargeld ein, z. B. 250, oder 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="113" />
        <source>Closing the shift…</source>
        <translation>Schicht wird geschlossen…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="29" />
        <source>Something unexpected went wrong. Sales already recorded are safe.

If it happens again, send this file to support: %1</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Bereits gespeicherte Verkäufe sind sicher.

Wenn es wieder passiert, senden Sie diese Datei an den Support: %1</translation>
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
        <translation>Beleg drucken</translation>
    </message>
</context>
<context>
    <name>manager</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="260" />
        <source>The price list is for the owner.</source>
        <translation>Die Preisliste ist dem Inhaber vorbehalten.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="54" />
        <source>The provider</source>
        <translation>Der Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Etwas ist schiefgegangen. Die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Balance too low: %1 more needed.</source>
        <translation>Guthaben zu niedrig: %1 mehr nötig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Balance too low at %1 for this sale.</source>
        <translation>Guthaben bei %1 zu niedrig für diesen Verkauf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97" />
        <source>%1 says this computer's clock is wrong. Correct the clock.</source>
        <translation>%1 meldet, dass die Uhr dieses Computers falsch geht. Bitte die Uhr korrigieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>%1 Ask the shop owner to check the account in Settings.</source>
        <translation>%1 Bitten Sie den Inhaber, das Konto in den Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112" />
        <source>Too many requests to %1. Selling resumes in %2.</source>
        <translation>Zu viele Anfragen an %1. Der Verkauf geht in %2 weiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118" />
        <source>Too many requests to %1. Wait a moment, then try again.</source>
        <translation>Zu viele Anfragen an %1. Kurz warten, dann erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>No clear answer from %1: the outcome is unknown. Do not sell again until this sale is checked.</source>
        <translation>Keine klare Antwort von %1: Ergebnis unbekannt. Nicht erneut verkaufen, bis dieser Verkauf geprüft ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>This plan is no longer available. Pick another plan.</source>
        <translation>Dieser Tarif ist nicht mehr verfügbar. Bitte einen anderen wählen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>The price of this plan has changed. Reload the plans and check the price.</source>
        <translation>Der Preis dieses Tarifs hat sich geändert. Tarife neu laden und den Preis prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136" />
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Gleich erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140" />
        <source>Cannot reach %1. Check the internet connection, then try again.</source>
        <translation>%1 ist nicht erreichbar. Internetverbindung prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144" />
        <source>%1 sent an answer the counter cannot read.</source>
        <translation>%1 hat eine Antwort gesendet, die der Schalter nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149" />
        <source>This is a training sale; it is checked when the counter sells in training mode again.</source>
        <translation>Dies ist ein Schulungsverkauf; er wird geprüft, wenn der Counter wieder im Schulungsmodus verkauft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>This is a real sale; it is checked when the counter sells for real again.</source>
        <translation>Dies ist ein echter Verkauf; er wird geprüft, wenn der Counter wieder echt verkauft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159" />
        <source>This counter has no %1 account switched on. Switch it on in Settings to check this sale.</source>
        <translation>Bei diesem Counter ist kein %1-Konto eingeschaltet. Schalten Sie es in den Einstellungen ein, um diesen Verkauf zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165" />
        <source>This sale is too old to send again safely; check it with %1.</source>
        <translation>Dieser Verkauf ist zu alt, um ihn sicher erneut zu senden; prüfen Sie ihn bei %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169" />
        <source>An earlier sale of this plan is not checked yet and %1 did not answer. Nothing was sold; check the earlier sale first (Check now), then sell again.</source>
        <translation>Ein früherer Verkauf dieses Tarifs ist noch nicht geprüft und %1 hat nicht geantwortet. Es wurde nichts verkauft; prüfen Sie zuerst den früheren Verkauf (Jetzt prüfen) und verkaufen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>%1 has no order for this sale (yet). It is checked again shortly.</source>
        <translation>%1 hat (noch) keine Bestellung zu diesem Verkauf. Es wird gleich erneut geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>%1 refused the order: %2</source>
        <translation>%1 hat die Bestellung abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201" />
        <source>Only eSIMfly eSIMs can be topped up here. Sell the traveller a new eSIM.</source>
        <translation>Hier können nur eSIMfly-eSIMs aufgeladen werden. Verkaufen Sie dem Reisenden eine neue eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="205" />
        <source>This eSIM cannot be topped up: its plan does not allow it. Sell the traveller a new eSIM instead.</source>
        <translation>Diese eSIM kann nicht aufgeladen werden: Ihr Tarif erlaubt es nicht. Verkaufen Sie dem Reisenden stattdessen eine neue eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213" />
        <source>This eSIM is not installed yet, so it cannot be topped up. Install it first; it still has all its data.</source>
        <translation>Diese eSIM ist noch nicht installiert und kann daher nicht aufgeladen werden. Installieren Sie sie zuerst; sie hat noch alle ihre Daten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219" />
        <source>This eSIM has expired, so it cannot be topped up. Sell the traveller a new eSIM.</source>
        <translation>Diese eSIM ist abgelaufen und kann daher nicht aufgeladen werden. Verkaufen Sie dem Reisenden eine neue eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223" />
        <source>This eSIM cannot be topped up in its present state (%1).</source>
        <translation>Diese eSIM kann in ihrem jetzigen Zustand (%1) nicht aufgeladen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227" />
        <source>This top-up is no longer offered for this eSIM. Choose another.</source>
        <translation>Diese Aufladung wird für diese eSIM nicht mehr angeboten. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231" />
        <source>eSIMfly has no eSIM with this ICCID on the shop's account. Check the number.</source>
        <translation>eSIMfly hat im Konto des Geschäfts keine eSIM mit dieser ICCID. Prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241" />
        <source>The eSIM is already installed on the traveller's phone, so %1 will not refund it. Nothing was refunded.</source>
        <translation>Die eSIM ist bereits auf dem Telefon des Reisenden installiert, daher erstattet %1 sie nicht. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247" />
        <source>This eSIM has already been refunded, or its refund is still being checked. It is not refunded twice.</source>
        <translation>Diese eSIM wurde bereits erstattet, oder ihre Erstattung wird noch geprüft. Sie wird nicht zweimal erstattet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="253" />
        <source>Only a delivered eSIM can be refunded. Nothing was refunded.</source>
        <translation>Nur eine ausgelieferte eSIM kann erstattet werden. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257" />
        <source>%1 cannot cancel an eSIM. Record the refund as the shop's own loss, or as claimed from %1 with a note for the owner.</source>
        <translation>%1 kann keine eSIM stornieren. Erfassen Sie die Erstattung als eigenen Verlust des Geschäfts oder als bei %1 eingefordert, mit einer Notiz für den Inhaber.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="270" />
        <source>The receipt printer is out of paper. Put in a new roll, then print the receipt again from History.</source>
        <translation>Der Belegdrucker hat kein Papier mehr. Legen Sie eine neue Rolle ein und drucken Sie den Beleg dann über den Verlauf erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="276" />
        <source>The receipt printer (%1) cannot be reached. Check that it is switched on and connected, then print the receipt again from History.</source>
        <translation>Der Belegdrucker (%1) ist nicht erreichbar. Prüfen Sie, ob er eingeschaltet und angeschlossen ist, und drucken Sie den Beleg dann über den Verlauf erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282" />
        <source>The receipt printer is not set up correctly. Ask the shop owner to check Settings → Receipts.</source>
        <translation>Der Belegdrucker ist nicht richtig eingerichtet. Bitten Sie den Inhaber, Einstellungen → Belege zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288" />
        <source>The receipt could not be saved in %1. Ask the shop owner to choose another folder in Settings → Receipts.</source>
        <translation>Der Beleg konnte nicht in %1 gespeichert werden. Bitten Sie den Inhaber, unter Einstellungen → Belege einen anderen Ordner zu wählen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="293" />
        <source>The receipt could not be printed. The sale is not affected; print the receipt again from History.</source>
        <translation>Der Beleg konnte nicht gedruckt werden. Der Verkauf ist davon nicht betroffen; drucken Sie den Beleg über den Verlauf erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="327" />
        <source>That name and PIN do not match a clerk. Check both and try again.</source>
        <translation>Dieser Name und diese PIN passen zu keinem Mitarbeiter. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="331" />
        <source>%1 can no longer sign in at this counter. Ask the shop owner.</source>
        <translation>%1 kann sich an dieser Kasse nicht mehr anmelden. Fragen Sie den Inhaber des Geschäfts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="350" />
        <source>%1 Check the address and both keys in the provider's account page.</source>
        <translation>%1 Prüfen Sie die Adresse und beide Schlüssel auf der Kontoseite des Anbieters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="358" />
        <source>REAL — not connected: %1</source>
        <translation>ECHT — nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364" />
        <source>Waiting for the chain's database to check which orders other counters already claimed; this sale is checked again when the database answers. Do not sell it again.</source>
        <translation>Warten auf die Datenbank der Kette, um zu prüfen, welche Bestellungen andere Kassen bereits beansprucht haben; dieser Verkauf wird erneut geprüft, wenn die Datenbank antwortet. Nicht erneut verkaufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="371" />
        <source>An earlier sale of this plan on counter %1 is not checked yet; this sale is checked again after it. Do not sell it again.</source>
        <translation>Ein früherer Verkauf dieses Tarifs an Kasse %1 ist noch nicht geprüft; dieser Verkauf wird danach erneut geprüft. Nicht erneut verkaufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="377" />
        <source>Waiting for counter %1 to send its latest sales to the chain before this sale's order is confirmed; it is checked again in a moment. Do not sell it again.</source>
        <translation>Es wird gewartet, bis Kasse %1 ihre letzten Verkäufe an die Kette gesendet hat, bevor die Bestellung dieses Verkaufs bestätigt wird; er wird gleich erneut geprüft. Nicht noch einmal verkaufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383" />
        <source>The order found for this sale was claimed by another counter's sale at the same moment; this sale is checked again. Do not sell it again.</source>
        <translation>Die für diesen Verkauf gefundene Bestellung wurde im selben Moment von einem Verkauf einer anderen Kasse beansprucht; dieser Verkauf wird erneut geprüft. Nicht erneut verkaufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="388" />
        <source>This sale is checked again shortly. Do not sell it again.</source>
        <translation>Dieser Verkauf wird in Kürze erneut geprüft. Nicht erneut verkaufen.</translation>
    </message>
</context>
</TS>