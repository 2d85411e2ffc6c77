<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name />
    <message>
        <location filename="../../app/ui/clerk_override.py" line="111" />
        <source>Approval needed</source>
        <translation>Autorisation requise</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="114" />
        <source>Asked by %1.</source>
        <translation>Demandé par %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="116" />
        <source>A supervisor or the owner types their PIN to allow it.</source>
        <translation>Un responsable ou le gérant saisit son code PIN pour l’autoriser.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="118" />
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="127" />
        <source>%1 may not allow this. A supervisor or the owner must.</source>
        <translation>%1 ne peut pas l’autoriser. Un responsable ou le gérant doit le faire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="183" />
        <source>A refund needs a supervisor's approval.</source>
        <translation>Un remboursement doit être autorisé par un responsable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="184" />
        <source>Closing the shift needs a supervisor's approval.</source>
        <translation>La clôture du service doit être autorisée par un responsable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="185" />
        <source>The settings are for the owner.</source>
        <translation>Les paramètres sont réservés au gérant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="186" />
        <source>The price list is for the owner.</source>
        <translation>La grille tarifaire est réservée au gérant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="187" />
        <source>Cost and margin are for the owner.</source>
        <translation>Le prix d’achat et la marge sont réservés au gérant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="189" />
        <source>This needs a supervisor's or the owner's approval.</source>
        <translation>Cela doit être autorisé par un responsable ou le gérant.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="60" />
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="71" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="73" />
        <source>Sells travel eSIMs across the counter and shows their QR codes.</source>
        <translation>Vend des eSIM de voyage au comptoir et affiche leurs codes QR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="107" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="108" />
        <source>&amp;About eSIM Counter</source>
        <translation>À &amp;propos d’eSIM Counter</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="26" />
        <source>Access code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="27" />
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="28" />
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="29" />
        <source>API secret</source>
        <translation>Secret API</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="105" />
        <source>Sell through this account</source>
        <translation>Vendre via ce compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="108" />
        <source>%1 address</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="110" />
        <source>%1 wallet currency</source>
        <translation>Devise du solde %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="112" />
        <source>As the account reports it</source>
        <translation>Celle indiquée par le compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="114" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="115" />
        <source>Test the %1 connection</source>
        <translation>Tester la connexion %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="124" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="125" />
        <source>Wallet currency</source>
        <translation>Devise du solde</translation>
    </message>
</context>
<context>
    <name>AfterSale</name>
    <message>
        <location filename="../../app/ui/after_sale.py" line="80" />
        <source>Installed ✓ on the traveller's phone: eSIM %1</source>
        <extracomment>Tests shrink the provider's cadence and the pause before the display closes.</extracomment>
        <translation>Installée ✓ sur le téléphone du voyageur : eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="84" />
        <source>Installed ✓</source>
        <translation>Installée ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="100" />
        <source>The eSIM was sent by e-mail to %1.</source>
        <translation>L’eSIM a été envoyée par e-mail à %1.</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <location filename="../../app/ui/balance_label.py" line="23" />
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="46" />
        <source>Balance: loading…</source>
        <translation>Solde : chargement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="52" />
        <source>⚠ Low balance: top up soon</source>
        <translation>⚠ Solde bas : rechargez bientôt</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="59" />
        <source>Balance unavailable: %1</source>
        <translation>Solde indisponible : %1</translation>
    </message>
</context>
<context>
    <name>CashBox</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="106" />
        <source>Cash tendered</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="108" />
        <source>The amount the customer hands over; empty means the exact amount</source>
        <translation>Le montant que le client donne ; vide veut dire le montant exact</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="111" />
        <source>&amp;Tendered</source>
        <translation>&amp;Reçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="114" />
        <source>&amp;Exact amount</source>
        <translation>&amp;Montant exact</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="116" />
        <source>Exact amount</source>
        <translation>Montant exact</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="162" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="164" />
        <source>Customer gives %1 %2</source>
        <translation>Le client donne %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="197" />
        <source>Change: %1</source>
        <translation>Monnaie à rendre : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="203" />
        <source>Type the amount the customer gives, e.g. 20</source>
        <translation>Saisissez le montant que donne le client, par ex. 20</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="207" />
        <source>Not enough: %1 still to pay</source>
        <translation>Pas assez : il reste %1 à payer</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <location filename="../../app/ui/cash_count.py" line="51" />
        <source>The amount in %1</source>
        <translation>Le montant en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="56" />
        <source>Count per note and &amp;coin</source>
        <translation>Compter par billet et &amp;pièce</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="57" />
        <source>Count per note and coin</source>
        <translation>Compter par billet et pièce</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="73" />
        <source>Number of %1 %2</source>
        <translation>Nombre de %1 %2</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay in</source>
        <translation>Entrée d’espèces</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay out</source>
        <translation>Sortie d’espèces</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="94" />
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="98" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="99" />
        <source>Why the cash goes in or out, e.g. milk</source>
        <translation>Pourquoi l’argent entre ou sort, p. ex. lait</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="100" />
        <source>&amp;Reason</source>
        <translation>Moti&amp;f</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="108" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="124" />
        <source>Type the amount, more than zero.</source>
        <translation>Saisissez le montant, supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="129" />
        <source>Say why, e.g. “milk” or “change from the bank”.</source>
        <translation>Indiquez le motif, p. ex. « lait » ou « monnaie de la banque ».</translation>
    </message>
</context>
<context>
    <name>CentralFeed</name>
    <message>
        <location filename="../../app/ui/chain_central.py" line="163" />
        <source>The chain's price list (version %1) is now in use.</source>
        <translation>La liste de prix de la chaîne (version %1) est maintenant appliquée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="169" />
        <source>The chain's shop details (version %1) are now on the receipts.</source>
        <translation>Les coordonnées du magasin publiées par la chaîne (version %1) figurent maintenant sur les tickets.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="197" />
        <source>The chain's latest publication cannot be used, so the last good copy stays in use. Ask the owner to publish it again. (%1)</source>
        <translation>La dernière publication de la chaîne est inutilisable ; la dernière copie valide reste donc en service. Demandez au propriétaire de la publier à nouveau. (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="206" />
        <source>The chain's database cannot be reached and this counter has no copy of its data yet: it sells with its own price list meanwhile.</source>
        <translation>La base de données de la chaîne est injoignable et ce comptoir n'a pas encore de copie de ses données : il vend en attendant avec sa propre liste de prix.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="211" />
        <source>The chain's database cannot be reached: the counter sells on with the chain's prices and clerks as copied at %1.</source>
        <translation>La base de données de la chaîne est injoignable : le comptoir continue de vendre avec les prix et les vendeurs de la chaîne copiés le %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="260" />
        <source>The chain's clerks (version %1) can now sign in here.</source>
        <translation>Les vendeurs de la chaîne (version %1) peuvent maintenant se connecter ici.</translation>
    </message>
</context>
<context>
    <name>ChainLink</name>
    <message>
        <location filename="../../app/ui/chain_link.py" line="74" />
        <source>C&amp;hain</source>
        <translation>C&amp;haîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="77" />
        <source>Chain &amp;reports…</source>
        <translation>Rappor&amp;ts de la chaîne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="79" />
        <source>&amp;Push now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="111" />
        <source>The chain needs the keyring, which is not available.</source>
        <translation>La chaîne a besoin du trousseau, qui n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="140" />
        <source>The chain's password is not in the keyring: type it in Settings › Chain.</source>
        <translation>Le mot de passe de la chaîne n’est pas dans le trousseau : saisissez-le dans Paramètres › Chaîne.</translation>
    </message>
</context>
<context>
    <name>ChainMessages</name>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="42" />
        <source>The chain's database is not set up yet. On the server, run “esim-counter chain init” once, then test again.</source>
        <translation>La base de données de la chaîne n’est pas encore configurée. Sur le serveur, exécutez une fois « esim-counter chain init », puis testez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="47" />
        <source>The chain's database was set up by a newer eSIM Counter. Install the newer version on this counter; it keeps selling and catches up once updated.</source>
        <translation>La base de données de la chaîne a été configurée par une version plus récente d’eSIM Counter. Installez cette version sur cette caisse ; elle continue de vendre et rattrapera son retard une fois mise à jour.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="53" />
        <location filename="../../app/ui/chain_messages.py" line="91" />
        <source>The chain's database could not be used. Check Settings › Chain.</source>
        <translation>La base de données de la chaîne n’a pas pu être utilisée. Vérifiez Paramètres › Chaîne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="60" />
        <source>The chain's database could not be used. The details were written to the log.</source>
        <translation>La base de données de la chaîne n’a pas pu être utilisée. Les détails ont été écrits dans le journal technique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="68" />
        <source>The chain's database server cannot be reached. Check the server name, the port and the network; the counter keeps selling meanwhile.</source>
        <translation>Le serveur de base de données de la chaîne est injoignable. Vérifiez le nom du serveur, le port et le réseau ; la caisse continue de vendre en attendant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="74" />
        <source>The database refused the user or the password. Check both and try again.</source>
        <translation>La base de données a refusé l’utilisateur ou le mot de passe. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="79" />
        <source>The database server's certificate is not trusted by this computer. Check the server name, or ask whoever runs the server for a certificate this computer trusts.</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat du serveur de base de données. Vérifiez le nom du serveur, ou demandez à l’administrateur du serveur un certificat reconnu par cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="86" />
        <source>There is no such database on the server. Check its name, or create it and run “esim-counter chain init”.</source>
        <translation>Cette base de données n’existe pas sur le serveur. Vérifiez son nom, ou créez-la et exécutez « esim-counter chain init ».</translation>
    </message>
</context>
<context>
    <name>ChainReportsWindow</name>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="71" />
        <source>Chain reports</source>
        <translation>Rapports de la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <location filename="../../app/ui/chain_reports.py" line="142" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <source>All shops</source>
        <translation>Toutes les boutiques</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <location filename="../../app/ui/chain_reports.py" line="143" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Counter</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <source>All counters</source>
        <translation>Toutes les caisses</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <location filename="../../app/ui/chain_reports.py" line="144" />
        <source>Clerk</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <source>All clerks</source>
        <translation>Tous les vendeurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="84" />
        <location filename="../../app/ui/chain_reports.py" line="145" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="87" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="88" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="90" />
        <source>Every sale of the day shown, with its refunds, for the filters chosen</source>
        <translation>Toutes les ventes du jour affiché, avec leurs remboursements, selon les filtres choisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="94" />
        <source>Sales by provider</source>
        <translation>Ventes par fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="96" />
        <source>Takings by sale currency</source>
        <translation>Recettes par devise de vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="107" />
        <source>Z reports</source>
        <translation>Rapports Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="110" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID, commande, destination ou forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="112" />
        <source>Search sales</source>
        <translation>Rechercher des ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="121" />
        <source>Sales of the chain</source>
        <translation>Ventes de la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="133" />
        <source>Day report</source>
        <translation>Rapport du jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="134" />
        <source>X/Z</source>
        <translation>X/Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="135" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="136" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="235" />
        <source>Reading the chain's database…</source>
        <translation>Lecture de la base de données de la chaîne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="268" />
        <source>The sales could not be read from the chain's database.</source>
        <translation>Les ventes n’ont pas pu être lues dans la base de données de la chaîne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="282" />
        <source>all counters</source>
        <translation>toutes les caisses</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="284" />
        <source>%n sale(s) on this day; %1.</source>
        <translation>
            <numerusform>%n vente ce jour-là ; %1.</numerusform>
            <numerusform>%n ventes ce jour-là ; %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>eSIMs</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Charged</source>
        <translation>Débité</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Not sold</source>
        <translation>Non vendue</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Needs checking</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Cost</source>
        <translation>Prix d’achat</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="327" />
        <source>Cash expected in the drawers: %1</source>
        <translation>Espèces attendues dans les caisses : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="329" />
        <source>No sales on this day.</source>
        <translation>Aucune vente ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Closed at</source>
        <translation>Clôturé à</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Closed by</source>
        <translation>Clôturé par</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="358" />
        <source>Export the chain's sales</source>
        <translation>Exporter les ventes de la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="360" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="369" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="372" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n vente exportée.</numerusform>
            <numerusform>%n ventes exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainTab</name>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="56" />
        <source>In a chain, this counter copies every sale to the chain's PostgreSQL database and takes the chain's prices and clerks from it. It keeps selling when the database cannot be reached, and catches up later.</source>
        <translation>Dans une chaîne, cette caisse copie chaque vente dans la base de données PostgreSQL de la chaîne et y reprend les prix et les vendeurs de la chaîne. Elle continue de vendre quand la base de données est injoignable, et rattrape son retard ensuite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="66" />
        <location filename="../../app/ui/chain_tab.py" line="101" />
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
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
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="73" />
        <source>Database user</source>
        <translation>Utilisateur de la base</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="74" />
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="77" />
        <source>Kept in the system keyring only; leave empty to keep the stored one</source>
        <translation>Conservé uniquement dans le trousseau du système ; laissez vide pour garder celui enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="79" />
        <source>Shop in the chain</source>
        <translation>Boutique dans la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="81" />
        <source>This counter's name</source>
        <translation>Nom de cette caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="84" />
        <source>A name no other counter of the chain uses, such as desk-2</source>
        <translation>Un nom qu’aucune autre caisse de la chaîne n’utilise, p. ex. desk-2</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="87" />
        <source>Encrypted, server certificate checked</source>
        <translation>Chiffrée, certificat du serveur vérifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="88" />
        <source>Encrypted, certificate not checked</source>
        <translation>Chiffrée, certificat non vérifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="89" />
        <source>Not encrypted (same machine only)</source>
        <translation>Non chiffrée (même machine uniquement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="90" />
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="94" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="95" />
        <source>Leave the chain</source>
        <translation>Quitter la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="104" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="105" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="106" />
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="107" />
        <source>Counter</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="108" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="139" />
        <source>This counter leaves the chain when you save.</source>
        <translation>Cette caisse quittera la chaîne à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="141" />
        <source>This counter is in the chain as %1 of %2.</source>
        <translation>Cette caisse fait partie de la chaîne en tant que %1 de %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="144" />
        <source>This counter is in no chain: fill in the fields and save to join.</source>
        <translation>Cette caisse ne fait partie d’aucune chaîne : remplissez les champs et enregistrez pour la rejoindre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="157" />
        <source>Stored in the keyring; type to replace it</source>
        <translation>Enregistré dans le trousseau ; saisissez-le pour le remplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="184" />
        <source>To join a chain, fill in the server, the database, the user, the shop and this counter's name.</source>
        <translation>Pour rejoindre une chaîne, indiquez le serveur, la base de données, l’utilisateur, la boutique et le nom de cette caisse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="192" />
        <source>Each chain field is one line of at most 200 characters.</source>
        <translation>Chaque champ de la chaîne tient sur une ligne de 200 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="209" />
        <source>Fill in the chain's database first.</source>
        <translation>Indiquez d’abord la base de données de la chaîne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="212" />
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="225" />
        <source>Connected. The chain's database is ready (schema %1.%2).</source>
        <translation>Connecté. La base de données de la chaîne est prête (schéma %1.%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="250" />
        <source>Save to leave the chain. This counter's sales stay in its own journal; what was copied to the chain stays there.</source>
        <translation>Enregistrez pour quitter la chaîne. Les ventes de cette caisse restent dans son propre journal ; ce qui a été copié dans la chaîne y reste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="269" />
        <source>Type the chain database's password: it is kept in the keyring.</source>
        <translation>Saisissez le mot de passe de la base de données de la chaîne : il est conservé dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>ClerkGate</name>
    <message>
        <location filename="../../app/ui/clerk_rows.py" line="32" />
        <source>The sales journal is still opening. Try again in a moment.</source>
        <translation>Le journal des ventes est encore en cours d’ouverture. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="106" />
        <source>S&amp;witch clerk…</source>
        <translation>&amp;Changer de vendeur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="109" />
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="179" />
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="181" />
        <source>Clerk: %1</source>
        <translation>Vendeur : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="231" />
        <source>Sign-in is on but there are no clerks: add them in Settings › Clerks.</source>
        <translation>La connexion est activée mais il n’y a aucun vendeur : ajoutez-en dans Paramètres › Vendeurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Switch clerk</source>
        <translation>Changer de vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="238" />
        <source>Type your name and PIN to use the counter.</source>
        <translation>Saisissez votre nom et votre code PIN pour utiliser la caisse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="318" />
        <source>Clerk</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="319" />
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="320" />
        <source>Owner</source>
        <translation>Gérant</translation>
    </message>
</context>
<context>
    <name>ClerksTab</name>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="53" />
        <source>Each clerk signs in with their own PIN</source>
        <translation>Chaque vendeur se connecte avec son propre code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="55" />
        <source>Require sign-in</source>
        <translation>Exiger la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="58" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="59" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="61" />
        <source>Idle minutes</source>
        <translation>Minutes d’inactivité</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="63" />
        <source>After this many minutes without a key or click; 0 for never</source>
        <translation>Après ce nombre de minutes sans touche ni clic ; 0 pour jamais</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="66" />
        <source>Sign the clerk out</source>
        <translation>Déconnecter le vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="67" />
        <source>Lock until the PIN is typed</source>
        <translation>Verrouiller jusqu’à la saisie du code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="71" />
        <location filename="../../app/ui/clerks_tab.py" line="100" />
        <source>When idle</source>
        <translation>En cas d’inactivité</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="74" />
        <source>Clerks</source>
        <translation>Vendeurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="77" />
        <source>Clerk name</source>
        <translation>Nom du vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="81" />
        <location filename="../../app/ui/clerks_tab.py" line="103" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="84" />
        <source>Clerk PIN</source>
        <translation>Code PIN du vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="87" />
        <source>Clerk PIN again</source>
        <translation>Code PIN du vendeur (confirmation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="88" />
        <source>Add clerk</source>
        <translation>Ajouter un vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="89" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="90" />
        <source>Set new PIN</source>
        <translation>Définir un nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="91" />
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="92" />
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="99" />
        <source>Sign out after</source>
        <translation>Déconnecter après</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="102" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="104" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="105" />
        <source>PIN again</source>
        <translation>Code PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="133" />
        <source>Clerks can be changed once the counter is open.</source>
        <translation>Les vendeurs peuvent être modifiés une fois la caisse ouverte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="146" />
        <source>%1 (deactivated)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="175" />
        <source>A clerk's name is 1 to 40 letters on one line.</source>
        <translation>Le nom d’un vendeur compte 1 à 40 caractères sur une ligne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="179" />
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="189" />
        <source>There is already a clerk called %1.</source>
        <translation>Il existe déjà un vendeur nommé %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="202" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="222" />
        <source>%1 can now sign in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="227" />
        <source>Pick a clerk in the list first.</source>
        <translation>Choisissez d’abord un vendeur dans la liste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="236" />
        <source>Renamed to %1.</source>
        <translation>Renommé en %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="243" />
        <source>%1 has a new PIN.</source>
        <translation>%1 a un nouveau code PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="252" />
        <source>%1 has a new role.</source>
        <translation>%1 a un nouveau rôle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="262" />
        <source>%1 is changed.</source>
        <translation>%1 a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="268" />
        <source>Keep at least one active owner while clerks must sign in.</source>
        <translation>Gardez au moins un gérant actif tant que les vendeurs doivent se connecter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="277" />
        <source>Add an owner clerk before asking clerks to sign in: Settings needs one.</source>
        <translation>Ajoutez un vendeur gérant avant d’exiger la connexion des vendeurs : les Paramètres en ont besoin d’un.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="63" />
        <source>This computer's clock is %n minute(s) ahead. Correct the clock.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur avance de %n minute. Corrigez l’horloge.</numerusform>
            <numerusform>L’horloge de cet ordinateur avance de %n minutes. Corrigez l’horloge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="68" />
        <source>This computer's clock is %n minute(s) behind. Correct the clock.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur retarde de %n minute. Corrigez l’horloge.</numerusform>
            <numerusform>L’horloge de cet ordinateur retarde de %n minutes. Corrigez l’horloge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmSaleDialog</name>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="70" />
        <source>Take payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="79" />
        <source>Take payment, then sell this eSIM?</source>
        <translation>Encaisser, puis vendre cette eSIM ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/confirm_dialog.py" line="81" />
        <source>Take payment, then sell these %n eSIMs?</source>
        <translation>
            <numerusform>Encaisser, puis vendre cette eSIM ?</numerusform>
            <numerusform>Encaisser, puis vendre ces %n eSIM ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="88" />
        <source>%1 included (%2 %)</source>
        <translation>%1 inclus (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="95" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="96" />
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="97" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="98" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="99" />
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="100" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="119" />
        <source>&amp;Split between two methods</source>
        <translation>Ré&amp;partir entre deux moyens de paiement</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="121" />
        <source>Split between two methods</source>
        <translation>Répartir entre deux moyens de paiement</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="127" />
        <location filename="../../app/ui/confirm_dialog.py" line="129" />
        <source>Sell now</source>
        <translation>Vendre maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="171" />
        <source>Amount paid by the first method</source>
        <translation>Montant payé par le premier moyen</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="174" />
        <source>Second method</source>
        <translation>Second moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="180" />
        <source>&amp;Rest by</source>
        <translation>&amp;Le reste par</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="197" />
        <source>A&amp;mount by %1</source>
        <translation>Mo&amp;ntant (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="233" />
        <source>Type an amount less than the total</source>
        <translation>Saisissez un montant inférieur au total</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="85" />
        <source>Your eSIM</source>
        <extracomment>The clerk asked to send this eSIM by e-mail (button or Ctrl+E; Octopus only).</extracomment>
        <translation>Votre eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="96" />
        <source>Scan to install your eSIM</source>
        <translation>Scannez pour installer votre eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="112" />
        <source>Android and iPhone: open the Camera and scan</source>
        <translation>Android et iPhone : ouvrez l’appareil photo et scannez</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="116" />
        <source>iPhone (iOS 17.4+): install link</source>
        <translation>iPhone (iOS 17.4+) : lien d’installation</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="124" />
        <source>Confirmation code</source>
        <translation>Code de confirmation</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="127" />
        <source>Installed ✓</source>
        <translation>Installée ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="139" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="140" />
        <source>SM-DP+ address</source>
        <translation>Adresse SM-DP+</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="141" />
        <source>Activation code</source>
        <translation>Code d’activation</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="165" />
        <source>◀ Previous eSIM</source>
        <translation>◀ eSIM précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="166" />
        <source>Next eSIM ▶</source>
        <translation>eSIM suivante ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="169" />
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="171" />
        <source>Close the customer display</source>
        <translation>Fermer l’écran client</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="172" />
        <source>Previous eSIM</source>
        <translation>eSIM précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="173" />
        <source>Next eSIM</source>
        <translation>eSIM suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="174" />
        <source>Send by e-mail… (Ctrl+E)</source>
        <translation>Envoyer par e-mail… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="176" />
        <source>Send the eSIM by e-mail</source>
        <translation>Envoyer l’eSIM par e-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="178" />
        <source>Octopus Cards e-mails the eSIM to the traveller, to install later.</source>
        <translation>Octopus Cards envoie l’eSIM par e-mail au voyageur, pour l’installer plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="265" />
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="271" />
        <source>The activation code is not available yet.</source>
        <translation>Le code d’activation n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="286" />
        <source>Ask the clerk</source>
        <translation>Demandez au vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="301" />
        <source>eSIM %1 of %2</source>
        <translation>eSIM %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="318" />
        <source>Closes in %1</source>
        <translation>Se ferme dans %1</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <location filename="../../app/ui/day_report.py" line="63" />
        <source>Day report</source>
        <translation>Rapport du jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="102" />
        <source>Balances: loading…</source>
        <translation>Soldes : chargement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="70" />
        <location filename="../../app/ui/day_report.py" line="105" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="77" />
        <source>Sales by provider</source>
        <translation>Ventes par fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="87" />
        <source>Takings by sale currency</source>
        <translation>Recettes par devise de vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>eSIMs</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Charged</source>
        <translation>Débité</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Not sold</source>
        <translation>Non vendues</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Needs checking</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="191" />
        <source>Training mode: these are training sales; no money moved.</source>
        <translation>Mode entraînement : ce sont des ventes d’entraînement ; aucun montant débité.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="196" />
        <source>%n sale(s) of the other mode (training or real) are not counted.</source>
        <translation>
            <numerusform>%n vente de l’autre mode (formation ou réel) n’est pas comptée.</numerusform>
            <numerusform>%n ventes de l’autre mode (formation ou réel) ne sont pas comptées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="206" />
        <source>%n refund(s) in %1: %2, already taken off the payment methods and the drawer.</source>
        <translation>
            <numerusform>%n remboursement en %1 : %2, déjà déduit des moyens de paiement et de la caisse.</numerusform>
            <numerusform>%n remboursements en %1 : %2, déjà déduits des moyens de paiement et de la caisse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="215" />
        <source>Sales that need checking may still have been charged.</source>
        <translation>Les ventes à vérifier ont peut-être quand même été débitées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="222" />
        <source>Cost</source>
        <translation>Prix d’achat</translation>
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
            <numerusform>(après %n remboursement : %1 rendu)</numerusform>
            <numerusform>(après %n remboursements : %1 rendus)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="251" />
        <source>(of which %1 is owed back to customers)</source>
        <translation>(dont %1 à rendre aux clients)</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="258" />
        <source>Cash expected in the drawer: %1</source>
        <translation>Espèces attendues dans la caisse : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="265" />
        <source>Balances now: %1</source>
        <translation>Soldes actuels : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="269" />
        <source>Balance unavailable: %1</source>
        <translation>Solde indisponible : %1</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../app/ui/destinations.py" line="144" />
        <source>Destination search</source>
        <translation>Recherche de destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="147" />
        <source>Name or code</source>
        <translation>Nom ou code</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="149" />
        <source>A country or region name, or an alpha-2 or alpha-3 code (Ctrl+F)</source>
        <translation>Nom d’un pays ou d’une région, ou code alpha-2 ou alpha-3 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="158" />
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="168" />
        <source>Loading destinations…</source>
        <translation>Chargement des destinations…</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="174" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../../app/ui/names.py" line="26" />
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="27" />
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="28" />
        <source>Middle East</source>
        <translation>Moyen-Orient</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="29" />
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="30" />
        <source>Latin America</source>
        <translation>Amérique latine</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="31" />
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="32" />
        <source>Caribbean</source>
        <translation>Caraïbes</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="33" />
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="35" />
        <source>Global</source>
        <translation>Monde entier</translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../app/ui/destinations.py" line="78" />
        <source>%1 (regional)</source>
        <translation>%1 (régional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="80" />
        <source>Global (worldwide)</source>
        <translation>Mondial (monde entier)</translation>
    </message>
</context>
<context>
    <name>Handback</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="15" />
        <source>Give back %1 in cash</source>
        <translation>Rendre %1 en espèces</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="16" />
        <source>Refund %1 to the card</source>
        <translation>Rembourser %1 sur la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="17" />
        <source>Send back %1 by bank transfer</source>
        <translation>Rembourser %1 par virement</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="18" />
        <source>Give back %1 the way it was paid</source>
        <translation>Rendre %1 par le même moyen de paiement</translation>
    </message>
</context>
<context>
    <name>HandbackDialog</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="51" />
        <source>Give the money back</source>
        <translation>Rendre l’argent</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="53" />
        <source>The sale failed. No eSIM was sold.</source>
        <translation>La vente a échoué. Aucune eSIM n’a été vendue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="72" />
        <source>Why: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="79" />
        <source>I gave it back</source>
        <translation>C’est rendu</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="81" />
        <source>I gave the money back</source>
        <translation>J’ai rendu l’argent</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="83" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="85" />
        <source>Later: the money is still owed</source>
        <translation>Plus tard : l’argent reste dû</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="87" />
        <source>The sale stays in the list as money owed until you confirm</source>
        <translation>La vente reste dans la liste comme argent dû jusqu’à votre confirmation</translation>
    </message>
</context>
<context>
    <name>HandbackFlow</name>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="75" />
        <source>The customer is still owed their money: see the list below.</source>
        <translation>Le client doit encore être remboursé : voir la liste ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="78" />
        <source>Noted: the money was given back.</source>
        <translation>Noté : l’argent a été rendu.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history.py" line="69" />
        <source>Sales history</source>
        <translation>Historique des ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="87" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID, commande, destination ou forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="89" />
        <source>Search sales</source>
        <translation>Rechercher des ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="91" />
        <source>Sales shown</source>
        <translation>Ventes affichées</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="93" />
        <source>All sales</source>
        <translation>Toutes les ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="94" />
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="95" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="96" />
        <source>Needs checking</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="97" />
        <source>Not sold</source>
        <translation>Non vendue</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="100" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="103" />
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="105" />
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="112" />
        <source>Hide training sales</source>
        <translation>Masquer les ventes d’entraînement</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="130" />
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="144" />
        <source>Show QR</source>
        <translation>Afficher le QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="145" />
        <source>Copy ICCID</source>
        <translation>Copier l’ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="146" />
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="147" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="155" />
        <source>&amp;Reprint receipt</source>
        <translation>&amp;Réimprimer le reçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="156" />
        <location filename="../../app/ui/history.py" line="162" />
        <source>Reprint receipt</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="158" />
        <source>Prints the selected sale's receipt again, marked COPY.</source>
        <translation>Imprime à nouveau le reçu de la vente choisie, marqué DUPLICATA.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="174" />
        <source>Re&amp;fund…</source>
        <translation>Re&amp;mbourser…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="175" />
        <source>Refund the selected sale</source>
        <translation>Rembourser la vente sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="178" />
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="186" />
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="188" />
        <source>Send the selected sale's eSIM by e-mail</source>
        <translation>Envoyer par e-mail l’eSIM de la vente sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="190" />
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="198" />
        <source>Look up the eSIM…</source>
        <translation>Consulter l’eSIM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="205" />
        <source>&amp;Top up…</source>
        <translation>Rec&amp;harger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="207" />
        <source>Top up the selected eSIM</source>
        <translation>Recharger l’eSIM sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="209" />
        <source>Sells more data and days for the eSIM of the selected eSIMfly sale.</source>
        <translation>Vend des données et des jours supplémentaires pour l’eSIM de la vente eSIMfly sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="220" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="325" />
        <source>Cost and margin shown.</source>
        <translation>Prix d’achat et marge affichés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="367" />
        <source>This sale has no eSIM to look up.</source>
        <translation>Cette vente n’a pas d’eSIM à consulter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="388" />
        <source>Only Octopus Cards can e-mail an eSIM; eSIMfly cannot. Show the QR code instead (Show QR).</source>
        <translation>Seul Octopus Cards peut envoyer une eSIM par e-mail ; eSIMfly ne le peut pas. Affichez plutôt le code QR (Afficher le QR).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="408" />
        <source>This sale has several eSIMs: choose one in the lookup window, then press Top up there.</source>
        <translation>Cette vente comporte plusieurs eSIM : choisissez-en une dans la fenêtre de consultation, puis appuyez sur Recharger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="428" />
        <source>ICCID copied.</source>
        <translation>ICCID copié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="440" />
        <source>Printing the receipt…</source>
        <translation>Impression du reçu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="446" />
        <source>Receipt %1 printed again (COPY).</source>
        <translation>Reçu %1 réimprimé (DUPLICATA).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="458" />
        <source>Export sales</source>
        <translation>Exporter les ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="460" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history.py" line="476" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n vente exportée.</numerusform>
            <numerusform>%n ventes exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="478" />
        <source>Could not write the file: %1</source>
        <translation>Impossible d’écrire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/history_model.py" line="85" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="86" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="87" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="88" />
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="89" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="90" />
        <source>Cost</source>
        <translation>Prix d’achat</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="91" />
        <source>Retail</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="92" />
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="93" />
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="94" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="95" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="96" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="114" />
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="115" />
        <source>Partly refunded</source>
        <translation>Partiellement remboursé</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="117" />
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="118" />
        <source>Pending at the provider</source>
        <translation>En attente chez le fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="119" />
        <source>Not sold</source>
        <translation>Non vendue</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="120" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="121" />
        <location filename="../../app/ui/history_model.py" line="122" />
        <source>Needs checking</source>
        <translation>À vérifier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_model.py" line="273" />
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="274" />
        <location filename="../../app/ui/history_model.py" line="311" />
        <source> (training)</source>
        <translation> (entraînement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="278" />
        <source>Top-up: %1</source>
        <translation>Recharge : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="304" />
        <source>Refund (claimed from the provider)</source>
        <translation>Remboursement (réclamé au fournisseur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="306" />
        <source>Refund (shop's loss)</source>
        <translation>Remboursement (perte de la boutique)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="308" />
        <source>Refund (confirmed later)</source>
        <translation>Remboursement (confirmé plus tard)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="310" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="340" />
        <source>%1, handed back</source>
        <translation>%1, rendu</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="342" />
        <source>%1, owed back</source>
        <translation>%1, à rendre</translation>
    </message>
</context>
<context>
    <name>InstallSlip</name>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="26" />
        <source>Install your eSIM</source>
        <translation>Installez votre eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="27" />
        <source>Keep this private — it installs your eSIM</source>
        <translation>Confidentiel — cette fiche installe votre eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="28" />
        <source>Anyone with this slip can install it, once. Do not share or post it.</source>
        <translation>Toute personne qui a cette fiche peut installer l’eSIM, une seule fois. Ne la partagez pas et ne la publiez pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="31" />
        <source>1. Connect to Wi-Fi, then open Settings → Mobile data (Cellular) → Add eSIM.</source>
        <translation>1. Connectez-vous au Wi-Fi, puis ouvrez Réglages → Données cellulaires (mobiles) → Ajouter une eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="35" />
        <source>2. Choose “Use QR code” and scan this code, or type the two codes below.</source>
        <translation>2. Choisissez « Utiliser un code QR » et scannez ce code, ou saisissez les deux codes ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="39" />
        <source>3. On arrival, switch this eSIM on for mobile data and turn data roaming on.</source>
        <translation>3. À l’arrivée, activez cette eSIM pour les données mobiles et activez l’itinérance des données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="43" />
        <source>SM-DP+ address</source>
        <translation>Adresse SM-DP+</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="44" />
        <source>Activation code</source>
        <translation>Code d’activation</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="46" />
        <source>Your plan</source>
        <translation>Votre forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="47" />
        <source>Networks: %1</source>
        <translation>Réseaux : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="48" />
        <source>Countries covered: %1</source>
        <translation>Pays couverts : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="49" />
        <source>Its days start when the eSIM first connects at your destination.</source>
        <translation>Ses jours commencent à la première connexion de l’eSIM à destination.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="52" />
        <source>Its days start as soon as the eSIM is installed.</source>
        <translation>Ses jours commencent dès l’installation de l’eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="55" />
        <source>5G where the network offers it.</source>
        <translation>5G là où le réseau la propose.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="56" />
        <source>More data: it can be topped up at this counter.</source>
        <translation>Plus de données : elle peut être rechargée à ce comptoir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="57" />
        <source>Data only: no calls or SMS. Call and text with internet apps.</source>
        <translation>Données uniquement : ni appels ni SMS. Appelez et écrivez avec des applications internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="60" />
        <source>Calls and SMS are included.</source>
        <translation>Appels et SMS inclus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="61" />
        <source>It comes with a phone number of its own.</source>
        <translation>Elle dispose de son propre numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>JournalProblem</name>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="80" />
        <source>Sales journal</source>
        <translation>Journal des ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="86" />
        <source>The sales journal at %1 is damaged. It was left untouched. Nothing can be sold until it is replaced.</source>
        <translation>Le journal des ventes %1 est endommagé. Il n’a pas été modifié. Rien ne peut être vendu tant qu’il n’est pas remplacé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="90" />
        <source>Restore a backup of the journal, or start a new journal. Either way the damaged file is kept in %1 under a new name, so nothing is lost for good.</source>
        <translation>Restaurez une sauvegarde du journal ou commencez un nouveau journal. Dans les deux cas, le fichier endommagé est conservé dans %1 sous un nouveau nom : rien n’est perdu définitivement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="95" />
        <source>The sales journal at %1 cannot be written, so nothing can be sold.</source>
        <translation>Le journal des ventes %1 ne peut pas être écrit : rien ne peut être vendu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="98" />
        <source>Make sure the folder %1 exists, that this user may write to it and that the disk is not full (or start the counter with --journal and a writable file), then press Try again.</source>
        <translation>Vérifiez que le dossier %1 existe, que cet utilisateur peut y écrire et que le disque n’est pas plein (ou lancez le comptoir avec --journal et un fichier accessible en écriture), puis appuyez sur Réessayer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="110" />
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="111" />
        <source>Start a new journal</source>
        <translation>Commencer un nouveau journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="112" />
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="113" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="135" />
        <source>Restore the sales journal from</source>
        <translation>Restaurer le journal des ventes depuis</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="137" />
        <source>Sales journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>Journaux des ventes (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="141" />
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="145" />
        <source>Starting a new journal…</source>
        <translation>Nouveau journal en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="154" />
        <source>The damaged journal is kept as %1.</source>
        <translation>Le journal endommagé est conservé sous %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="165" />
        <source>That did not work: %1 Nothing was changed.</source>
        <translation>Cela n’a pas marché : %1 Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>LookupWindow</name>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="31" />
        <source>Not installed yet</source>
        <translation>Pas encore installée</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="32" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="33" />
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="34" />
        <source>Data used up</source>
        <translation>Données épuisées</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="35" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="36" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="43" />
        <source>The phone has not installed this eSIM yet.</source>
        <translation>Le téléphone n’a pas encore installé cette eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="46" />
        <source>The eSIM is installed and working.</source>
        <translation>L’eSIM est installée et fonctionne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="49" />
        <source>The plan's days have run out.</source>
        <translation>Les jours du forfait sont écoulés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="52" />
        <source>All the plan's data has been used.</source>
        <translation>Toutes les données du forfait ont été utilisées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="55" />
        <source>This eSIM was cancelled; it no longer works.</source>
        <translation>Cette eSIM a été annulée ; elle ne fonctionne plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="58" />
        <source>The provider's status is not one the counter knows.</source>
        <translation>Le comptoir ne connaît pas cet état du fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="76" />
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="81" />
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="132" />
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="138" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="147" />
        <source>Not sold by this counter</source>
        <translation>Non vendue par cette caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="162" />
        <source>%1 did not answer; try Refresh.</source>
        <translation>%1 n’a pas répondu ; essayez Actualiser.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="169" />
        <source>No provider account is set up to look eSIMs up.</source>
        <translation>Aucun compte fournisseur n’est configuré pour consulter les eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="172" />
        <source>No eSIM with this ICCID at %1. Check the digits.</source>
        <translation>Aucune eSIM avec cet ICCID chez %1. Vérifiez les chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="183" />
        <source>Not sold by this counter; found at %1.</source>
        <translation>Non vendue par cette caisse ; trouvée chez %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="189" />
        <source>Some details could not be read; try Refresh.</source>
        <translation>Certains détails n’ont pas pu être lus ; essayez Actualiser.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="66" />
        <location filename="../../app/ui/lookup_window.py" line="67" />
        <source>Look up an eSIM</source>
        <translation>Consulter une eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="76" />
        <source>ICCID to look up</source>
        <translation>ICCID à consulter</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="78" />
        <source>Type or scan the eSIM's ICCID, then press Enter.</source>
        <translation>Saisissez ou scannez l’ICCID de l’eSIM, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="80" />
        <source>ICCID (type or scan)</source>
        <translation>ICCID (saisir ou scanner)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="82" />
        <source>&amp;ICCID</source>
        <translation>&amp;ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="84" />
        <source>&amp;Look up</source>
        <translation>&amp;Consulter</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="85" />
        <source>Look up</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="88" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="89" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="90" />
        <source>Asks the provider again (F5).</source>
        <translation>Interroge de nouveau le fournisseur (F5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="99" />
        <source>eSIM of this sale</source>
        <translation>eSIM de cette vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="101" />
        <source>This sale has several eSIMs: choose the one to look up.</source>
        <translation>Cette vente comporte plusieurs eSIM : choisissez celle à consulter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="104" />
        <source>e&amp;SIM</source>
        <translation>e&amp;SIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="122" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="123" />
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="124" />
        <source>Data used</source>
        <translation>Données utilisées</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="125" />
        <source>Data left</source>
        <translation>Données restantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="126" />
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="127" />
        <source>Installed</source>
        <translation>Installée le</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="128" />
        <source>First used</source>
        <translation>Première utilisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="129" />
        <source>Last network</source>
        <translation>Dernier réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="130" />
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="131" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="132" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="133" />
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="138" />
        <source>&amp;Top up…</source>
        <translation>Rec&amp;harger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="140" />
        <source>Top up this eSIM</source>
        <translation>Recharger cette eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="144" />
        <location filename="../../app/ui/lookup_window.py" line="145" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="197" />
        <source>That is not an ICCID: it has 18 to 22 digits and starts with 89.</source>
        <translation>Ce n’est pas un ICCID : il compte 18 à 22 chiffres et commence par 89.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="221" />
        <source>This sale has no eSIM to look up.</source>
        <translation>Cette vente n’a pas d’eSIM à consulter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="227" />
        <source>eSIM %1 of %2: %3</source>
        <translation>eSIM %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="263" />
        <source>The counter is not connected to the providers yet; try Refresh.</source>
        <translation>Le comptoir n’est pas encore connecté aux fournisseurs ; essayez Actualiser.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="266" />
        <source>Asking the provider…</source>
        <translation>Interrogation du fournisseur…</translation>
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
        <translation>ENTRAÎNEMENT — aucune vraie eSIM n’est vendue</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292" />
        <location filename="../../app/ui/main_window.py" line="448" />
        <source>Loading the catalogue…</source>
        <translation>Chargement du catalogue…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Sales</source>
        <translation>&amp;Ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178" />
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>&amp;Check unresolved sales</source>
        <translation>&amp;Vérifier les ventes en suspens</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Day report…</source>
        <translation>&amp;Rapport du jour…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Look up an eSIM…</source>
        <translation>C&amp;onsulter une eSIM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195" />
        <source>&amp;Counter</source>
        <translation>&amp;Comptoir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Price list…</source>
        <translation>&amp;Grille tarifaire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="514" />
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522" />
        <source>the provider accounts cannot be used.</source>
        <translation>les comptes fournisseurs ne sont pas utilisables.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="527" />
        <source>Not connected. Check the accounts in Counter › Settings, then save.</source>
        <translation>Non connecté. Vérifiez les comptes dans Comptoir › Paramètres, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531" />
        <source>Connect again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="567" />
        <source>The catalogue could not be loaded. %1</source>
        <translation>Le catalogue n’a pas pu être chargé. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="621" />
        <source>%n earlier sale(s) need attention: see the list below.</source>
        <translation>
            <numerusform>%n vente antérieure demande votre attention : voir la liste ci-dessous.</numerusform>
            <numerusform>%n ventes antérieures demandent votre attention : voir la liste ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="691" />
        <source>&amp;Print receipt</source>
        <translation>&amp;Imprimer le reçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="692" />
        <source>Print &amp;install slip</source>
        <translation>Imprimer la &amp;fiche d’installation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="789" />
        <source>Retry %1</source>
        <translation>Réessayer %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="803" />
        <source>Asking the unavailable provider again…</source>
        <translation>Nouvelle demande au fournisseur indisponible…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="812" />
        <source>Catalogue reloaded.</source>
        <translation>Catalogue rechargé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="835" />
        <source>A sale is in progress</source>
        <translation>Une vente est en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="837" />
        <source>A sale is waiting for the provider. Quit anyway? It is recorded and will be checked when the counter starts again.</source>
        <translation>Une vente attend le fournisseur. Quitter quand même ? Elle est enregistrée et sera vérifiée au prochain démarrage.</translation>
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
        <translation>Code du responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="87" />
        <source>Manager PIN:</source>
        <translation>Code du responsable :</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="107" />
        <source>This plan is priced below the shop's cost. A manager must allow the sale.</source>
        <translation>Ce forfait est vendu en dessous du prix d’achat. Un responsable doit autoriser la vente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="130" />
        <source>That PIN is not right.</source>
        <translation>Ce code n’est pas correct.</translation>
    </message>
</context>
<context>
    <name>MethodButtons</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="75" />
        <source>How the customer pays</source>
        <translation>Mode de paiement du client</translation>
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
        <translation>Ouvrir le service</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="52" />
        <source>Count the cash in the drawer before the first sale.</source>
        <translation>Comptez les espèces de la caisse avant la première vente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="54" />
        <source>Opening &amp;float</source>
        <translation>&amp;Fond de caisse initial</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="63" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="74" />
        <source>Type the float as an amount, e.g. 100, or 0 for none.</source>
        <translation>Saisissez le fond de caisse comme un montant, p. ex. 100, ou 0 s’il n’y en a pas.</translation>
    </message>
</context>
<context>
    <name>OwnerButton</name>
    <message>
        <location filename="../../app/ui/history.py" line="502" />
        <source>Show cost and margin</source>
        <translation>Afficher le prix d’achat et la marge</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="509" />
        <source>Asks the manager PIN, then shows cost and margin until the window closes (Ctrl+M)</source>
        <translation>Demande le code du responsable, puis affiche le prix d’achat et la marge jusqu’à la fermeture de la fenêtre (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="515" />
        <source>For the owner: asks for the manager PIN (Ctrl+M)</source>
        <translation>Pour le gérant : demande le code du responsable (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="529" />
        <source>Cost and margin are for the owner.</source>
        <translation>Le prix d’achat et la marge sont réservés au gérant.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="32" />
        <source>&amp;Cash</source>
        <translation>&amp;Espèces</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="33" />
        <source>C&amp;ard</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="34" />
        <source>&amp;Bank transfer</source>
        <translation>&amp;Virement</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="35" />
        <source>&amp;Other</source>
        <translation>&amp;Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="38" />
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="39" />
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="40" />
        <source>bank transfer</source>
        <translation>virement</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="41" />
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>PendingList</name>
    <message>
        <location filename="../../app/ui/pending_list.py" line="38" />
        <location filename="../../app/ui/pending_list.py" line="42" />
        <source>Pending and unresolved sales</source>
        <translation>Ventes en attente et en suspens</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="44" />
        <source>Enter shows a ready eSIM's QR code, or checks a sale that needs checking</source>
        <translation>Entrée affiche le QR code d’une eSIM prête, ou vérifie une vente à vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="50" />
        <location filename="../../app/ui/pending_list.py" line="145" />
        <source>Show QR</source>
        <translation>Afficher le QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="104" />
        <source>✔ Ready — %1 (%2): select to show the QR</source>
        <translation>✔ Prête — %1 (%2) : sélectionnez pour afficher le QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="110" />
        <source>⏳ Waiting for the provider — %1 (%2)</source>
        <translation>⏳ En attente du fournisseur — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="115" />
        <source>⚠ Needs checking: outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ À vérifier : résultat inconnu, ne pas revendre — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="125" />
        <source>💵 Money owed to the customer: give back %3 — %1 (%2)</source>
        <translation>💵 Argent dû au client : rendre %3 — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="128" />
        <source>⚠ Needs checking: the customer is owed an eSIM or their money, %3. Outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ À vérifier : le client attend une eSIM ou son argent, %3. Résultat inconnu, ne pas revendre — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="141" />
        <source>Hand back…</source>
        <translation>Rendre l’argent…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="143" />
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
</context>
<context>
    <name>PhoneCheckDialog</name>
    <message>
        <location filename="../../app/ui/phone_check.py" line="53" />
        <source>Phone check</source>
        <translation>Vérification du téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="58" />
        <source>Before paying, check with the traveller:</source>
        <translation>Avant le paiement, vérifiez avec le voyageur :</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="64" />
        <source>1. Is the phone unlocked? It must take another network's SIM, not only its own operator's.</source>
        <translation>1. Le téléphone est-il désimlocké ? Il doit accepter la SIM d’un autre réseau, pas seulement celle de son opérateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="67" />
        <source>2. Can the model use an eSIM? Find it in the list below.</source>
        <translation>2. Le modèle accepte-t-il une eSIM ? Cherchez-le dans la liste ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="69" />
        <source>3. Is its system new enough? iPhone: the iOS version shown here or later. Android: updates installed.</source>
        <translation>3. Son système est-il assez récent ? iPhone : la version d’iOS indiquée ici ou ultérieure. Android : mises à jour installées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="81" />
        <source>Type the phone model, e.g. iPhone 13 or Pixel 8</source>
        <translation>Saisissez le modèle, p. ex. iPhone 13 ou Pixel 8</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="82" />
        <source>Search the phone model</source>
        <translation>Rechercher le modèle de téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="84" />
        <source>Up and Down pick a phone from the list; Enter answers Checked, OK</source>
        <translation>Haut et Bas choisissent un téléphone dans la liste ; Entrée répond « Vérifié, OK »</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="89" />
        <source>eSIM-capable phones</source>
        <translation>Téléphones compatibles eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="97" />
        <source>Not in the list? Ask the traveller to look on the phone: Settings → Mobile data (Cellular) → Add eSIM. No such option: not compatible.</source>
        <translation>Absent de la liste ? Demandez au voyageur de regarder sur le téléphone : Réglages → Données cellulaires (mobiles) → Ajouter une eSIM. Pas d’option de ce genre : non compatible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="105" />
        <source>&amp;Checked — OK</source>
        <translation>&amp;Vérifié — OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="106" />
        <source>Checked, OK</source>
        <translation>Vérifié, OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="108" />
        <source>&amp;Not compatible</source>
        <translation>&amp;Non compatible</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="109" />
        <source>Not compatible</source>
        <translation>Non compatible</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="111" />
        <source>Stops the sale: nothing is charged or recorded</source>
        <translation>Arrête la vente : rien n’est débité ni enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="113" />
        <source>S&amp;kip the check</source>
        <translation>&amp;Passer la vérification</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="114" />
        <source>Skip the check</source>
        <translation>Passer la vérification</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="166" />
        <source>%1 — eSIM from %2 %3</source>
        <translation>%1 — eSIM à partir de %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="185" />
        <source>No phone of that name in the list.</source>
        <translation>Aucun téléphone de ce nom dans la liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/phone_check.py" line="187" />
        <source>%n phone(s) listed.</source>
        <translation>
            <numerusform>%n téléphone listé.</numerusform>
            <numerusform>%n téléphones listés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="190" />
        <source>Chosen: %1</source>
        <translation>Choisi : %1</translation>
    </message>
</context>
<context>
    <name>PhoneCheckStep</name>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="79" />
        <source>The list of eSIM phones is missing. Ask the traveller whether the phone takes an eSIM; the owner can switch the phone check off in Settings.</source>
        <translation>La liste des téléphones eSIM est introuvable. Demandez au voyageur si son téléphone accepte une eSIM ; le gérant peut désactiver la vérification du téléphone dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="100" />
        <source>Sale stopped: the traveller's phone cannot use an eSIM. Nothing was charged or recorded.</source>
        <translation>Vente arrêtée : le téléphone du voyageur ne peut pas utiliser d’eSIM. Rien n’a été débité ni enregistré.</translation>
    </message>
</context>
<context>
    <name>PhoneListRow</name>
    <message numerus="yes">
        <location filename="../../app/ui/phone_list_update.py" line="100" />
        <source>Phone list updated: %n phone(s). The next check uses it.</source>
        <translation>
            <numerusform>Liste des téléphones mise à jour : %n téléphone. La prochaine vérification l’utilisera.</numerusform>
            <numerusform>Liste des téléphones mise à jour : %n téléphones. La prochaine vérification l’utilisera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneListUpdate</name>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="37" />
        <source>&amp;Update the phone list from a file…</source>
        <translation>&amp;Mettre à jour la liste des téléphones depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="41" />
        <source>Update the phone list from a file</source>
        <translation>Mettre à jour la liste des téléphones depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="44" />
        <source>A JSON list of eSIM-capable phones; the one shipped with the program serves until then</source>
        <translation>Une liste JSON de téléphones compatibles eSIM ; d’ici là, celle fournie avec le programme est utilisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="63" />
        <source>Phone list</source>
        <translation>Liste des téléphones</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="65" />
        <source>Phone lists (*.json)</source>
        <translation>Listes de téléphones (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="80" />
        <source>The counter is not open yet, so there is no place to keep the list. Try again in a moment.</source>
        <translation>Le comptoir n’est pas encore ouvert : la liste ne peut être conservée nulle part. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="88" />
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="108" />
        <source>This file was refused: %1. The phone list in use was kept; ask for a corrected file.</source>
        <translation>Ce fichier a été refusé : %1. La liste des téléphones en service a été conservée ; demandez un fichier corrigé.</translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="23" />
        <source>%n call minute(s)</source>
        <translation>
            <numerusform>%n minute d’appel</numerusform>
            <numerusform>%n minutes d’appel</numerusform>
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
            <numerusform>Réseaux dans %n pays (survolez pour les voir)</numerusform>
            <numerusform>Réseaux dans %n pays (survolez pour les voir)</numerusform>
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
        <translation>4G, pas de 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="41" />
        <source>top-up possible</source>
        <translation>rechargeable</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="43" />
        <source>no top-up</source>
        <translation>non rechargeable</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="45" />
        <source>hotspot allowed</source>
        <translation>partage de connexion autorisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="52" />
        <source>Data only, no calls or SMS</source>
        <translation>Données uniquement, ni appels ni SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="63" />
        <source>unlimited calls</source>
        <translation>appels illimités</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="67" />
        <source>unlimited SMS</source>
        <translation>SMS illimités</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="71" />
        <source>own phone number</source>
        <translation>numéro de téléphone propre</translation>
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
        <translation>appels ou SMS inclus</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="82" />
        <source>Validity starts at the first connection at the destination.</source>
        <translation>La validité commence à la première connexion à destination.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="86" />
        <source>Validity starts at installation: install it just before the trip.</source>
        <translation>La validité commence à l’installation : installez-la juste avant le voyage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="99" />
        <source>Networks: %1</source>
        <translation>Réseaux : %1</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../app/ui/plans_model.py" line="71" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="72" />
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="73" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="74" />
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="75" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="129" />
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="133" />
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_model.py" line="136" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="169" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>Sous le prix d’achat : la vente demande le code du responsable.</translation>
    </message>
</context>
<context>
    <name>PlansPane</name>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="39" />
        <location filename="../../app/ui/plans_pane.py" line="61" />
        <source>Plans</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="41" />
        <source>Enter, a click or a double-click chooses a plan</source>
        <translation>Entrée, un clic ou un double-clic choisit un forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="71" />
        <source>Data filter</source>
        <translation>Filtre de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="76" />
        <source>Validity filter</source>
        <translation>Filtre de validité</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>Any validity</source>
        <translation>Toute validité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>%n+ day(s)</source>
        <translation>
            <numerusform>%n jour ou plus</numerusform>
            <numerusform>%n jours ou plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="85" />
        <source>&amp;5G only</source>
        <translation>&amp;5G uniquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="86" />
        <source>5G only</source>
        <translation>5G uniquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="88" />
        <source>Shows only plans whose provider lists a 5G network</source>
        <translation>N’affiche que les forfaits dont le fournisseur indique un réseau 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="90" />
        <source>Top-&amp;up</source>
        <translation>&amp;Rechargeable</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="91" />
        <source>Top-up possible</source>
        <translation>Rechargeable</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="93" />
        <source>Shows only plans the counter can top up later</source>
        <translation>N’affiche que les forfaits que le comptoir pourra recharger plus tard</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="95" />
        <source>Ca&amp;lls/SMS</source>
        <translation>A&amp;ppels/SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="96" />
        <source>Calls or SMS</source>
        <translation>Appels ou SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="98" />
        <source>Shows only plans with calls, texts or a phone number</source>
        <translation>N’affiche que les forfaits avec appels, SMS ou numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="138" />
        <source>Any data</source>
        <translation>Tout volume</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="140" />
        <source>Unlimited only</source>
        <translation>Illimité uniquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="141" />
        <source>%1 GB or more</source>
        <translation>%1 Go ou plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="165" />
        <source>No 5G plans for %1.</source>
        <translation>Aucun forfait 5G pour %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="167" />
        <source>No plans for %1 can be topped up.</source>
        <translation>Aucun forfait pour %1 n’est rechargeable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="169" />
        <source>No plans for %1 include calls or SMS.</source>
        <translation>Aucun forfait pour %1 n’inclut d’appels ni de SMS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="171" />
        <source>No plans for %1 match the filters.</source>
        <translation>Aucun forfait pour %1 ne correspond aux filtres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="173" />
        <source>Clear a filter to see the others.</source>
        <translation>Retirez un filtre pour voir les autres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="180" />
        <source>Plans for %1</source>
        <translation>Forfaits pour %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="182" />
        <source>Loading plans…</source>
        <translation>Chargement des forfaits…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="191" />
        <source>No plans for this destination.</source>
        <translation>Aucun forfait pour cette destination.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="21" />
        <source>Every plan</source>
        <translation>Tous les forfaits</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="22" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="23" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="24" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="25" />
        <source>One plan</source>
        <translation>Un forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="31" />
        <source>No rounding (cents up)</source>
        <translation>Sans arrondi (au centime supérieur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="32" />
        <source>Up to x.99</source>
        <translation>Arrondi à x,99</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="33" />
        <source>Up to the next 0.50</source>
        <translation>Arrondi au 0,50 supérieur</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="34" />
        <source>Up to a whole unit</source>
        <translation>Arrondi à l’unité supérieure</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="35" />
        <source>Up to the next 250</source>
        <translation>Arrondi aux 250 supérieurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="36" />
        <source>Up to the next 500</source>
        <translation>Arrondi aux 500 supérieurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="37" />
        <source>Up to the next 1,000</source>
        <translation>Arrondi aux 1 000 supérieurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="45" />
        <source>%1 must be a number such as 12.5, with a point and no thousands separator.</source>
        <translation>%1 doit être un nombre comme 12.5, avec un point et sans séparateur de milliers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="118" />
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="119" />
        <source>Cost</source>
        <translation>Prix d’achat</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="120" />
        <source>Retail</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="121" />
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="122" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="149" />
        <source>below cost</source>
        <translation>sous le prix d’achat</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="51" />
        <source>Price list</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="63" />
        <source>The stored price list was damaged. Saving replaces it with this one.</source>
        <translation>La grille tarifaire enregistrée était endommagée. L’enregistrement la remplace par celle-ci.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>This destination's plans priced</source>
        <translation>Les forfaits de cette destination, avec leurs prix</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="85" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="95" />
        <source>This counter is in a chain: the price list the chain publishes replaces changes made here at the next pull (within a minute). To change the prices of every counter, the owner publishes a price list file with: esim-counter chain publish-prices FILE</source>
        <translation>Ce comptoir fait partie d'une chaîne : la liste de prix publiée par la chaîne remplace les modifications faites ici lors de la prochaine récupération (dans la minute). Pour changer les prix de tous les comptoirs, le propriétaire publie un fichier de liste de prix avec : esim-counter chain publish-prices FILE</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="100" />
        <source>The chain's price list</source>
        <translation>La liste de prix de la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="107" />
        <source>Rules (the most specific one wins)</source>
        <translation>Règles (la plus précise l’emporte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="109" />
        <source>Preview: this destination's plans</source>
        <translation>Aperçu : forfaits de cette destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="129" />
        <location filename="../../app/ui/price_list_dialog.py" line="132" />
        <source>Sale currency</source>
        <translation>Devise de vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="133" />
        <source>Empty: sell each plan in the provider's currency</source>
        <translation>Vide : chaque forfait est vendu dans la devise du fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="138" />
        <location filename="../../app/ui/price_list_dialog.py" line="139" />
        <source>Wallet currency of the exchange rate</source>
        <translation>Devise du portefeuille pour le taux de change</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Sale currency for one unit</source>
        <translation>Devise de vente pour une unité</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="147" />
        <source>Warn when the rate is older than, in days</source>
        <translation>Avertir quand le taux a plus de (jours)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Tax rate in percent</source>
        <translation>Taux de TVA en pourcentage</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Included in the prices</source>
        <translation>Inclus dans les prix</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="151" />
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="157" />
        <source>Sale currency:</source>
        <translation>Devise de vente :</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="158" />
        <source>Exchange rate:</source>
        <translation>Taux de change :</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="159" />
        <source>Warn after (days):</source>
        <translation>Avertir après (jours) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="160" />
        <source>Tax included (%):</source>
        <translation>TVA incluse (%) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="190" />
        <source>The exchange rate</source>
        <translation>Le taux de change</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="192" />
        <source>The exchange rate must be more than zero.</source>
        <translation>Le taux de change doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="201" />
        <source>The tax rate</source>
        <translation>Le taux de TVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="203" />
        <source>The tax rate must be from 0 to 100 %.</source>
        <translation>Le taux de TVA doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="205" />
        <source>That is not a currency code such as USD or IQD.</source>
        <translation>Ce n’est pas un code de devise comme USD ou IQD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="235" />
        <source>set on %1</source>
        <translation>fixé le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="237" />
        <source>(out of date)</source>
        <translation>(périmé)</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="69" />
        <source>The price list is damaged, so the counter cannot work out prices. Ask the owner to open Counter → Price list and save it again.</source>
        <translation>La grille tarifaire est endommagée, le comptoir ne peut donc pas calculer les prix. Demandez au gérant d’ouvrir Comptoir → Grille tarifaire et de l’enregistrer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="76" />
        <source>The price list has no exchange rate for this plan's currency. Ask the owner to set one in Counter → Price list.</source>
        <translation>La grille tarifaire n’a pas de taux de change pour la devise de ce forfait. Demandez au gérant d’en saisir un dans Comptoir → Grille tarifaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="81" />
        <source>This plan cannot be priced with the owner's price list. Ask the owner to check the price list.</source>
        <translation>La grille tarifaire du gérant ne donne pas de prix pour ce forfait. Demandez au gérant de vérifier la grille tarifaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="89" />
        <source>The exchange rate is out of date. Ask the owner to update it in Counter → Price list.</source>
        <translation>Le taux de change est périmé. Demandez au gérant de le mettre à jour dans Comptoir → Grille tarifaire.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="50" />
        <source>This code is too long to show as a QR code.</source>
        <translation>Ce code est trop long pour un code QR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="51" />
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="29" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="30" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="31" />
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="32" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="35" />
        <source>Tax no. %1</source>
        <translation>N° fiscal %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="36" />
        <source>Counter</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="37" />
        <source>Receipt no.</source>
        <translation>Reçu n°</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="38" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="39" />
        <source>Clerk</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="40" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="41" />
        <source>Net</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="42" />
        <source>Tax %1%</source>
        <translation>TVA %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="43" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="44" />
        <source>Cash given</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="45" />
        <source>Change</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="46" />
        <source>Payment not recorded</source>
        <translation>Paiement non enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="47" />
        <source>eSIM (ICCID)</source>
        <translation>eSIM (ICCID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="48" />
        <source>COPY</source>
        <translation>DUPLICATA</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="49" />
        <source>Reprinted %1</source>
        <translation>Réimprimé le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="50" />
        <source>TRAINING — NOT A SALE</source>
        <translation>ENTRAÎNEMENT — PAS UNE VENTE</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="51" />
        <source>Thank you for your purchase.</source>
        <translation>Merci de votre achat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="52" />
        <source>Top-up for eSIM (ICCID)</source>
        <translation>Recharge pour l’eSIM (ICCID)</translation>
    </message>
</context>
<context>
    <name>ReceiptFlow</name>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="87" />
        <source>No sale has been delivered yet: nothing to print.</source>
        <translation>Aucune vente n’a encore été livrée : rien à imprimer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="95" />
        <source>This sale has no install slip to print.</source>
        <translation>Cette vente n’a pas de fiche d’installation à imprimer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="113" />
        <source>Only a delivered sale has a receipt.</source>
        <translation>Seule une vente livrée a un reçu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="118" />
        <source>This sale was made before the counter kept retail prices, so it has no receipt. Write one by hand if the customer needs it.</source>
        <translation>Cette vente date d’avant l’enregistrement des prix de vente par le comptoir : elle n’a donc pas de reçu. Rédigez-en un à la main si le client en a besoin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="123" />
        <source>Receipts are switched off. Ask the shop owner to choose a printer in Settings → Receipts.</source>
        <translation>Les reçus sont désactivés. Demandez au gérant de choisir une imprimante dans Paramètres → Reçus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="144" />
        <source>The journal is not open yet. Try again in a moment.</source>
        <translation>Le journal des ventes n’est pas encore ouvert. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="204" />
        <source>Receipt %1 printed.</source>
        <translation>Reçu %1 imprimé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="206" />
        <source>Install slip printed. Hand it over folded: it is private.</source>
        <translation>Fiche d’installation imprimée. Remettez-la pliée : elle est confidentielle.</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="58" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="138" />
        <source>Shop address</source>
        <translation>Adresse de la boutique</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="59" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="139" />
        <source>Tax number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="60" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="140" />
        <source>Counter name</source>
        <translation>Nom de la caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="62" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="141" />
        <source>Print receipts to</source>
        <translation>Imprimer les reçus sur</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="64" />
        <source>Do not print receipts</source>
        <translation>Ne pas imprimer de reçus</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="65" />
        <source>A printer of this computer</source>
        <translation>Une imprimante de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="66" />
        <source>PDF files in a folder</source>
        <translation>Des fichiers PDF dans un dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="67" />
        <source>A thermal receipt printer (ESC/POS)</source>
        <translation>Une imprimante thermique à tickets (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="71" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="177" />
        <source>Folder for PDF receipts</source>
        <translation>Dossier des reçus PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="72" />
        <source>Documents/eSIM Counter receipts</source>
        <translation>Documents/eSIM Counter receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="73" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="74" />
        <source>Choose the folder for PDF receipts</source>
        <translation>Choisir le dossier des reçus PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="77" />
        <source>Thermal printer connection</source>
        <translation>Connexion de l’imprimante thermique</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="79" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="80" />
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="81" />
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="85" />
        <source>Thermal printer address</source>
        <translation>Adresse de l’imprimante thermique</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="88" />
        <source>Network: 192.168.1.50:9100. USB: vendor:product, such as 04b8:0e15. Serial: COM3.</source>
        <translation>Réseau : 192.168.1.50:9100. USB : fabricant:produit, par exemple 04b8:0e15. Série : COM3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="92" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="145" />
        <source>Paper width</source>
        <translation>Largeur du papier</translation>
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
        <translation>Quand imprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="98" />
        <source>After every delivered sale</source>
        <translation>Après chaque vente livrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="99" />
        <source>Only when the clerk presses Print</source>
        <translation>Seulement quand le vendeur appuie sur Imprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="102" />
        <source>Offer an install slip (QR and codes) for travellers who install later</source>
        <translation>Proposer une fiche d’installation (QR et codes) aux voyageurs qui installent plus tard</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="105" />
        <source>Offer an install slip</source>
        <translation>Proposer une fiche d’installation</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="107" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="108" />
        <source>Print test receipt</source>
        <translation>Imprimer un reçu de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="110" />
        <source>Prints a sample receipt where the settings above say, before saving.</source>
        <translation>Imprime un reçu d’exemple là où l’indiquent les réglages ci-dessus, avant l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="126" />
        <source>This counter is in a chain: the shop name, address and tax number the chain publishes replace changes made here at the next pull (within a minute). The owner publishes them from their counter with: esim-counter chain publish-shop (and the clerks with: esim-counter chain publish-clerks)</source>
        <translation>Ce comptoir fait partie d'une chaîne : le nom du magasin, l'adresse et le numéro fiscal publiés par la chaîne remplacent les modifications faites ici lors de la prochaine récupération (dans la minute). Le propriétaire les publie depuis son comptoir avec : esim-counter chain publish-shop (et les vendeurs avec : esim-counter chain publish-clerks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="132" />
        <source>The chain's shop details</source>
        <translation>Les coordonnées du magasin de la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="142" />
        <source>PDF folder</source>
        <translation>Dossier PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="143" />
        <source>Printer connection</source>
        <translation>Connexion de l’imprimante</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="144" />
        <source>Printer address</source>
        <translation>Adresse de l’imprimante</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="146" />
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="170" />
        <source>192.168.1.50:9100</source>
        <translation>192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="171" />
        <source>04b8:0e15 (vendor:product)</source>
        <translation>04b8:0e15 (fabricant:produit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="172" />
        <source>COM3 or /dev/ttyUSB0</source>
        <translation>COM3 ou /dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="201" />
        <source>The receipt's lines are one line of at most 200 characters each.</source>
        <translation>Les informations du reçu tiennent chacune sur une ligne de 200 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="218" />
        <source>Printing a test receipt…</source>
        <translation>Impression d’un reçu de test…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="231" />
        <source>The test receipt was sent to the printer.</source>
        <translation>Le reçu de test a été envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="234" />
        <source>The test receipt was saved as %1.</source>
        <translation>Le reçu de test a été enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="29" />
        <location filename="../../app/ui/refund_dialog.py" line="30" />
        <location filename="../../app/ui/refund_dialog.py" line="65" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="40" />
        <source>eSIMs refunded</source>
        <translation>eSIM remboursées</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="45" />
        <source>Reason for the refund</source>
        <translation>Motif du remboursement</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="46" />
        <source>Reason (required), e.g. trip cancelled</source>
        <translation>Motif (obligatoire), p. ex. voyage annulé</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="48" />
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="50" />
        <source>The shop bears the cost (shop's own &amp;loss)</source>
        <translation>La boutique prend le coût en charge (&amp;perte propre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="51" />
        <source>The shop bears the cost</source>
        <translation>La boutique prend le coût en charge</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="52" />
        <source>Claim it from &amp;Octopus</source>
        <translation>Le réclamer à &amp;Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="53" />
        <source>Claim it from Octopus</source>
        <translation>Le réclamer à Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="56" />
        <source>Note for the owner</source>
        <translation>Note pour le gérant</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="57" />
        <source>Note for the owner (the claim)</source>
        <translation>Note pour le gérant (la réclamation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="64" />
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="68" />
        <location filename="../../app/ui/refund_dialog.py" line="95" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="87" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <location filename="../../app/ui/refund_dialog.py" line="101" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="135" />
        <source>Type the reason for the refund first.</source>
        <translation>Saisissez d’abord le motif du remboursement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="144" />
        <source>Write a note for the owner about the claim.</source>
        <translation>Rédigez une note pour le gérant sur la réclamation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="148" />
        <source>Refunding…</source>
        <translation>Remboursement en cours…</translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="125" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>Le comptoir démarre encore ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="127" />
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="142" />
        <source>eSIM %1: %2</source>
        <translation>eSIM %1 : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="161" />
        <source>%1 goes back to the customer</source>
        <translation>%1 à rendre au client</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="163" />
        <source>: %1.</source>
        <translation> : %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="167" />
        <source>%1 cannot cancel an eSIM. The counter refunds the customer as the shop's own loss, or records it as claimed from %1 with a note for the owner.</source>
        <translation>%1 ne peut pas annuler une eSIM. Le comptoir rembourse le client comme perte propre de la boutique, ou enregistre le remboursement comme réclamé à %1 avec une note pour le gérant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/refund_flow.py" line="172" />
        <source>Not installed. %1 cancels every eSIM of this sale that is not installed together: these %n eSIMs are refunded together.</source>
        <translation>
            <numerusform>Non installée. %1 annule ensemble toutes les eSIM non installées de cette vente : %n eSIM est remboursée.</numerusform>
            <numerusform>Non installées. %1 annule ensemble toutes les eSIM non installées de cette vente : ces %n eSIM sont remboursées ensemble.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="178" />
        <source>Not installed: %1 can cancel this eSIM and refund it.</source>
        <translation>Non installée : %1 peut annuler cette eSIM et la rembourser.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="227" />
        <source>Refunded as the shop's own loss. Give the customer %1 back.</source>
        <translation>Remboursé comme perte propre de la boutique. Rendez %1 au client.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="232" />
        <source>Refunded: %1 cancelled the eSIM. Give the customer %2 back.</source>
        <translation>Remboursé : %1 a annulé l’eSIM. Rendez %2 au client.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="238" />
        <source>Refunded and recorded as claimed from %1. Give the customer %2 back.</source>
        <translation>Remboursé et enregistré comme réclamé à %1. Rendez %2 au client.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="245" />
        <source>Refund requested: %1 cancelled the eSIM and confirms the refund later. Give the customer %2 back.</source>
        <translation>Remboursement demandé : %1 a annulé l’eSIM et confirmera le remboursement plus tard. Rendez %2 au client.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="253" />
        <source>%1 refused the refund. Nothing was refunded.</source>
        <translation>%1 a refusé le remboursement. Rien n’a été remboursé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="256" />
        <source>%1's answer was lost. The counter will check again; nothing is sent twice. Do not give the money back yet.</source>
        <translation>La réponse de %1 a été perdue. Le comptoir va vérifier de nouveau ; rien n’est envoyé deux fois. Ne rendez pas encore l’argent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="271" />
        <source>A refund that was under way when the counter last stopped has gone through: %1, sold %2.</source>
        <translation>Un remboursement en cours lors du dernier arrêt du comptoir a abouti : %1, vendu le %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="281" />
        <location filename="../../app/ui/refund_flow.py" line="287" />
        <source>A refund went through</source>
        <translation>Un remboursement a abouti</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="316" />
        <source>The refund is recorded, but its receipt did not print: %1</source>
        <translation>Le remboursement est enregistré, mais son reçu n’a pas été imprimé : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="327" />
        <source>Refund receipt printed.</source>
        <translation>Reçu de remboursement imprimé.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="209" />
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="210" />
        <source>Print the report on the receipt printer</source>
        <translation>Imprimer le rapport sur l’imprimante de reçus</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="212" />
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="213" />
        <source>Save the report as a PDF file</source>
        <translation>Enregistrer le rapport en fichier PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="215" />
        <location filename="../../app/ui/shift_dialogs.py" line="216" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="143" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Which</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Markup</source>
        <translation>Majoration</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="47" />
        <location filename="../../app/ui/price_rules_editor.py" line="71" />
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="54" />
        <source>Price rules</source>
        <translation>Règles de prix</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="58" />
        <source>Rule applies to</source>
        <translation>La règle s’applique à</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="60" />
        <source>octopus, europe, TR or a plan id</source>
        <translation>octopus, europe, TR ou un identifiant de forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="61" />
        <source>Which provider, region, destination or plan</source>
        <translation>Quel fournisseur, région, destination ou forfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="64" />
        <source>Markup in percent</source>
        <translation>Majoration en pourcentage</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="67" />
        <source>Fixed markup in the sale currency</source>
        <translation>Majoration fixe dans la devise de vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="72" />
        <source>&amp;Add or replace rule</source>
        <translation>A&amp;jouter ou remplacer la règle</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="73" />
        <source>Add or replace rule</source>
        <translation>Ajouter ou remplacer la règle</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="75" />
        <source>&amp;Remove rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="76" />
        <source>Remove the selected rule</source>
        <translation>Supprimer la règle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="116" />
        <source>Say which provider, region, destination or plan the rule is for.</source>
        <translation>Indiquez à quel fournisseur, région, destination ou forfait la règle s’applique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="118" />
        <source>The markup</source>
        <translation>La majoration</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="121" />
        <source>The markup must be above -100 % and at most %1 %.</source>
        <translation>La majoration doit être supérieure à -100 % et d’au plus %1 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="125" />
        <source>The fixed markup</source>
        <translation>La majoration fixe</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="137" />
        <source>A sale of this same plan is still unresolved. Sell again only if you are sure the customer did not get that eSIM.</source>
        <translation>Une vente de ce même forfait est encore en suspens. Ne revendez que si vous êtes sûr que le client n’a pas reçu cette eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="160" />
        <source>This plan would sell below what it costs the shop. Ask the owner to change the price list.</source>
        <translation>Ce forfait serait vendu sous son prix d’achat. Demandez au propriétaire de modifier la liste de prix.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="232" />
        <source>Sold. The QR code is on the customer display.</source>
        <translation>Vendue. Le code QR est sur l’écran client.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="241" />
        <source>Paid; the provider is still preparing the eSIM. You will be told here when it is ready.</source>
        <translation>Payée ; le fournisseur prépare encore l’eSIM. Vous serez prévenu ici lorsqu’elle sera prête.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="257" />
        <source>The provider refused the sale: %1</source>
        <translation>Le fournisseur a refusé la vente : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="258" />
        <source>no reason given</source>
        <translation>sans motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="263" />
        <source>Not sold. %1</source>
        <translation>Non vendue. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="406" />
        <source>Checking the sale with the provider…</source>
        <translation>Vérification de la vente auprès du fournisseur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="440" />
        <source>A top-up went through: eSIM %1 has its %2.</source>
        <translation>Une recharge a abouti : l’eSIM %1 a reçu %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="448" />
        <source>An eSIM is ready: select it in the pending list to show the QR code.</source>
        <translation>Une eSIM est prête : sélectionnez-la dans la liste d’attente pour afficher le code QR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="469" />
        <source>A sale was not completed: %1</source>
        <translation>Une vente n’a pas abouti : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="470" />
        <source>no money moved</source>
        <translation>aucun montant débité</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="49" />
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="77" />
        <source>will be removed</source>
        <translation>sera supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>will be replaced</source>
        <translation>sera remplacé</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>stored ✓</source>
        <translation>enregistré ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Type a new value to replace it</source>
        <translation>Saisissez une nouvelle valeur pour le remplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>SecretMessages</name>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="22" />
        <source>eSIMfly access code</source>
        <translation>code d’accès eSIMfly</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="23" />
        <source>eSIMfly secret key</source>
        <translation>clé secrète eSIMfly</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="24" />
        <source>Octopus API key</source>
        <translation>clé API Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="25" />
        <source>Octopus API secret</source>
        <translation>secret API Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="30" />
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d’identification Windows</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="33" />
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="34" />
        <source>Secret Service (GNOME Keyring)</source>
        <translation>Secret Service (trousseau GNOME)</translation>
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
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="67" />
        <source>Use Windows Credential Manager, the macOS Keychain, or GNOME Keyring or KWallet on Linux.</source>
        <translation>Utilisez le Gestionnaire d’identification Windows, le Trousseau macOS, ou GNOME Keyring ou KWallet sous Linux.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="73" />
        <source>Provider secrets are kept in %1.</source>
        <translation>Les secrets des fournisseurs sont conservés dans : %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="77" />
        <source>The only keyring on this computer keeps secrets in a file, which the counter does not use. No safe keyring is available, so no secrets are kept.</source>
        <translation>Le seul trousseau de cet ordinateur garde les secrets dans un fichier, ce que le comptoir n’utilise pas. Aucun trousseau sûr n’est disponible : aucun secret n’est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="84" />
        <source>The keyring on this computer (%1) is not one the counter knows to be safe, so no secrets are kept.</source>
        <translation>Le trousseau de cet ordinateur (%1) n’est pas connu du comptoir comme sûr : aucun secret n’est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="93" />
        <source>The keyring (%1) is locked or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>Le trousseau (%1) est verrouillé ou a refusé l’accès. Déverrouillez-le, ou fermez puis rouvrez la session, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="99" />
        <source>No safe keyring is available on this computer, so the counter cannot keep provider secrets.</source>
        <translation>Aucun trousseau sûr n’est disponible sur cet ordinateur : le comptoir ne peut pas conserver les secrets des fournisseurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="118" />
        <source>The field is empty; nothing was stored.</source>
        <translation>Le champ est vide ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="124" />
        <source>The keyring is locked, or its unlock prompt was dismissed. Unlock it and try again.</source>
        <translation>Le trousseau est verrouillé, ou sa demande de déverrouillage a été fermée. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="129" />
        <source>The keyring failed or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>Le trousseau a échoué ou a refusé l’accès. Déverrouillez-le, ou fermez puis rouvrez la session, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="135" />
        <source>The keyring could not be used.</source>
        <translation>Le trousseau n’a pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="139" />
        <source>%1: not stored.</source>
        <translation>%1 : non enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="140" />
        <source>%1: could not be read.</source>
        <translation>%1 : lecture impossible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="141" />
        <source>%1: not removed.</source>
        <translation>%1 : non supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="150" />
        <source>Missing from the keyring: %1. Enter it in Settings, or run: %2</source>
        <translation>Absent du trousseau : %1. Saisissez-le dans les Paramètres, ou exécutez : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="181" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="185" />
        <source>Enter the PIN.</source>
        <translation>Saisissez le code PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="187" />
        <source>The PIN must contain digits only (0-9).</source>
        <translation>Le code PIN ne doit contenir que des chiffres (0-9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="191" />
        <source>The PIN must be %1 to %2 digits long.</source>
        <translation>Le code PIN doit compter %1 à %2 chiffres.</translation>
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
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="81" />
        <location filename="../../app/ui/sell_panel.py" line="193" />
        <source>Choose a destination and a plan.</source>
        <translation>Choisissez une destination et un forfait.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="113" />
        <source>Number of eSIMs</source>
        <translation>Nombre d’eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="115" />
        <source>eSIMs</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="121" />
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="139" />
        <source>Show QR again</source>
        <translation>Réafficher le QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="204" />
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="248" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>Sous le prix d’achat : la vente demande le code du responsable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="311" />
        <source>Selling… %1 s</source>
        <translation>Vente en cours… %1 s</translation>
    </message>
</context>
<context>
    <name>SendEmailDialog</name>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="46" />
        <location filename="../../app/ui/email_dialog.py" line="47" />
        <source>Send the eSIM by e-mail</source>
        <extracomment>Sent and journalled: the address as sent.</extracomment>
        <translation>Envoyer l’eSIM par e-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="62" />
        <source>Octopus Cards e-mails the eSIM %1 to the traveller, to install later from another screen. Type their address and check it with them.</source>
        <translation>Octopus Cards envoie l’eSIM %1 par e-mail au voyageur, pour l’installer plus tard depuis un autre écran. Saisissez son adresse et vérifiez-la avec lui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="67" />
        <source>&amp;E-mail address</source>
        <translation>&amp;Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="70" />
        <source>The traveller's e-mail address</source>
        <translation>Adresse e-mail du voyageur</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="82" />
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="83" />
        <source>Send the e-mail</source>
        <translation>Envoyer l’e-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="107" />
        <source>The counter is not ready yet; try again in a moment.</source>
        <translation>Le comptoir n’est pas encore prêt ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="114" />
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="125" />
        <source>Type the traveller's e-mail address first.</source>
        <translation>Saisissez d’abord l’adresse e-mail du voyageur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="127" />
        <source>An e-mail address has no spaces. Check it with the traveller.</source>
        <translation>Une adresse e-mail ne contient pas d’espaces. Vérifiez-la avec le voyageur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="129" />
        <source>An e-mail address has one @, like name@example.com. Check it.</source>
        <translation>Une adresse e-mail contient un seul @, comme nom@example.com. Vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="132" />
        <source>The part after @ is not a mail domain like example.com. Check it with the traveller.</source>
        <translation>La partie après @ n’est pas un domaine de messagerie comme example.com. Vérifiez-la avec le voyageur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="136" />
        <source>This address is too long for e-mail. Check it with the traveller.</source>
        <translation>Cette adresse est trop longue pour un e-mail. Vérifiez-la avec le voyageur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="138" />
        <source>The part before @ has characters an e-mail address cannot have. Check it with the traveller.</source>
        <translation>La partie avant @ contient des caractères interdits dans une adresse e-mail. Vérifiez-la avec le voyageur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="153" />
        <source>Octopus Cards did not accept this address. Check it with the traveller and send again.</source>
        <translation>Octopus Cards n’a pas accepté cette adresse. Vérifiez-la avec le voyageur et renvoyez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="158" />
        <source>Octopus Cards does not know this order, so it cannot e-mail it. Show the QR code instead.</source>
        <translation>Octopus Cards ne connaît pas cette commande et ne peut donc pas l’envoyer par e-mail. Affichez plutôt le code QR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="162" />
        <source>Not sent. %1</source>
        <translation>Non envoyé. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="165" />
        <source>Not sent: something went wrong. Try again, or show the QR code.</source>
        <translation>Non envoyé : une erreur s’est produite. Réessayez, ou affichez le code QR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="34" />
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="102" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Checking the keyring…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142" />
        <source>With no account switched on, the counter runs in training mode.</source>
        <translation>Sans compte activé, le comptoir fonctionne en mode entraînement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="44" />
        <location filename="../../app/ui/settings_tabs.py" line="60" />
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="45" />
        <location filename="../../app/ui/settings_tabs.py" line="61" />
        <source>Clerk</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="65" />
        <source>in each account's wallet currency (USD 50, EUR 50…)</source>
        <translation>dans la devise du portefeuille de chaque compte (USD 50, EUR 50…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="47" />
        <location filename="../../app/ui/settings_tabs.py" line="74" />
        <source>Warn when a balance is below</source>
        <translation>Avertir quand un solde est inférieur à</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="49" />
        <location filename="../../app/ui/settings_tabs.py" line="76" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="89" />
        <location filename="../../app/ui/settings_tabs.py" line="93" />
        <source>Ask the phone check before each sale</source>
        <translation>Faire la vérification du téléphone avant chaque vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="112" />
        <source>Automatic (second screen if there is one)</source>
        <translation>Automatique (deuxième écran s’il existe)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="127" />
        <source>Close the customer display after</source>
        <translation>Fermer l’écran client après</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="130" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="131" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="185" />
        <source>Touch mode: larger buttons and rows, lists scroll by dragging</source>
        <translation>Mode tactile : boutons et lignes plus grands, listes défilant au doigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="191" />
        <source>Touch mode</source>
        <translation>Mode tactile</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="197" />
        <location filename="../../app/ui/settings_tabs.py" line="213" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="199" />
        <source>The size of all text, from 100 to 200 percent</source>
        <translation>La taille de tout le texte, de 100 à 200 pour cent</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="204" />
        <source>Both apply to every window as soon as the settings are saved.</source>
        <translation>Les deux s’appliquent à toutes les fenêtres dès l’enregistrement des paramètres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="123" />
        <location filename="../../app/ui/settings_tabs.py" line="136" />
        <source>Customer display on</source>
        <translation>Écran client sur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="139" />
        <source>Close it after</source>
        <translation>Le fermer après</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="149" />
        <source>Repeat the new PIN</source>
        <translation>Répéter le nouveau code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="155" />
        <source>Type a new PIN to change it</source>
        <translation>Saisissez un nouveau code pour le changer</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="157" />
        <source>4 to 12 digits</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="160" />
        <source>Ask for the manager PIN before settings open</source>
        <translation>Demander le code du responsable avant d’ouvrir les paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="147" />
        <location filename="../../app/ui/settings_tabs.py" line="168" />
        <source>New PIN</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="169" />
        <source>Repeat it</source>
        <translation>Confirmez-le</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="158" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159" />
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160" />
        <source>Customer display</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="161" />
        <source>Manager PIN</source>
        <translation>Code du responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="163" />
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165" />
        <source>Clerks</source>
        <translation>Vendeurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231" />
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="236" />
        <source>Connected. Balance: %1</source>
        <translation>Connecté. Solde : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="263" />
        <source>The balance warning must be an amount, like 50.</source>
        <translation>Le seuil d’alerte doit être un montant, par exemple 50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="278" />
        <source>The shop name and the clerk are one line of at most 200 characters.</source>
        <translation>Le nom de la boutique et le vendeur tiennent chacun sur une ligne de 200 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="298" />
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="303" />
        <source>Type a PIN to switch the PIN on.</source>
        <translation>Saisissez un code pour activer le code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="328" />
        <source>Testing the connection before saving…</source>
        <translation>Test de la connexion avant l’enregistrement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="359" />
        <source>Not saved. Correct the account, or switch it off.</source>
        <translation>Non enregistré. Corrigez le compte, ou désactivez-le.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="367" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="29" />
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="30" />
        <source>The connection test failed:
%1

Save anyway? The counter will show REAL — NOT CONNECTED until it connects.</source>
        <translation>Le test de connexion a échoué :
%1

Enregistrer quand même ? Le comptoir affichera RÉEL — NON CONNECTÉ jusqu’à ce qu’il se connecte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="39" />
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="42" />
        <source>Go back</source>
        <translation>Revenir</translation>
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
        <translation>Code du responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="50" />
        <source>Manager PIN:</source>
        <translation>Code du responsable :</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="67" />
        <source>That PIN is not right.</source>
        <translation>Ce code n’est pas correct.</translation>
    </message>
</context>
<context>
    <name>SetupMessages</name>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="21" />
        <source>Enter the provider's address; it must start with https://</source>
        <translation>Saisissez l’adresse du fournisseur ; elle doit commencer par https://</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="24" />
        <source>The address must not contain spaces or backslashes.</source>
        <translation>L’adresse ne doit contenir ni espaces ni barres obliques inverses.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="27" />
        <source>The address is not a valid web address.</source>
        <translation>L’adresse n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="30" />
        <source>The address must start with https://</source>
        <translation>L’adresse doit commencer par https://</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="33" />
        <source>The address has no server name after https://</source>
        <translation>L’adresse n’a pas de nom de serveur après https://</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="36" />
        <source>The address must not contain a user name or password.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="39" />
        <source>The address must not contain '?' or '#'.</source>
        <translation>L’adresse ne doit contenir ni '?' ni '#'.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="42" />
        <source>The address must start with https:// (http:// is only allowed for this computer itself, such as http://127.0.0.1:8000).</source>
        <translation>L’adresse doit commencer par https:// (http:// n’est permis que pour cet ordinateur lui-même, comme http://127.0.0.1:8000).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="53" />
        <source>%1: the wallet currency must be a three-letter code such as USD.</source>
        <translation>%1 : la devise du portefeuille doit être un code de trois lettres comme USD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="58" />
        <source>%1: the address is not usable. %2</source>
        <translation>%1 : l’adresse n’est pas utilisable. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="73" />
        <source>The disk is full, so the sales journal cannot be written. Nothing was sent. Free some space, then try again.</source>
        <translation>Le disque est plein : le journal des ventes ne peut pas être écrit. Rien n’a été envoyé. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="79" />
        <source>The sales journal at %1 cannot be written. Nothing was sent. Make sure this user may write to its folder, then start the counter again.</source>
        <translation>Le journal des ventes %1 ne peut pas être écrit. Rien n’a été envoyé. Vérifiez que cet utilisateur peut écrire dans son dossier, puis relancez le comptoir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="85" />
        <source>The sales journal at %1 is damaged. It was left untouched. Restart the counter to restore a backup or start a new journal.</source>
        <translation>Le journal des ventes %1 est endommagé. Il n’a pas été modifié. Relancez le comptoir pour restaurer une sauvegarde ou commencer un nouveau journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="90" />
        <source>The sales journal cannot be used, so nothing was sent. Do not sell until it is fixed; the details are in the log file.</source>
        <translation>Le journal des ventes est inutilisable : rien n’a été envoyé. Ne vendez pas avant qu’il soit réparé ; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="56" />
        <location filename="../../app/ui/sign_in_dialog.py" line="60" />
        <source>Clerk name</source>
        <translation>Nom du vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="57" />
        <source>Pick a name from the list or type it</source>
        <translation>Choisissez un nom dans la liste ou saisissez-le</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="63" />
        <location filename="../../app/ui/sign_in_dialog.py" line="86" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="67" />
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="70" />
        <location filename="../../app/ui/sign_in_dialog.py" line="72" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="79" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="81" />
        <source>Quit the counter</source>
        <translation>Quitter le comptoir</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="85" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="98" />
        <source>Type or pick your name first.</source>
        <translation>Saisissez ou choisissez d’abord votre nom.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="102" />
        <source>Type your PIN, then press Enter.</source>
        <translation>Saisissez votre code PIN, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="112" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app/ui/single_instance.py" line="109" />
        <source>eSIM Counter was started again: this is the one already open.</source>
        <translation>eSIM Counter a été relancé : voici la fenêtre déjà ouverte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="120" />
        <source>eSIM Counter is already open. Its window has been brought to the front; if you do not see it, click it on the taskbar.</source>
        <translation>eSIM Counter est déjà ouvert. Sa fenêtre a été mise au premier plan ; si vous ne la voyez pas, cliquez dessus dans la barre des tâches.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="126" />
        <source>eSIM Counter is already open but is not answering. Wait a moment; if its window does not come back, close it from the taskbar and start it again.</source>
        <translation>eSIM Counter est déjà ouvert mais ne répond pas. Patientez un instant ; si sa fenêtre ne revient pas, fermez-la depuis la barre des tâches et relancez-le.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="48" />
        <source>Chain sync</source>
        <translation>Synchronisation de la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="63" />
        <source>Chain: pushing…</source>
        <translation>Chaîne : envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="100" />
        <source>Chain: status unknown</source>
        <translation>Chaîne : état inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="101" />
        <source>The sync status could not be read.</source>
        <translation>L’état de la synchronisation n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="129" />
        <source>Chain: in sync</source>
        <translation>Chaîne : synchronisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="132" />
        <source>Chain: checking…</source>
        <translation>Chaîne : vérification…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="133" />
        <source>Chain: %n row(s) waiting</source>
        <translation>
            <numerusform>Chaîne : %n ligne en attente</numerusform>
            <numerusform>Chaîne : %n lignes en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="135" />
        <source>Offline — selling on; %n row(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — la vente continue ; %n ligne en attente</numerusform>
            <numerusform>Hors ligne — la vente continue ; %n lignes en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="137" />
        <source>; prices from %1</source>
        <translation> ; prix mis à jour : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="142" />
        <source>Last push: %1</source>
        <translation>Dernier envoi : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="144" />
        <source>Nothing pushed yet.</source>
        <translation>Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="147" />
        <source>Last problem: %1</source>
        <translation>Dernier problème : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="148" />
        <source>Click to push now.</source>
        <translation>Cliquez pour envoyer maintenant.</translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../../app/ui/till_menu.py" line="79" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>Le comptoir démarre encore ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="122" />
        <source>Shift %1 is already open; close it (Z) before opening another.</source>
        <translation>Le service %1 est déjà ouvert ; clôturez-le (Z) avant d’en ouvrir un autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="137" />
        <source>Shift %1 is open with a float of %2.</source>
        <translation>Le service %1 est ouvert avec un fond de caisse de %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="147" />
        <source>No shift is open. Open a shift with its float first (Till menu).</source>
        <translation>Aucun service n’est ouvert. Ouvrez d’abord un service avec son fond de caisse (menu Caisse).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="161" />
        <source>Pay-in of %1 recorded.</source>
        <translation>Entrée d’espèces de %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="163" />
        <source>Pay-out of %1 recorded.</source>
        <translation>Sortie d’espèces de %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="178" />
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="180" />
        <source>X report, shift %1: %2 expected in the drawer</source>
        <translation>Rapport X, service %1 : %2 attendus dans la caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="221" />
        <source>Z report %1</source>
        <translation>Rapport Z %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="222" />
        <source>Z %1 written. Counted %2, expected %3, difference %4.</source>
        <translation>Z %1 établi. Compté %2, attendu %3, écart %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="241" />
        <source>Report printed.</source>
        <translation>Rapport imprimé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="243" />
        <source>Report saved as %1.</source>
        <translation>Rapport enregistré sous %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="255" />
        <source>No receipt printer is set up (Settings › Receipts).</source>
        <translation>Aucune imprimante de reçus n’est configurée (Paramètres › Reçus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="269" />
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>TillMenu</name>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="37" />
        <source>A refund needs a manager.</source>
        <translation>Un remboursement nécessite un responsable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="38" />
        <source>Closing the shift (Z) needs a manager.</source>
        <translation>La clôture du service (Z) nécessite un responsable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="65" />
        <source>&amp;Till</source>
        <translation>Ca&amp;isse</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="68" />
        <source>&amp;Open shift…</source>
        <translation>&amp;Ouvrir le service…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="69" />
        <source>Pay &amp;in…</source>
        <translation>&amp;Entrée d’espèces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="70" />
        <source>Pay o&amp;ut…</source>
        <translation>&amp;Sortie d’espèces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="72" />
        <source>&amp;X report…</source>
        <translation>Rapport &amp;X…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="74" />
        <source>&amp;Close shift (Z)…</source>
        <translation>&amp;Clôturer le service (Z)…</translation>
    </message>
</context>
<context>
    <name>TillReport</name>
    <message>
        <location filename="../../app/ui/till_docs.py" line="26" />
        <source>X REPORT</source>
        <translation>RAPPORT X</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="27" />
        <source>Z REPORT</source>
        <translation>RAPPORT Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="28" />
        <source>Z %1</source>
        <translation>Z %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="29" />
        <source>Corrects Z %1: %2</source>
        <translation>Corrige Z %1 : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="30" />
        <source>Shift %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="31" />
        <source>Opened %1 by %2</source>
        <translation>Ouvert le %1 par %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="32" />
        <source>Made %1 by %2</source>
        <translation>Établi le %1 par %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="33" />
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="34" />
        <source>Number of sales</source>
        <translation>Nombre de ventes</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="35" />
        <source>Gross</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="36" />
        <source>Net</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="37" />
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="38" />
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="39" />
        <source>Takings (sales less refunds)</source>
        <translation>Recettes (ventes moins remboursements)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="40" />
        <source>Delivered sales without a price: %1</source>
        <translation>Ventes livrées sans prix : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="41" />
        <source>By payment method</source>
        <translation>Par moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="42" />
        <source>%1 refunded</source>
        <translation>%1 remboursé</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="43" />
        <source>By clerk</source>
        <translation>Par vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="44" />
        <source>(no clerk)</source>
        <translation>(aucun vendeur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="45" />
        <source>%1: %2 sale(s)</source>
        <translation>%1 : %2 vente(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="46" />
        <source>%1: %2 refund(s)</source>
        <translation>%1 : %2 remboursement(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="47" />
        <source>Refund of %1 (%2)</source>
        <translation>Remboursement de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="48" />
        <source>Pay-ins and pay-outs</source>
        <translation>Entrées et sorties d’espèces</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="49" />
        <source>Pay-in: %1</source>
        <translation>Entrée : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="50" />
        <source>Pay-out: %1</source>
        <translation>Sortie : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="51" />
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="52" />
        <source>Opening float</source>
        <translation>Fond de caisse initial</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="53" />
        <source>Cash taken</source>
        <translation>Espèces encaissées</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="54" />
        <source>Cash refunded</source>
        <translation>Espèces remboursées</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="55" />
        <source>Cash handed back</source>
        <translation>Espèces rendues</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="56" />
        <source>Pay-ins</source>
        <translation>Entrées d’espèces</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="57" />
        <source>Pay-outs</source>
        <translation>Sorties d’espèces</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="58" />
        <source>Expected in the drawer</source>
        <translation>Attendu dans la caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="59" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="60" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="61" />
        <source>Still owed to customers (in the drawer)</source>
        <translation>Encore dû aux clients (dans la caisse)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="62" />
        <source>Paid, not delivered yet (in the drawer)</source>
        <translation>Payé, pas encore livré (dans la caisse)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="63" />
        <source>Provider balances</source>
        <translation>Soldes des fournisseurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="64" />
        <source>%1 at opening</source>
        <translation>%1 à l’ouverture</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="65" />
        <source>%1 now</source>
        <translation>%1 maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="66" />
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="67" />
        <source>%1 balance used</source>
        <translation>Solde utilisé chez %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="68" />
        <source>%1 charged less refunded</source>
        <translation>Débité chez %1 moins remboursé</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="69" />
        <source>%1 difference</source>
        <translation>Écart chez %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="70" />
        <source>May explain it: %1 — %2</source>
        <translation>Explication possible : %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="71" />
        <source>Other currencies (not added up)</source>
        <translation>Autres devises (non additionnées)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="72" />
        <source>TRAINING — NOT REAL MONEY</source>
        <translation>ENTRAÎNEMENT — PAS D’ARGENT RÉEL</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="73" />
        <source>REFUND</source>
        <translation>REMBOURSEMENT</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="74" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="75" />
        <source>Clerk</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="76" />
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="77" />
        <source>eSIM %1</source>
        <translation>eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="78" />
        <source>Paid back by %1</source>
        <translation>Remboursé (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="79" />
        <source>Total paid back</source>
        <translation>Total remboursé</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="80" />
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="83" />
        <source>outcome not known yet</source>
        <translation>résultat encore inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="84" />
        <source>sent, no answer yet</source>
        <translation>envoyé, pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="85" />
        <source>pending at the provider</source>
        <translation>en attente chez le fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="86" />
        <source>charge not known</source>
        <translation>débit inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="87" />
        <source>refund not yet back on the balance</source>
        <translation>remboursement pas encore recrédité sur le solde</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="88" />
        <source>another currency</source>
        <translation>autre devise</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="89" />
        <source>owed</source>
        <translation>dû</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="90" />
        <source>not delivered</source>
        <translation>non livré</translation>
    </message>
</context>
<context>
    <name>TopupDialog</name>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="47" />
        <source>Top up an eSIM</source>
        <extracomment>The clerk chose a package and a quantity: (TopupPackage, int).</extracomment>
        <translation>Recharger une eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="52" />
        <source>Top up eSIM %1</source>
        <translation>Recharger l’eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="62" />
        <source>Asking eSIMfly which top-ups this eSIM can take…</source>
        <translation>Interrogation d’eSIMfly sur les recharges possibles pour cette eSIM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="71" />
        <source>Top-ups for this eSIM</source>
        <translation>Recharges pour cette eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="73" />
        <source>Use the arrow keys to choose a top-up, then press Enter to take payment.</source>
        <translation>Choisissez une recharge avec les flèches, puis appuyez sur Entrée pour encaisser.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Top-up</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="93" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="95" />
        <source>How many times this top-up is added to the eSIM.</source>
        <translation>Nombre de fois que cette recharge est ajoutée à l’eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="98" />
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="110" />
        <source>Take payment…</source>
        <translation>Encaisser…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="113" />
        <source>Take payment for the chosen top-up</source>
        <translation>Encaisser la recharge choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="116" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="145" />
        <source>no price: see the price list</source>
        <translation>pas de prix : voir la grille tarifaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/topup_dialog.py" line="148" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="157" />
        <source>Choose a top-up, then take payment.</source>
        <translation>Choisissez une recharge, puis encaissez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="161" />
        <source>eSIMfly offers no top-up for this eSIM.</source>
        <translation>eSIMfly ne propose aucune recharge pour cette eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="175" />
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="179" />
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
</context>
<context>
    <name>TopupFlow</name>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="110" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>Le comptoir démarre encore ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="130" />
        <source>Sold as: %1</source>
        <translation>Vendue comme : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="171" />
        <source>Take payment for a top-up</source>
        <translation>Encaisser une recharge</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="175" />
        <source>Take payment, then top up eSIM %1?</source>
        <translation>Encaisser, puis recharger l’eSIM %1 ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="179" />
        <location filename="../../app/ui/topup_flow.py" line="180" />
        <source>Top up now</source>
        <translation>Recharger maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="190" />
        <source>Topping up the eSIM…</source>
        <translation>Recharge de l’eSIM en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="210" />
        <source>Not topped up. %1</source>
        <translation>Non rechargée. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="218" />
        <source>Outcome unknown: do not top up this eSIM again until the sale is checked. It is in the list of sales that need attention.</source>
        <translation>Résultat inconnu : ne rechargez pas de nouveau cette eSIM avant que la vente soit vérifiée. Elle figure dans la liste des ventes qui demandent votre attention.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="235" />
        <source>Topped up: %1 added to eSIM %2 (%3 paid).</source>
        <translation>Rechargée : %1 ajouté à l’eSIM %2 (%3 payé).</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="244" />
        <source>Top-up</source>
        <translation>Recharge</translation>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="165" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <location filename="../../app/ui/lookup_text.py" line="94" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="97" />
        <source>less than a day left</source>
        <translation>moins d’un jour restant</translation>
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
        <translation>Clôturer le service %1 (Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="36" />
        <source>Count the cash in the drawer and type what you counted.</source>
        <translation>Comptez les espèces de la caisse et saisissez le montant compté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="38" />
        <source>&amp;Counted cash</source>
        <translation>&amp;Espèces comptées</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="50" />
        <location filename="../../app/ui/z_close.py" line="54" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="52" />
        <source>Expected in the drawer</source>
        <translation>Attendu dans la caisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="53" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="59" />
        <source>The Z report gets the next number and can never be changed afterwards.</source>
        <translation>Le rapport Z reçoit le numéro suivant et ne pourra plus jamais être modifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="65" />
        <source>Close shift</source>
        <translation>Clôturer le service</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="67" />
        <source>Close shift and write the Z report</source>
        <translation>Clôturer le service et établir le rapport Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="70" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="94" />
        <source>%1 short</source>
        <translation>%1 en moins</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="97" />
        <source>%1 over</source>
        <translation>%1 en trop</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="100" />
        <source>None: the drawer is right</source>
        <translation>Aucun : la caisse est juste</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="110" />
        <source>Type the cash you counted, e.g. 250, or 0.</source>
        <translation>Saisissez les espèces comptées, p. ex. 250, ou 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="113" />
        <source>Closing the shift…</source>
        <translation>Clôture du service…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="29" />
        <source>Something unexpected went wrong. Sales already recorded are safe.

If it happens again, send this file to support: %1</source>
        <translation>Une erreur inattendue s’est produite. Les ventes déjà enregistrées sont en sécurité.

Si cela se reproduit, envoyez ce fichier au support : %1</translation>
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
        <translation>Imprimer le reçu</translation>
    </message>
</context>
<context>
    <name>manager</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="260" />
        <source>The price list is for the owner.</source>
        <translation>La grille tarifaire est réservée au gérant.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="54" />
        <source>The provider</source>
        <translation>Le fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Une erreur s’est produite. Les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Balance too low: %1 more needed.</source>
        <translation>Solde insuffisant : il manque %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Balance too low at %1 for this sale.</source>
        <translation>Solde insuffisant chez %1 pour cette vente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97" />
        <source>%1 says this computer's clock is wrong. Correct the clock.</source>
        <translation>%1 indique que l’horloge de cet ordinateur est fausse. Corrigez l’horloge.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>%1 Ask the shop owner to check the account in Settings.</source>
        <translation>%1 Demandez au gérant de vérifier le compte dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112" />
        <source>Too many requests to %1. Selling resumes in %2.</source>
        <translation>Trop de requêtes vers %1. La vente reprend dans %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118" />
        <source>Too many requests to %1. Wait a moment, then try again.</source>
        <translation>Trop de requêtes vers %1. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>No clear answer from %1: the outcome is unknown. Do not sell again until this sale is checked.</source>
        <translation>Pas de réponse claire de %1 : le résultat est inconnu. Ne revendez pas avant que cette vente soit vérifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>This plan is no longer available. Pick another plan.</source>
        <translation>Ce forfait n’est plus disponible. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>The price of this plan has changed. Reload the plans and check the price.</source>
        <translation>Le prix de ce forfait a changé. Rechargez les forfaits et vérifiez le prix.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136" />
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 n’a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140" />
        <source>Cannot reach %1. Check the internet connection, then try again.</source>
        <translation>Impossible de joindre %1. Vérifiez la connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144" />
        <source>%1 sent an answer the counter cannot read.</source>
        <translation>%1 a envoyé une réponse illisible pour le comptoir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149" />
        <source>This is a training sale; it is checked when the counter sells in training mode again.</source>
        <translation>C’est une vente de formation ; elle sera vérifiée quand le comptoir vendra de nouveau en mode formation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>This is a real sale; it is checked when the counter sells for real again.</source>
        <translation>C’est une vente réelle ; elle sera vérifiée quand le comptoir vendra de nouveau pour de vrai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159" />
        <source>This counter has no %1 account switched on. Switch it on in Settings to check this sale.</source>
        <translation>Ce comptoir n’a pas de compte %1 activé. Activez-le dans les Paramètres pour vérifier cette vente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165" />
        <source>This sale is too old to send again safely; check it with %1.</source>
        <translation>Cette vente est trop ancienne pour être renvoyée sans risque ; vérifiez-la auprès de %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169" />
        <source>An earlier sale of this plan is not checked yet and %1 did not answer. Nothing was sold; check the earlier sale first (Check now), then sell again.</source>
        <translation>Une vente antérieure de ce forfait n’est pas encore vérifiée et %1 n’a pas répondu. Rien n’a été vendu ; vérifiez d’abord la vente antérieure (Vérifier), puis vendez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>%1 has no order for this sale (yet). It is checked again shortly.</source>
        <translation>%1 n’a pas (encore) de commande pour cette vente. Elle sera vérifiée de nouveau sous peu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>%1 refused the order: %2</source>
        <translation>%1 a refusé la commande : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201" />
        <source>Only eSIMfly eSIMs can be topped up here. Sell the traveller a new eSIM.</source>
        <translation>Seules les eSIM eSIMfly peuvent être rechargées ici. Vendez une nouvelle eSIM au voyageur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="205" />
        <source>This eSIM cannot be topped up: its plan does not allow it. Sell the traveller a new eSIM instead.</source>
        <translation>Cette eSIM ne peut pas être rechargée : son forfait ne le permet pas. Vendez plutôt une nouvelle eSIM au voyageur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213" />
        <source>This eSIM is not installed yet, so it cannot be topped up. Install it first; it still has all its data.</source>
        <translation>Cette eSIM n’est pas encore installée, elle ne peut donc pas être rechargée. Installez-la d’abord ; elle a encore toutes ses données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219" />
        <source>This eSIM has expired, so it cannot be topped up. Sell the traveller a new eSIM.</source>
        <translation>Cette eSIM a expiré, elle ne peut donc pas être rechargée. Vendez une nouvelle eSIM au voyageur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223" />
        <source>This eSIM cannot be topped up in its present state (%1).</source>
        <translation>Cette eSIM ne peut pas être rechargée dans son état actuel (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227" />
        <source>This top-up is no longer offered for this eSIM. Choose another.</source>
        <translation>Cette recharge n’est plus proposée pour cette eSIM. Choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231" />
        <source>eSIMfly has no eSIM with this ICCID on the shop's account. Check the number.</source>
        <translation>eSIMfly n’a aucune eSIM avec cet ICCID sur le compte de la boutique. Vérifiez le numéro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241" />
        <source>The eSIM is already installed on the traveller's phone, so %1 will not refund it. Nothing was refunded.</source>
        <translation>L'eSIM est déjà installée sur le téléphone du voyageur, donc %1 ne la remboursera pas. Rien n'a été remboursé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247" />
        <source>This eSIM has already been refunded, or its refund is still being checked. It is not refunded twice.</source>
        <translation>Cette eSIM a déjà été remboursée, ou son remboursement est encore en cours de vérification. Elle n'est pas remboursée deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="253" />
        <source>Only a delivered eSIM can be refunded. Nothing was refunded.</source>
        <translation>Seule une eSIM livrée peut être remboursée. Rien n'a été remboursé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257" />
        <source>%1 cannot cancel an eSIM. Record the refund as the shop's own loss, or as claimed from %1 with a note for the owner.</source>
        <translation>%1 ne peut pas annuler une eSIM. Enregistrez le remboursement comme une perte de la boutique, ou comme réclamé à %1 avec une note pour le gérant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="270" />
        <source>The receipt printer is out of paper. Put in a new roll, then print the receipt again from History.</source>
        <translation>L’imprimante de reçus n’a plus de papier. Mettez un nouveau rouleau, puis réimprimez le reçu depuis l’Historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="276" />
        <source>The receipt printer (%1) cannot be reached. Check that it is switched on and connected, then print the receipt again from History.</source>
        <translation>L’imprimante de reçus (%1) est injoignable. Vérifiez qu’elle est allumée et connectée, puis réimprimez le reçu depuis l’Historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282" />
        <source>The receipt printer is not set up correctly. Ask the shop owner to check Settings → Receipts.</source>
        <translation>L’imprimante de reçus n’est pas bien configurée. Demandez au gérant de vérifier Paramètres → Reçus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288" />
        <source>The receipt could not be saved in %1. Ask the shop owner to choose another folder in Settings → Receipts.</source>
        <translation>Le reçu n’a pas pu être enregistré dans %1. Demandez au gérant de choisir un autre dossier dans Paramètres → Reçus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="293" />
        <source>The receipt could not be printed. The sale is not affected; print the receipt again from History.</source>
        <translation>Le reçu n’a pas pu être imprimé. La vente n’est pas touchée ; réimprimez le reçu depuis l’Historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="327" />
        <source>That name and PIN do not match a clerk. Check both and try again.</source>
        <translation>Ce nom et ce code PIN ne correspondent à aucun vendeur. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="331" />
        <source>%1 can no longer sign in at this counter. Ask the shop owner.</source>
        <translation>%1 ne peut plus se connecter à cette caisse. Demandez au gérant de la boutique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="350" />
        <source>%1 Check the address and both keys in the provider's account page.</source>
        <translation>%1 Vérifiez l’adresse et les deux clés sur la page de compte du fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="358" />
        <source>REAL — not connected: %1</source>
        <translation>RÉEL — non connecté : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364" />
        <source>Waiting for the chain's database to check which orders other counters already claimed; this sale is checked again when the database answers. Do not sell it again.</source>
        <translation>En attente de la base de données de la chaîne pour vérifier quelles commandes d’autres caisses ont déjà réclamées ; cette vente sera revérifiée quand la base répondra. Ne la revendez pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="371" />
        <source>An earlier sale of this plan on counter %1 is not checked yet; this sale is checked again after it. Do not sell it again.</source>
        <translation>Une vente antérieure de ce forfait sur la caisse %1 n’est pas encore vérifiée ; cette vente sera revérifiée après elle. Ne la revendez pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="377" />
        <source>Waiting for counter %1 to send its latest sales to the chain before this sale's order is confirmed; it is checked again in a moment. Do not sell it again.</source>
        <translation>En attente que le comptoir %1 envoie ses dernières ventes à la chaîne avant de confirmer la commande de cette vente ; elle sera vérifiée de nouveau dans un instant. Ne la vendez pas une seconde fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383" />
        <source>The order found for this sale was claimed by another counter's sale at the same moment; this sale is checked again. Do not sell it again.</source>
        <translation>La commande trouvée pour cette vente a été réclamée au même moment par une vente d’une autre caisse ; cette vente sera revérifiée. Ne la revendez pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="388" />
        <source>This sale is checked again shortly. Do not sell it again.</source>
        <translation>Cette vente sera revérifiée sous peu. Ne la revendez pas.</translation>
    </message>
</context>
</TS>