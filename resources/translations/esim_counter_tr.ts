<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr">
<context>
    <name />
    <message>
        <location filename="../../app/ui/clerk_override.py" line="111" />
        <source>Approval needed</source>
        <translation>Onay gerekiyor</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="114" />
        <source>Asked by %1.</source>
        <translation>İsteyen: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="116" />
        <source>A supervisor or the owner types their PIN to allow it.</source>
        <translation>İzin vermek için bir amir veya mağaza sahibi PIN'ini girer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="118" />
        <source>Allow</source>
        <translation>İzin ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="127" />
        <source>%1 may not allow this. A supervisor or the owner must.</source>
        <translation>%1 buna izin veremez. Bir amir veya mağaza sahibi izin vermelidir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="183" />
        <source>A refund needs a supervisor's approval.</source>
        <translation>İade için bir amirin onayı gerekir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="184" />
        <source>Closing the shift needs a supervisor's approval.</source>
        <translation>Vardiyayı kapatmak için bir amirin onayı gerekir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="185" />
        <source>The settings are for the owner.</source>
        <translation>Ayarlar yalnızca mağaza sahibi içindir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="186" />
        <source>The price list is for the owner.</source>
        <translation>Fiyat listesi yalnızca mağaza sahibi içindir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="187" />
        <source>Cost and margin are for the owner.</source>
        <translation>Maliyet ve kâr yalnızca mağaza sahibi içindir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="189" />
        <source>This needs a supervisor's or the owner's approval.</source>
        <translation>Bunun için bir amirin veya mağaza sahibinin onayı gerekir.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="60" />
        <source>About %1</source>
        <translation>%1 hakkında</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="71" />
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="73" />
        <source>Sells travel eSIMs across the counter and shows their QR codes.</source>
        <translation>Seyahat eSIM'lerini tezgâhta satar ve QR kodlarını gösterir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="107" />
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="108" />
        <source>&amp;About eSIM Counter</source>
        <translation>eSIM Counter &amp;hakkında</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="26" />
        <source>Access code</source>
        <translation>Erişim kodu</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="27" />
        <source>Secret key</source>
        <translation>Gizli anahtar</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="28" />
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="29" />
        <source>API secret</source>
        <translation>API sırrı</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="105" />
        <source>Sell through this account</source>
        <translation>Bu hesapla sat</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="108" />
        <source>%1 address</source>
        <translation>%1 adresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="110" />
        <source>%1 wallet currency</source>
        <translation>%1 bakiye para birimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="112" />
        <source>As the account reports it</source>
        <translation>Hesabın bildirdiği gibi</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="114" />
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="115" />
        <source>Test the %1 connection</source>
        <translation>%1 bağlantısını test et</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="124" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="125" />
        <source>Wallet currency</source>
        <translation>Bakiye para birimi</translation>
    </message>
</context>
<context>
    <name>AfterSale</name>
    <message>
        <location filename="../../app/ui/after_sale.py" line="80" />
        <source>Installed ✓ on the traveller's phone: eSIM %1</source>
        <extracomment>Tests shrink the provider's cadence and the pause before the display closes.</extracomment>
        <translation>Yolcunun telefonuna kuruldu ✓: eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="84" />
        <source>Installed ✓</source>
        <translation>Kuruldu ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="100" />
        <source>The eSIM was sent by e-mail to %1.</source>
        <translation>eSIM, e-posta ile şu adrese gönderildi: %1.</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <location filename="../../app/ui/balance_label.py" line="23" />
        <source>unavailable</source>
        <translation>kullanılamıyor</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="46" />
        <source>Balance: loading…</source>
        <translation>Bakiye: yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="52" />
        <source>⚠ Low balance: top up soon</source>
        <translation>⚠ Bakiye düşük: yakında yükleyin</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="59" />
        <source>Balance unavailable: %1</source>
        <translation>Bakiye alınamadı: %1</translation>
    </message>
</context>
<context>
    <name>CashBox</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="106" />
        <source>Cash tendered</source>
        <translation>Alınan nakit</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="108" />
        <source>The amount the customer hands over; empty means the exact amount</source>
        <translation>Müşterinin verdiği tutar; boş bırakılırsa tam tutar</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="111" />
        <source>&amp;Tendered</source>
        <translation>&amp;Alınan</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="114" />
        <source>&amp;Exact amount</source>
        <translation>&amp;Tam tutar</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="116" />
        <source>Exact amount</source>
        <translation>Tam tutar</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="162" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="164" />
        <source>Customer gives %1 %2</source>
        <translation>Müşteri %1 %2 veriyor</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="197" />
        <source>Change: %1</source>
        <translation>Para üstü: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="203" />
        <source>Type the amount the customer gives, e.g. 20</source>
        <translation>Müşterinin verdiği tutarı yazın, ör. 20</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="207" />
        <source>Not enough: %1 still to pay</source>
        <translation>Yetersiz: %1 daha ödenmeli</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <location filename="../../app/ui/cash_count.py" line="51" />
        <source>The amount in %1</source>
        <translation>%1 cinsinden tutar</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="56" />
        <source>Count per note and &amp;coin</source>
        <translation>Banknot ve &amp;madeni paraya göre say</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="57" />
        <source>Count per note and coin</source>
        <translation>Banknot ve madeni paraya göre say</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="73" />
        <source>Number of %1 %2</source>
        <translation>%1 %2 adedi</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay in</source>
        <translation>Kasaya para girişi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay out</source>
        <translation>Kasadan para çıkışı</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="94" />
        <source>&amp;Amount</source>
        <translation>&amp;Tutar</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="98" />
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="99" />
        <source>Why the cash goes in or out, e.g. milk</source>
        <translation>Nakdin kasaya neden girdiği veya çıktığı, örn. süt</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="100" />
        <source>&amp;Reason</source>
        <translation>&amp;Neden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="108" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="124" />
        <source>Type the amount, more than zero.</source>
        <translation>Sıfırdan büyük bir tutar yazın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="129" />
        <source>Say why, e.g. “milk” or “change from the bank”.</source>
        <translation>Nedenini yazın, örn. “süt” veya “bankadan bozuk para”.</translation>
    </message>
</context>
<context>
    <name>CentralFeed</name>
    <message>
        <location filename="../../app/ui/chain_central.py" line="163" />
        <source>The chain's price list (version %1) is now in use.</source>
        <translation>Zincirin fiyat listesi (sürüm %1) artık kullanılıyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="169" />
        <source>The chain's shop details (version %1) are now on the receipts.</source>
        <translation>Zincirin mağaza bilgileri (sürüm %1) artık fişlerde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="197" />
        <source>The chain's latest publication cannot be used, so the last good copy stays in use. Ask the owner to publish it again. (%1)</source>
        <translation>Zincirin son yayını kullanılamıyor, bu yüzden son sağlam kopya kullanılmaya devam ediyor. Sahibinden yeniden yayınlamasını isteyin. (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="206" />
        <source>The chain's database cannot be reached and this counter has no copy of its data yet: it sells with its own price list meanwhile.</source>
        <translation>Zincirin veritabanına ulaşılamıyor ve bu kasada henüz verilerinin bir kopyası yok: bu arada kendi fiyat listesiyle satış yapıyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="211" />
        <source>The chain's database cannot be reached: the counter sells on with the chain's prices and clerks as copied at %1.</source>
        <translation>Zincirin veritabanına ulaşılamıyor: kasa, %1 tarihinde kopyalanan zincir fiyatları ve personeliyle satışa devam ediyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="260" />
        <source>The chain's clerks (version %1) can now sign in here.</source>
        <translation>Zincirin personeli (sürüm %1) artık burada oturum açabilir.</translation>
    </message>
</context>
<context>
    <name>ChainLink</name>
    <message>
        <location filename="../../app/ui/chain_link.py" line="74" />
        <source>C&amp;hain</source>
        <translation>&amp;Zincir</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="77" />
        <source>Chain &amp;reports…</source>
        <translation>Zincir &amp;raporları…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="79" />
        <source>&amp;Push now</source>
        <translation>Şimdi &amp;gönder</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="111" />
        <source>The chain needs the keyring, which is not available.</source>
        <translation>Zincir için anahtarlık gerekiyor, ancak anahtarlık kullanılamıyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="140" />
        <source>The chain's password is not in the keyring: type it in Settings › Chain.</source>
        <translation>Zincirin parolası anahtarlıkta yok: Ayarlar › Zincir bölümünde girin.</translation>
    </message>
</context>
<context>
    <name>ChainMessages</name>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="42" />
        <source>The chain's database is not set up yet. On the server, run “esim-counter chain init” once, then test again.</source>
        <translation>Zincirin veritabanı henüz kurulmadı. Sunucuda bir kez “esim-counter chain init” komutunu çalıştırın, sonra yeniden test edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="47" />
        <source>The chain's database was set up by a newer eSIM Counter. Install the newer version on this counter; it keeps selling and catches up once updated.</source>
        <translation>Zincirin veritabanı daha yeni bir eSIM Counter sürümüyle kurulmuş. Bu kasaya yeni sürümü yükleyin; kasa satışa devam eder ve güncellendikten sonra eksikleri tamamlar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="53" />
        <location filename="../../app/ui/chain_messages.py" line="91" />
        <source>The chain's database could not be used. Check Settings › Chain.</source>
        <translation>Zincirin veritabanı kullanılamadı. Ayarlar › Zincir bölümünü kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="60" />
        <source>The chain's database could not be used. The details were written to the log.</source>
        <translation>Zincirin veritabanı kullanılamadı. Ayrıntılar log dosyasına yazıldı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="68" />
        <source>The chain's database server cannot be reached. Check the server name, the port and the network; the counter keeps selling meanwhile.</source>
        <translation>Zincirin veritabanı sunucusuna ulaşılamıyor. Sunucu adını, bağlantı noktasını ve ağı kontrol edin; kasa bu arada satışa devam eder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="74" />
        <source>The database refused the user or the password. Check both and try again.</source>
        <translation>Veritabanı kullanıcıyı veya parolayı reddetti. İkisini de kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="79" />
        <source>The database server's certificate is not trusted by this computer. Check the server name, or ask whoever runs the server for a certificate this computer trusts.</source>
        <translation>Bu bilgisayar, veritabanı sunucusunun sertifikasına güvenmiyor. Sunucu adını kontrol edin veya sunucuyu yöneten kişiden bu bilgisayarın güvendiği bir sertifika isteyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="86" />
        <source>There is no such database on the server. Check its name, or create it and run “esim-counter chain init”.</source>
        <translation>Sunucuda böyle bir veritabanı yok. Adını kontrol edin veya veritabanını oluşturup “esim-counter chain init” komutunu çalıştırın.</translation>
    </message>
</context>
<context>
    <name>ChainReportsWindow</name>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="71" />
        <source>Chain reports</source>
        <translation>Zincir raporları</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <location filename="../../app/ui/chain_reports.py" line="142" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Shop</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <source>All shops</source>
        <translation>Tüm mağazalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <location filename="../../app/ui/chain_reports.py" line="143" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Counter</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <source>All counters</source>
        <translation>Tüm kasalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <location filename="../../app/ui/chain_reports.py" line="144" />
        <source>Clerk</source>
        <translation>Görevli</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <source>All clerks</source>
        <translation>Tüm görevliler</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="84" />
        <location filename="../../app/ui/chain_reports.py" line="145" />
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="87" />
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="88" />
        <source>Export CSV…</source>
        <translation>CSV dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="90" />
        <source>Every sale of the day shown, with its refunds, for the filters chosen</source>
        <translation>Gösterilen günün tüm satışları, iadeleriyle birlikte, seçilen filtrelere göre</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="94" />
        <source>Sales by provider</source>
        <translation>Sağlayıcıya göre satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="96" />
        <source>Takings by sale currency</source>
        <translation>Satış para birimine göre hasılat</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="107" />
        <source>Z reports</source>
        <translation>Z raporları</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="110" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID, sipariş, varış yeri veya paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="112" />
        <source>Search sales</source>
        <translation>Satışlarda ara</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="121" />
        <source>Sales of the chain</source>
        <translation>Zincirin satışları</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="133" />
        <source>Day report</source>
        <translation>Gün raporu</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="134" />
        <source>X/Z</source>
        <translation>X/Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="135" />
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="136" />
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="235" />
        <source>Reading the chain's database…</source>
        <translation>Zincirin veritabanı okunuyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="268" />
        <source>The sales could not be read from the chain's database.</source>
        <translation>Satışlar zincirin veritabanından okunamadı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="282" />
        <source>all counters</source>
        <translation>tüm kasalar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="284" />
        <source>%n sale(s) on this day; %1.</source>
        <translation>
            <numerusform>Bu günde %n satış; %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>eSIMs</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Charged</source>
        <translation>Tahsil edilen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Refunded</source>
        <translation>İade edildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Not sold</source>
        <translation>Satılmadı</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Needs checking</source>
        <translation>Kontrol gerekli</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Revenue</source>
        <translation>Hasılat</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Tax</source>
        <translation>KDV</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Margin</source>
        <translation>Kâr</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="327" />
        <source>Cash expected in the drawers: %1</source>
        <translation>Kasalarda olması gereken nakit: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="329" />
        <source>No sales on this day.</source>
        <translation>Bu günde satış yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Closed at</source>
        <translation>Kapanış saati</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Closed by</source>
        <translation>Kapatan</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Expected</source>
        <translation>Olması gereken</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Counted</source>
        <translation>Sayılan</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Difference</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="358" />
        <source>Export the chain's sales</source>
        <translation>Zincirin satışlarını dışa aktar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="360" />
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="369" />
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="372" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n satış dışa aktarıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainTab</name>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="56" />
        <source>In a chain, this counter copies every sale to the chain's PostgreSQL database and takes the chain's prices and clerks from it. It keeps selling when the database cannot be reached, and catches up later.</source>
        <translation>Bir zincirde bu kasa her satışı zincirin PostgreSQL veritabanına kopyalar ve zincirin fiyatlarını ve görevlilerini oradan alır. Veritabanına ulaşılamadığında satışa devam eder, eksikleri sonra tamamlar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="66" />
        <location filename="../../app/ui/chain_tab.py" line="101" />
        <source>Database server</source>
        <translation>Veritabanı sunucusu</translation>
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
        <translation>Bağlantı noktası</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="72" />
        <location filename="../../app/ui/chain_tab.py" line="103" />
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="73" />
        <source>Database user</source>
        <translation>Veritabanı kullanıcısı</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="74" />
        <source>Database password</source>
        <translation>Veritabanı parolası</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="77" />
        <source>Kept in the system keyring only; leave empty to keep the stored one</source>
        <translation>Yalnızca sistem anahtarlığında saklanır; kayıtlı olanı korumak için boş bırakın</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="79" />
        <source>Shop in the chain</source>
        <translation>Zincirdeki mağaza</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="81" />
        <source>This counter's name</source>
        <translation>Bu kasanın adı</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="84" />
        <source>A name no other counter of the chain uses, such as desk-2</source>
        <translation>Zincirdeki başka hiçbir kasanın kullanmadığı bir ad, örneğin desk-2</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="87" />
        <source>Encrypted, server certificate checked</source>
        <translation>Şifreli, sunucu sertifikası doğrulanır</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="88" />
        <source>Encrypted, certificate not checked</source>
        <translation>Şifreli, sertifika doğrulanmaz</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="89" />
        <source>Not encrypted (same machine only)</source>
        <translation>Şifresiz (yalnızca aynı bilgisayar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="90" />
        <source>Connection security</source>
        <translation>Bağlantı güvenliği</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="94" />
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="95" />
        <source>Leave the chain</source>
        <translation>Zincirden ayrıl</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="104" />
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="105" />
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="106" />
        <source>Shop</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="107" />
        <source>Counter</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="108" />
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="139" />
        <source>This counter leaves the chain when you save.</source>
        <translation>Kaydettiğinizde bu kasa zincirden ayrılır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="141" />
        <source>This counter is in the chain as %1 of %2.</source>
        <translation>Bu kasa zincirde %2 mağazasının %1 kasası olarak yer alıyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="144" />
        <source>This counter is in no chain: fill in the fields and save to join.</source>
        <translation>Bu kasa hiçbir zincirde değil: katılmak için alanları doldurup kaydedin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="157" />
        <source>Stored in the keyring; type to replace it</source>
        <translation>Anahtarlıkta kayıtlı; değiştirmek için yazın</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="184" />
        <source>To join a chain, fill in the server, the database, the user, the shop and this counter's name.</source>
        <translation>Bir zincire katılmak için sunucuyu, veritabanını, kullanıcıyı, mağazayı ve bu kasanın adını doldurun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="192" />
        <source>Each chain field is one line of at most 200 characters.</source>
        <translation>Her zincir alanı en fazla 200 karakterlik tek bir satırdır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="209" />
        <source>Fill in the chain's database first.</source>
        <translation>Önce zincirin veritabanı bilgilerini doldurun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="212" />
        <source>Testing…</source>
        <translation>Test ediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="225" />
        <source>Connected. The chain's database is ready (schema %1.%2).</source>
        <translation>Bağlandı. Zincirin veritabanı hazır (şema %1.%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="250" />
        <source>Save to leave the chain. This counter's sales stay in its own journal; what was copied to the chain stays there.</source>
        <translation>Zincirden ayrılmak için kaydedin. Bu kasanın satışları kendi günlüğünde kalır; zincire kopyalananlar da orada kalır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="269" />
        <source>Type the chain database's password: it is kept in the keyring.</source>
        <translation>Zincir veritabanının parolasını girin: anahtarlıkta saklanır.</translation>
    </message>
</context>
<context>
    <name>ClerkGate</name>
    <message>
        <location filename="../../app/ui/clerk_rows.py" line="32" />
        <source>The sales journal is still opening. Try again in a moment.</source>
        <translation>Satış günlüğü hâlâ açılıyor. Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="106" />
        <source>S&amp;witch clerk…</source>
        <translation>Görevli &amp;değiştir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="109" />
        <source>Sign &amp;out</source>
        <translation>&amp;Oturumu kapat</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="179" />
        <source>Signed out</source>
        <translation>Oturum kapatıldı</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="181" />
        <source>Clerk: %1</source>
        <translation>Görevli: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="231" />
        <source>Sign-in is on but there are no clerks: add them in Settings › Clerks.</source>
        <translation>Oturum açma açık ama hiç görevli yok: Ayarlar › Görevliler bölümünden ekleyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Switch clerk</source>
        <translation>Görevli değiştir</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="238" />
        <source>Type your name and PIN to use the counter.</source>
        <translation>Kasayı kullanmak için adınızı ve PIN'inizi girin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="318" />
        <source>Clerk</source>
        <translation>Görevli</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="319" />
        <source>Supervisor</source>
        <translation>Amir</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="320" />
        <source>Owner</source>
        <translation>Mağaza sahibi</translation>
    </message>
</context>
<context>
    <name>ClerksTab</name>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="53" />
        <source>Each clerk signs in with their own PIN</source>
        <translation>Her görevli kendi PIN'iyle oturum açar</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="55" />
        <source>Require sign-in</source>
        <translation>Oturum açmayı zorunlu kıl</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="58" />
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="59" />
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="61" />
        <source>Idle minutes</source>
        <translation>Boşta kalma süresi (dakika)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="63" />
        <source>After this many minutes without a key or click; 0 for never</source>
        <translation>Tuşa basılmadan veya tıklanmadan bu kadar dakika geçince; hiçbir zaman için 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="66" />
        <source>Sign the clerk out</source>
        <translation>Görevlinin oturumunu kapat</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="67" />
        <source>Lock until the PIN is typed</source>
        <translation>PIN girilene kadar kilitle</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="71" />
        <location filename="../../app/ui/clerks_tab.py" line="100" />
        <source>When idle</source>
        <translation>Boşta kalınca</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="74" />
        <source>Clerks</source>
        <translation>Görevliler</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="77" />
        <source>Clerk name</source>
        <translation>Görevli adı</translation>
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
        <translation>Görevli PIN'i</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="87" />
        <source>Clerk PIN again</source>
        <translation>Görevli PIN'i (tekrar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="88" />
        <source>Add clerk</source>
        <translation>Görevli ekle</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="89" />
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="90" />
        <source>Set new PIN</source>
        <translation>Yeni PIN belirle</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="91" />
        <source>Change role</source>
        <translation>Rolü değiştir</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="92" />
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Deactivate</source>
        <translation>Devre dışı bırak</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="99" />
        <source>Sign out after</source>
        <translation>Oturumu kapatma süresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="102" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="104" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="105" />
        <source>PIN again</source>
        <translation>PIN (tekrar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="133" />
        <source>Clerks can be changed once the counter is open.</source>
        <translation>Görevliler, kasa açıldıktan sonra değiştirilebilir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="146" />
        <source>%1 (deactivated)</source>
        <translation>%1 (devre dışı)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Reactivate</source>
        <translation>Yeniden etkinleştir</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="175" />
        <source>A clerk's name is 1 to 40 letters on one line.</source>
        <translation>Görevli adı tek satırda 1 ile 40 harf arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="179" />
        <source>The two PINs are not the same.</source>
        <translation>İki PIN aynı değil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="189" />
        <source>There is already a clerk called %1.</source>
        <translation>%1 adında bir görevli zaten var.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="202" />
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="222" />
        <source>%1 can now sign in.</source>
        <translation>%1 artık oturum açabilir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="227" />
        <source>Pick a clerk in the list first.</source>
        <translation>Önce listeden bir görevli seçin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="236" />
        <source>Renamed to %1.</source>
        <translation>Ad %1 olarak değiştirildi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="243" />
        <source>%1 has a new PIN.</source>
        <translation>%1 için yeni PIN belirlendi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="252" />
        <source>%1 has a new role.</source>
        <translation>%1 için yeni rol belirlendi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="262" />
        <source>%1 is changed.</source>
        <translation>%1 değiştirildi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="268" />
        <source>Keep at least one active owner while clerks must sign in.</source>
        <translation>Görevlilerin oturum açması zorunluyken en az bir etkin mağaza sahibi bulunmalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="277" />
        <source>Add an owner clerk before asking clerks to sign in: Settings needs one.</source>
        <translation>Görevlilerden oturum açmalarını istemeden önce mağaza sahibi rolünde bir görevli ekleyin: Ayarlar için bir tane gerekir.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="63" />
        <source>This computer's clock is %n minute(s) ahead. Correct the clock.</source>
        <translation>
            <numerusform>Bu bilgisayarın saati %n dakika ileri. Saati düzeltin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="68" />
        <source>This computer's clock is %n minute(s) behind. Correct the clock.</source>
        <translation>
            <numerusform>Bu bilgisayarın saati %n dakika geri. Saati düzeltin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmSaleDialog</name>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="70" />
        <source>Take payment</source>
        <translation>Ödeme al</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="79" />
        <source>Take payment, then sell this eSIM?</source>
        <translation>Ödemeyi alıp bu eSIM'i satalım mı?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/confirm_dialog.py" line="81" />
        <source>Take payment, then sell these %n eSIMs?</source>
        <translation>
            <numerusform>Ödemeyi alıp bu %n eSIM satılsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="88" />
        <source>%1 included (%2 %)</source>
        <translation>%1 dahil (%%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="95" />
        <source>Destination</source>
        <translation>Varış yeri</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="96" />
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="97" />
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="98" />
        <source>Quantity</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="99" />
        <source>Tax</source>
        <translation>KDV</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="100" />
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="119" />
        <source>&amp;Split between two methods</source>
        <translation>İki ödeme yöntemine &amp;böl</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="121" />
        <source>Split between two methods</source>
        <translation>İki ödeme yöntemine böl</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="127" />
        <location filename="../../app/ui/confirm_dialog.py" line="129" />
        <source>Sell now</source>
        <translation>Şimdi sat</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="171" />
        <source>Amount paid by the first method</source>
        <translation>İlk yöntemle ödenen tutar</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="174" />
        <source>Second method</source>
        <translation>İkinci yöntem</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="180" />
        <source>&amp;Rest by</source>
        <translation>Ka&amp;lanı</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="197" />
        <source>A&amp;mount by %1</source>
        <translation>&amp;Ödenen (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="233" />
        <source>Type an amount less than the total</source>
        <translation>Toplamdan küçük bir tutar yazın</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="85" />
        <source>Your eSIM</source>
        <extracomment>The clerk asked to send this eSIM by e-mail (button or Ctrl+E; Octopus only).</extracomment>
        <translation>eSIM'iniz</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="96" />
        <source>Scan to install your eSIM</source>
        <translation>eSIM'inizi kurmak için tarayın</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="112" />
        <source>Android and iPhone: open the Camera and scan</source>
        <translation>Android ve iPhone: Kamerayı açıp tarayın</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="116" />
        <source>iPhone (iOS 17.4+): install link</source>
        <translation>iPhone (iOS 17.4+): kurulum bağlantısı</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="124" />
        <source>Confirmation code</source>
        <translation>Onay kodu</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="127" />
        <source>Installed ✓</source>
        <translation>Kuruldu ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="139" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="140" />
        <source>SM-DP+ address</source>
        <translation>SM-DP+ adresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="141" />
        <source>Activation code</source>
        <translation>Etkinleştirme kodu</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="165" />
        <source>◀ Previous eSIM</source>
        <translation>◀ Önceki eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="166" />
        <source>Next eSIM ▶</source>
        <translation>Sonraki eSIM ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="169" />
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="171" />
        <source>Close the customer display</source>
        <translation>Müşteri ekranını kapat</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="172" />
        <source>Previous eSIM</source>
        <translation>Önceki eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="173" />
        <source>Next eSIM</source>
        <translation>Sonraki eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="174" />
        <source>Send by e-mail… (Ctrl+E)</source>
        <translation>E-postayla gönder… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="176" />
        <source>Send the eSIM by e-mail</source>
        <translation>eSIM'i e-postayla gönder</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="178" />
        <source>Octopus Cards e-mails the eSIM to the traveller, to install later.</source>
        <translation>Octopus Cards, eSIM'i daha sonra kurulmak üzere yolcuya e-postayla gönderir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="265" />
        <source>checking…</source>
        <translation>kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="271" />
        <source>The activation code is not available yet.</source>
        <translation>Etkinleştirme kodu henüz hazır değil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="286" />
        <source>Ask the clerk</source>
        <translation>Görevliye sorun</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="301" />
        <source>eSIM %1 of %2</source>
        <translation>eSIM %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="318" />
        <source>Closes in %1</source>
        <translation>%1 sonra kapanır</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <location filename="../../app/ui/day_report.py" line="63" />
        <source>Day report</source>
        <translation>Gün raporu</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="102" />
        <source>Balances: loading…</source>
        <translation>Bakiyeler: yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="70" />
        <location filename="../../app/ui/day_report.py" line="105" />
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="77" />
        <source>Sales by provider</source>
        <translation>Sağlayıcıya göre satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="87" />
        <source>Takings by sale currency</source>
        <translation>Satış para birimine göre hasılat</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>eSIMs</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Charged</source>
        <translation>Tahsil edilen</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Not sold</source>
        <translation>Satılmadı</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Needs checking</source>
        <translation>Kontrol gerekli</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="191" />
        <source>Training mode: these are training sales; no money moved.</source>
        <translation>Eğitim modu: bunlar eğitim satışları; ödeme alınmadı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="196" />
        <source>%n sale(s) of the other mode (training or real) are not counted.</source>
        <translation>
            <numerusform>Diğer moddan (eğitim veya gerçek) %n satış sayılmadı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="206" />
        <source>%n refund(s) in %1: %2, already taken off the payment methods and the drawer.</source>
        <translation>
            <numerusform>%1 cinsinden %n iade: %2; ödeme yöntemlerinden ve kasadan zaten düşüldü.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="215" />
        <source>Sales that need checking may still have been charged.</source>
        <translation>Kontrol gereken satışlar yine de tahsil edilmiş olabilir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Revenue</source>
        <translation>Hasılat</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Tax</source>
        <translation>KDV</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="222" />
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="222" />
        <source>Margin</source>
        <translation>Kâr</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="244" />
        <source>(after %n refund(s): %1 paid back)</source>
        <translation>
            <numerusform>(%n iadeden sonra: %1 geri ödendi)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="251" />
        <source>(of which %1 is owed back to customers)</source>
        <translation>(%1 müşterilere iade edilecek)</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="258" />
        <source>Cash expected in the drawer: %1</source>
        <translation>Kasada olması gereken nakit: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="265" />
        <source>Balances now: %1</source>
        <translation>Şu anki bakiyeler: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="269" />
        <source>Balance unavailable: %1</source>
        <translation>Bakiye alınamadı: %1</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../app/ui/destinations.py" line="144" />
        <source>Destination search</source>
        <translation>Varış yeri arama</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="147" />
        <source>Name or code</source>
        <translation>Ad veya kod</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="149" />
        <source>A country or region name, or an alpha-2 or alpha-3 code (Ctrl+F)</source>
        <translation>Bir ülke veya bölge adı ya da alfa-2 veya alfa-3 kodu (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="158" />
        <source>Destinations</source>
        <translation>Varış yerleri</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="168" />
        <source>Loading destinations…</source>
        <translation>Varış yerleri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="174" />
        <source>Destination</source>
        <translation>Varış yeri</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../../app/ui/names.py" line="26" />
        <source>Europe</source>
        <translation>Avrupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="27" />
        <source>Asia</source>
        <translation>Asya</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="28" />
        <source>Middle East</source>
        <translation>Orta Doğu</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="29" />
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="30" />
        <source>Latin America</source>
        <translation>Latin Amerika</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="31" />
        <source>North America</source>
        <translation>Kuzey Amerika</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="32" />
        <source>Caribbean</source>
        <translation>Karayipler</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="33" />
        <source>Oceania</source>
        <translation>Okyanusya</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="35" />
        <source>Global</source>
        <translation>Küresel</translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../app/ui/destinations.py" line="78" />
        <source>%1 (regional)</source>
        <translation>%1 (bölgesel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="80" />
        <source>Global (worldwide)</source>
        <translation>Küresel (tüm dünya)</translation>
    </message>
</context>
<context>
    <name>Handback</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="15" />
        <source>Give back %1 in cash</source>
        <translation>Nakit geri verin: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="16" />
        <source>Refund %1 to the card</source>
        <translation>Karta iade edin: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="17" />
        <source>Send back %1 by bank transfer</source>
        <translation>Havale/EFT ile geri gönderin: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="18" />
        <source>Give back %1 the way it was paid</source>
        <translation>Ödendiği şekilde geri verin: %1</translation>
    </message>
</context>
<context>
    <name>HandbackDialog</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="51" />
        <source>Give the money back</source>
        <translation>Parayı geri verin</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="53" />
        <source>The sale failed. No eSIM was sold.</source>
        <translation>Satış başarısız oldu. eSIM satılmadı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="72" />
        <source>Why: %1</source>
        <translation>Neden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="79" />
        <source>I gave it back</source>
        <translation>Geri verdim</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="81" />
        <source>I gave the money back</source>
        <translation>Parayı geri verdim</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="83" />
        <source>Later</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="85" />
        <source>Later: the money is still owed</source>
        <translation>Sonra: para hâlâ borç</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="87" />
        <source>The sale stays in the list as money owed until you confirm</source>
        <translation>Siz onaylayana kadar satış listede iade bekleyen para olarak kalır</translation>
    </message>
</context>
<context>
    <name>HandbackFlow</name>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="75" />
        <source>The customer is still owed their money: see the list below.</source>
        <translation>Müşterinin parası hâlâ iade edilmedi: aşağıdaki listeye bakın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="78" />
        <source>Noted: the money was given back.</source>
        <translation>Kaydedildi: para geri verildi.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history.py" line="69" />
        <source>Sales history</source>
        <translation>Satış geçmişi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="87" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID, sipariş, varış yeri veya paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="89" />
        <source>Search sales</source>
        <translation>Satışlarda ara</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="91" />
        <source>Sales shown</source>
        <translation>Gösterilen satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="93" />
        <source>All sales</source>
        <translation>Tüm satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="94" />
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="95" />
        <source>Pending</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="96" />
        <source>Needs checking</source>
        <translation>Kontrol gerekli</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="97" />
        <source>Not sold</source>
        <translation>Satılmadı</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="100" />
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="103" />
        <source>From date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="105" />
        <source>To date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="112" />
        <source>Hide training sales</source>
        <translation>Eğitim satışlarını gizle</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="130" />
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="144" />
        <source>Show QR</source>
        <translation>QR göster</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="145" />
        <source>Copy ICCID</source>
        <translation>ICCID kopyala</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="146" />
        <source>Check now</source>
        <translation>Şimdi kontrol et</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="147" />
        <source>Export CSV…</source>
        <translation>CSV dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="155" />
        <source>&amp;Reprint receipt</source>
        <translation>Fişi &amp;yeniden yazdır</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="156" />
        <location filename="../../app/ui/history.py" line="162" />
        <source>Reprint receipt</source>
        <translation>Fişi yeniden yazdır</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="158" />
        <source>Prints the selected sale's receipt again, marked COPY.</source>
        <translation>Seçili satışın fişini KOPYA ibaresiyle yeniden yazdırır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="174" />
        <source>Re&amp;fund…</source>
        <translation>İ&amp;ade et…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="175" />
        <source>Refund the selected sale</source>
        <translation>Seçili satışı iade et</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="178" />
        <source>Refund…</source>
        <translation>İade et…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="186" />
        <source>E-mail…</source>
        <translation>E-posta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="188" />
        <source>Send the selected sale's eSIM by e-mail</source>
        <translation>Seçili satışın eSIM'ini e-postayla gönder</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="190" />
        <source>Send by e-mail…</source>
        <translation>E-postayla gönder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="198" />
        <source>Look up the eSIM…</source>
        <translation>eSIM'i sorgula…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="205" />
        <source>&amp;Top up…</source>
        <translation>&amp;Ek paket…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="207" />
        <source>Top up the selected eSIM</source>
        <translation>Seçili eSIM'e ek paket yükle</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="209" />
        <source>Sells more data and days for the eSIM of the selected eSIMfly sale.</source>
        <translation>Seçili eSIMfly satışının eSIM'i için ek veri ve gün satar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="220" />
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="325" />
        <source>Cost and margin shown.</source>
        <translation>Maliyet ve kâr gösteriliyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="367" />
        <source>This sale has no eSIM to look up.</source>
        <translation>Bu satışta sorgulanacak bir eSIM yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="388" />
        <source>Only Octopus Cards can e-mail an eSIM; eSIMfly cannot. Show the QR code instead (Show QR).</source>
        <translation>Yalnızca Octopus Cards eSIM'i e-postayla gönderebilir; eSIMfly gönderemez. Bunun yerine QR kodunu gösterin (QR göster).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="408" />
        <source>This sale has several eSIMs: choose one in the lookup window, then press Top up there.</source>
        <translation>Bu satışta birden çok eSIM var: sorgulama penceresinde birini seçin, ardından orada Ek paket düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="428" />
        <source>ICCID copied.</source>
        <translation>ICCID kopyalandı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="440" />
        <source>Printing the receipt…</source>
        <translation>Fiş yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="446" />
        <source>Receipt %1 printed again (COPY).</source>
        <translation>%1 numaralı fiş yeniden yazdırıldı (KOPYA).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="458" />
        <source>Export sales</source>
        <translation>Satışları dışa aktar</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="460" />
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history.py" line="476" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n satış dışa aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="478" />
        <source>Could not write the file: %1</source>
        <translation>Dosya yazılamadı: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/history_model.py" line="85" />
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="86" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="87" />
        <source>Destination</source>
        <translation>Varış yeri</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="88" />
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="89" />
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="90" />
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="91" />
        <source>Retail</source>
        <translation>Satış fiyatı</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="92" />
        <source>Tax</source>
        <translation>KDV</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="93" />
        <source>Margin</source>
        <translation>Kâr</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="94" />
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="95" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="96" />
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="114" />
        <source>Refunded</source>
        <translation>İade edildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="115" />
        <source>Partly refunded</source>
        <translation>Kısmen iade edildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="117" />
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="118" />
        <source>Pending at the provider</source>
        <translation>Sağlayıcıda beklemede</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="119" />
        <source>Not sold</source>
        <translation>Satılmadı</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="120" />
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="121" />
        <location filename="../../app/ui/history_model.py" line="122" />
        <source>Needs checking</source>
        <translation>Kontrol gerekli</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_model.py" line="273" />
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="274" />
        <location filename="../../app/ui/history_model.py" line="311" />
        <source> (training)</source>
        <translation> (eğitim)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="278" />
        <source>Top-up: %1</source>
        <translation>Ek paket: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="304" />
        <source>Refund (claimed from the provider)</source>
        <translation>İade (sağlayıcıdan talep edildi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="306" />
        <source>Refund (shop's loss)</source>
        <translation>İade (mağazanın zararı)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="308" />
        <source>Refund (confirmed later)</source>
        <translation>İade (sonra onaylanacak)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="310" />
        <source>Refund</source>
        <translation>İade</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="340" />
        <source>%1, handed back</source>
        <translation>%1, iade edildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="342" />
        <source>%1, owed back</source>
        <translation>%1, iade bekliyor</translation>
    </message>
</context>
<context>
    <name>InstallSlip</name>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="26" />
        <source>Install your eSIM</source>
        <translation>eSIM'inizi yükleyin</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="27" />
        <source>Keep this private — it installs your eSIM</source>
        <translation>Gizli tutun — eSIM'iniz bununla yüklenir</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="28" />
        <source>Anyone with this slip can install it, once. Do not share or post it.</source>
        <translation>Bu fişe sahip olan herkes eSIM'i bir kez yükleyebilir. Paylaşmayın, internette yayınlamayın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="31" />
        <source>1. Connect to Wi-Fi, then open Settings → Mobile data (Cellular) → Add eSIM.</source>
        <translation>1. Wi-Fi'a bağlanın, ardından Ayarlar → Mobil veri (Hücresel) → eSIM Ekle'yi açın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="35" />
        <source>2. Choose “Use QR code” and scan this code, or type the two codes below.</source>
        <translation>2. “QR Kodu Kullan”ı seçip bu kodu tarayın veya aşağıdaki iki kodu yazın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="39" />
        <source>3. On arrival, switch this eSIM on for mobile data and turn data roaming on.</source>
        <translation>3. Vardığınızda bu eSIM'i mobil veri için açın ve veri dolaşımını (roaming) açın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="43" />
        <source>SM-DP+ address</source>
        <translation>SM-DP+ adresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="44" />
        <source>Activation code</source>
        <translation>Etkinleştirme kodu</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="46" />
        <source>Your plan</source>
        <translation>Paketiniz</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="47" />
        <source>Networks: %1</source>
        <translation>Ağlar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="48" />
        <source>Countries covered: %1</source>
        <translation>Kapsanan ülkeler: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="49" />
        <source>Its days start when the eSIM first connects at your destination.</source>
        <translation>Süresi, eSIM varış yerinizde ilk kez bağlandığında başlar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="52" />
        <source>Its days start as soon as the eSIM is installed.</source>
        <translation>Süresi, eSIM kurulur kurulmaz başlar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="55" />
        <source>5G where the network offers it.</source>
        <translation>Ağın sunduğu yerlerde 5G.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="56" />
        <source>More data: it can be topped up at this counter.</source>
        <translation>Daha fazla veri: bu kasada ek paket yüklenebilir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="57" />
        <source>Data only: no calls or SMS. Call and text with internet apps.</source>
        <translation>Yalnızca veri: arama ve SMS yok. Arama ve mesaj için internet uygulamalarını kullanın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="60" />
        <source>Calls and SMS are included.</source>
        <translation>Arama ve SMS dahildir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="61" />
        <source>It comes with a phone number of its own.</source>
        <translation>Kendine ait bir telefon numarasıyla gelir.</translation>
    </message>
</context>
<context>
    <name>JournalProblem</name>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="80" />
        <source>Sales journal</source>
        <translation>Satış günlüğü</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="86" />
        <source>The sales journal at %1 is damaged. It was left untouched. Nothing can be sold until it is replaced.</source>
        <translation>%1 konumundaki satış günlüğü bozuk. Ona dokunulmadı. Değiştirilene kadar hiçbir şey satılamaz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="90" />
        <source>Restore a backup of the journal, or start a new journal. Either way the damaged file is kept in %1 under a new name, so nothing is lost for good.</source>
        <translation>Günlüğün bir yedeğini geri yükleyin veya yeni bir günlük başlatın. Her iki durumda da bozuk dosya %1 içinde yeni bir adla saklanır; hiçbir şey kalıcı olarak kaybolmaz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="95" />
        <source>The sales journal at %1 cannot be written, so nothing can be sold.</source>
        <translation>%1 konumundaki satış günlüğüne yazılamıyor, bu yüzden hiçbir şey satılamaz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="98" />
        <source>Make sure the folder %1 exists, that this user may write to it and that the disk is not full (or start the counter with --journal and a writable file), then press Try again.</source>
        <translation>%1 klasörünün var olduğundan, bu kullanıcının ona yazabildiğinden ve diskin dolu olmadığından emin olun (veya kasayı --journal ve yazılabilir bir dosyayla başlatın), sonra Tekrar dene'ye basın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="110" />
        <source>Restore a backup…</source>
        <translation>Yedeği geri yükle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="111" />
        <source>Start a new journal</source>
        <translation>Yeni günlük başlat</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="112" />
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="113" />
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="135" />
        <source>Restore the sales journal from</source>
        <translation>Satış günlüğünü şuradan geri yükle</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="137" />
        <source>Sales journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>Satış günlükleri (*.sqlite3 *.db);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="141" />
        <source>Restoring…</source>
        <translation>Geri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="145" />
        <source>Starting a new journal…</source>
        <translation>Yeni günlük başlatılıyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="154" />
        <source>The damaged journal is kept as %1.</source>
        <translation>Bozuk günlük %1 olarak saklandı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="165" />
        <source>That did not work: %1 Nothing was changed.</source>
        <translation>Bu işe yaramadı: %1 Hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>LookupWindow</name>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="31" />
        <source>Not installed yet</source>
        <translation>Henüz kurulmadı</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="32" />
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="33" />
        <source>Expired</source>
        <translation>Süresi doldu</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="34" />
        <source>Data used up</source>
        <translation>Veri bitti</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="35" />
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="36" />
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="43" />
        <source>The phone has not installed this eSIM yet.</source>
        <translation>Telefon bu eSIM'i henüz kurmadı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="46" />
        <source>The eSIM is installed and working.</source>
        <translation>eSIM kurulu ve çalışıyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="49" />
        <source>The plan's days have run out.</source>
        <translation>Paketin süresi doldu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="52" />
        <source>All the plan's data has been used.</source>
        <translation>Paketin tüm verisi kullanıldı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="55" />
        <source>This eSIM was cancelled; it no longer works.</source>
        <translation>Bu eSIM iptal edildi; artık çalışmıyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="58" />
        <source>The provider's status is not one the counter knows.</source>
        <translation>Sağlayıcının bildirdiği durum, programın tanıdığı bir durum değil.</translation>
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
        <translation>Sınırsız</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="138" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="147" />
        <source>Not sold by this counter</source>
        <translation>Bu kasada satılmadı</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="162" />
        <source>%1 did not answer; try Refresh.</source>
        <translation>%1 yanıt vermedi; Yenile'yi deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="169" />
        <source>No provider account is set up to look eSIMs up.</source>
        <translation>eSIM sorgulamak için ayarlanmış bir sağlayıcı hesabı yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="172" />
        <source>No eSIM with this ICCID at %1. Check the digits.</source>
        <translation>%1 sağlayıcısında bu ICCID'ye sahip eSIM yok. Rakamları kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="183" />
        <source>Not sold by this counter; found at %1.</source>
        <translation>Bu kasada satılmadı; %1 sağlayıcısında bulundu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="189" />
        <source>Some details could not be read; try Refresh.</source>
        <translation>Bazı ayrıntılar okunamadı; Yenile'yi deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="66" />
        <location filename="../../app/ui/lookup_window.py" line="67" />
        <source>Look up an eSIM</source>
        <translation>eSIM sorgula</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="76" />
        <source>ICCID to look up</source>
        <translation>Sorgulanacak ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="78" />
        <source>Type or scan the eSIM's ICCID, then press Enter.</source>
        <translation>eSIM'in ICCID'sini yazın veya tarayın, sonra Enter'a basın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="80" />
        <source>ICCID (type or scan)</source>
        <translation>ICCID (yazın veya tarayın)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="82" />
        <source>&amp;ICCID</source>
        <translation>&amp;ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="84" />
        <source>&amp;Look up</source>
        <translation>&amp;Sorgula</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="85" />
        <source>Look up</source>
        <translation>Sorgula</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="88" />
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="89" />
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="90" />
        <source>Asks the provider again (F5).</source>
        <translation>Sağlayıcıya yeniden sorar (F5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="99" />
        <source>eSIM of this sale</source>
        <translation>Bu satışın eSIM'i</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="101" />
        <source>This sale has several eSIMs: choose the one to look up.</source>
        <translation>Bu satışta birden çok eSIM var: sorgulanacak olanı seçin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="104" />
        <source>e&amp;SIM</source>
        <translation>e&amp;SIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="122" />
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="123" />
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="124" />
        <source>Data used</source>
        <translation>Kullanılan veri</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="125" />
        <source>Data left</source>
        <translation>Kalan veri</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="126" />
        <source>Expires</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="127" />
        <source>Installed</source>
        <translation>Kuruldu</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="128" />
        <source>First used</source>
        <translation>İlk kullanım</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="129" />
        <source>Last network</source>
        <translation>Son ağ</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="130" />
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="131" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="132" />
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="133" />
        <source>Sale</source>
        <translation>Satış</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="138" />
        <source>&amp;Top up…</source>
        <translation>&amp;Ek paket…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="140" />
        <source>Top up this eSIM</source>
        <translation>Bu eSIM'e ek paket yükle</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="144" />
        <location filename="../../app/ui/lookup_window.py" line="145" />
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="197" />
        <source>That is not an ICCID: it has 18 to 22 digits and starts with 89.</source>
        <translation>Bu bir ICCID değil: ICCID 18 ile 22 rakam arasındadır ve 89 ile başlar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="221" />
        <source>This sale has no eSIM to look up.</source>
        <translation>Bu satışta sorgulanacak bir eSIM yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="227" />
        <source>eSIM %1 of %2: %3</source>
        <translation>eSIM %1 / %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="263" />
        <source>The counter is not connected to the providers yet; try Refresh.</source>
        <translation>Program henüz sağlayıcılara bağlanmadı; Yenile'yi deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="266" />
        <source>Asking the provider…</source>
        <translation>Sağlayıcıya soruluyor…</translation>
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
        <translation>EĞİTİM — gerçek eSIM satılmaz</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292" />
        <location filename="../../app/ui/main_window.py" line="448" />
        <source>Loading the catalogue…</source>
        <translation>Katalog yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Sales</source>
        <translation>&amp;Satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178" />
        <source>&amp;History…</source>
        <translation>&amp;Geçmiş…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>&amp;Check unresolved sales</source>
        <translation>Açık satışları &amp;kontrol et</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Day report…</source>
        <translation>Gün &amp;raporu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Look up an eSIM…</source>
        <translation>eSIM &amp;sorgula…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Starting…</source>
        <translation>Başlatılıyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195" />
        <source>&amp;Counter</source>
        <translation>&amp;Tezgâh</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Price list…</source>
        <translation>&amp;Fiyat listesi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="514" />
        <source>Ready.</source>
        <translation>Hazır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522" />
        <source>the provider accounts cannot be used.</source>
        <translation>sağlayıcı hesapları kullanılamıyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="527" />
        <source>Not connected. Check the accounts in Counter › Settings, then save.</source>
        <translation>Bağlı değil. Kasa › Ayarlar'da hesapları kontrol edip kaydedin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531" />
        <source>Connect again</source>
        <translation>Yeniden bağlan</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="567" />
        <source>The catalogue could not be loaded. %1</source>
        <translation>Katalog yüklenemedi. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="621" />
        <source>%n earlier sale(s) need attention: see the list below.</source>
        <translation>
            <numerusform>Önceki %n satış ilgi bekliyor: aşağıdaki listeye bakın.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="691" />
        <source>&amp;Print receipt</source>
        <translation>Fişi ya&amp;zdır</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="692" />
        <source>Print &amp;install slip</source>
        <translation>&amp;Yükleme fişini yazdır</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="789" />
        <source>Retry %1</source>
        <translation>%1 için yeniden dene</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="803" />
        <source>Asking the unavailable provider again…</source>
        <translation>Kullanılamayan sağlayıcıya yeniden soruluyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="812" />
        <source>Catalogue reloaded.</source>
        <translation>Katalog yeniden yüklendi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="835" />
        <source>A sale is in progress</source>
        <translation>Bir satış sürüyor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="837" />
        <source>A sale is waiting for the provider. Quit anyway? It is recorded and will be checked when the counter starts again.</source>
        <translation>Bir satış sağlayıcıyı bekliyor. Yine de çıkılsın mı? Satış kaydedildi ve program yeniden açıldığında kontrol edilecek.</translation>
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
        <translation>Yönetici PIN'i</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="87" />
        <source>Manager PIN:</source>
        <translation>Yönetici PIN'i:</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="107" />
        <source>This plan is priced below the shop's cost. A manager must allow the sale.</source>
        <translation>Bu paketin fiyatı mağazanın maliyetinin altında. Satışa bir yöneticinin izin vermesi gerekir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="130" />
        <source>That PIN is not right.</source>
        <translation>Bu PIN doğru değil.</translation>
    </message>
</context>
<context>
    <name>MethodButtons</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="75" />
        <source>How the customer pays</source>
        <translation>Müşteri nasıl ödüyor</translation>
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
        <translation>Vardiya aç</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="52" />
        <source>Count the cash in the drawer before the first sale.</source>
        <translation>İlk satıştan önce kasadaki nakdi sayın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="54" />
        <source>Opening &amp;float</source>
        <translation>&amp;Açılış nakdi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="63" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="74" />
        <source>Type the float as an amount, e.g. 100, or 0 for none.</source>
        <translation>Açılış nakdini tutar olarak yazın, örn. 100; yoksa 0.</translation>
    </message>
</context>
<context>
    <name>OwnerButton</name>
    <message>
        <location filename="../../app/ui/history.py" line="502" />
        <source>Show cost and margin</source>
        <translation>Maliyet ve kârı göster</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="509" />
        <source>Asks the manager PIN, then shows cost and margin until the window closes (Ctrl+M)</source>
        <translation>Yönetici PIN'ini sorar, ardından pencere kapanana kadar maliyet ve kârı gösterir (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="515" />
        <source>For the owner: asks for the manager PIN (Ctrl+M)</source>
        <translation>Mağaza sahibi için: yönetici PIN'ini sorar (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="529" />
        <source>Cost and margin are for the owner.</source>
        <translation>Maliyet ve kâr yalnızca mağaza sahibi içindir.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="32" />
        <source>&amp;Cash</source>
        <translation>&amp;Nakit</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="33" />
        <source>C&amp;ard</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="34" />
        <source>&amp;Bank transfer</source>
        <translation>&amp;Havale/EFT</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="35" />
        <source>&amp;Other</source>
        <translation>&amp;Diğer</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="38" />
        <source>cash</source>
        <translation>nakit</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="39" />
        <source>card</source>
        <translation>kart</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="40" />
        <source>bank transfer</source>
        <translation>havale/EFT</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="41" />
        <source>other</source>
        <translation>diğer</translation>
    </message>
</context>
<context>
    <name>PendingList</name>
    <message>
        <location filename="../../app/ui/pending_list.py" line="38" />
        <location filename="../../app/ui/pending_list.py" line="42" />
        <source>Pending and unresolved sales</source>
        <translation>Bekleyen ve açık satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="44" />
        <source>Enter shows a ready eSIM's QR code, or checks a sale that needs checking</source>
        <translation>Enter, hazır bir eSIM'in QR kodunu gösterir veya kontrol gereken bir satışı kontrol eder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="50" />
        <location filename="../../app/ui/pending_list.py" line="145" />
        <source>Show QR</source>
        <translation>QR göster</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="104" />
        <source>✔ Ready — %1 (%2): select to show the QR</source>
        <translation>✔ Hazır — %1 (%2): QR'ı göstermek için seçin</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="110" />
        <source>⏳ Waiting for the provider — %1 (%2)</source>
        <translation>⏳ Sağlayıcı bekleniyor — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="115" />
        <source>⚠ Needs checking: outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ Kontrol gerekli: sonuç bilinmiyor, yeniden satmayın — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="125" />
        <source>💵 Money owed to the customer: give back %3 — %1 (%2)</source>
        <translation>💵 Müşteriye iade: %3 geri verin — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="128" />
        <source>⚠ Needs checking: the customer is owed an eSIM or their money, %3. Outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ Kontrol gerekli: müşteriye bir eSIM ya da parası borçlu, %3. Sonuç bilinmiyor, tekrar satmayın — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="141" />
        <source>Hand back…</source>
        <translation>İade et…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="143" />
        <source>Check now</source>
        <translation>Şimdi kontrol et</translation>
    </message>
</context>
<context>
    <name>PhoneCheckDialog</name>
    <message>
        <location filename="../../app/ui/phone_check.py" line="53" />
        <source>Phone check</source>
        <translation>Telefon kontrolü</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="58" />
        <source>Before paying, check with the traveller:</source>
        <translation>Ödemeden önce yolcuyla birlikte kontrol edin:</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="64" />
        <source>1. Is the phone unlocked? It must take another network's SIM, not only its own operator's.</source>
        <translation>1. Telefonun operatör kilidi açık mı? Yalnızca kendi operatörünün değil, başka bir şebekenin SIM'ini de kabul etmelidir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="67" />
        <source>2. Can the model use an eSIM? Find it in the list below.</source>
        <translation>2. Model eSIM kullanabiliyor mu? Aşağıdaki listede bulun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="69" />
        <source>3. Is its system new enough? iPhone: the iOS version shown here or later. Android: updates installed.</source>
        <translation>3. Sistemi yeterince güncel mi? iPhone: burada gösterilen iOS sürümü veya sonrası. Android: güncellemeler yüklenmiş olmalı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="81" />
        <source>Type the phone model, e.g. iPhone 13 or Pixel 8</source>
        <translation>Telefon modelini yazın, örn. iPhone 13 veya Pixel 8</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="82" />
        <source>Search the phone model</source>
        <translation>Telefon modelini ara</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="84" />
        <source>Up and Down pick a phone from the list; Enter answers Checked, OK</source>
        <translation>Yukarı ve Aşağı tuşları listeden telefon seçer; Enter, Kontrol edildi, Tamam yanıtını verir</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="89" />
        <source>eSIM-capable phones</source>
        <translation>eSIM destekli telefonlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="97" />
        <source>Not in the list? Ask the traveller to look on the phone: Settings → Mobile data (Cellular) → Add eSIM. No such option: not compatible.</source>
        <translation>Listede yok mu? Yolcudan telefonda bakmasını isteyin: Ayarlar → Mobil veri (Hücresel) → eSIM Ekle. Bu seçenek yoksa: uyumlu değil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="105" />
        <source>&amp;Checked — OK</source>
        <translation>&amp;Kontrol edildi — Tamam</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="106" />
        <source>Checked, OK</source>
        <translation>Kontrol edildi, Tamam</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="108" />
        <source>&amp;Not compatible</source>
        <translation>&amp;Uyumlu değil</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="109" />
        <source>Not compatible</source>
        <translation>Uyumlu değil</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="111" />
        <source>Stops the sale: nothing is charged or recorded</source>
        <translation>Satışı durdurur: hiçbir şey tahsil edilmez veya kaydedilmez</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="113" />
        <source>S&amp;kip the check</source>
        <translation>Kontrolü &amp;atla</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="114" />
        <source>Skip the check</source>
        <translation>Kontrolü atla</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="166" />
        <source>%1 — eSIM from %2 %3</source>
        <translation>%1 — eSIM: %2 %3 ve sonrası</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="185" />
        <source>No phone of that name in the list.</source>
        <translation>Listede bu adda bir telefon yok.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/phone_check.py" line="187" />
        <source>%n phone(s) listed.</source>
        <translation>
            <numerusform>Listede %n telefon var.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="190" />
        <source>Chosen: %1</source>
        <translation>Seçilen: %1</translation>
    </message>
</context>
<context>
    <name>PhoneCheckStep</name>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="79" />
        <source>The list of eSIM phones is missing. Ask the traveller whether the phone takes an eSIM; the owner can switch the phone check off in Settings.</source>
        <translation>eSIM destekli telefon listesi eksik. Yolcuya telefonunun eSIM destekleyip desteklemediğini sorun; mağaza sahibi telefon kontrolünü Ayarlar'dan kapatabilir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="100" />
        <source>Sale stopped: the traveller's phone cannot use an eSIM. Nothing was charged or recorded.</source>
        <translation>Satış durduruldu: yolcunun telefonu eSIM kullanamıyor. Hiçbir şey tahsil edilmedi veya kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>PhoneListRow</name>
    <message numerus="yes">
        <location filename="../../app/ui/phone_list_update.py" line="100" />
        <source>Phone list updated: %n phone(s). The next check uses it.</source>
        <translation>
            <numerusform>Telefon listesi güncellendi: %n telefon. Sonraki kontrol bu listeyi kullanır.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneListUpdate</name>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="37" />
        <source>&amp;Update the phone list from a file…</source>
        <translation>Telefon listesini dosyadan &amp;güncelle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="41" />
        <source>Update the phone list from a file</source>
        <translation>Telefon listesini dosyadan güncelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="44" />
        <source>A JSON list of eSIM-capable phones; the one shipped with the program serves until then</source>
        <translation>eSIM destekli telefonların JSON listesi; o zamana kadar programla gelen liste kullanılır</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="63" />
        <source>Phone list</source>
        <translation>Telefon listesi</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="65" />
        <source>Phone lists (*.json)</source>
        <translation>Telefon listeleri (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="80" />
        <source>The counter is not open yet, so there is no place to keep the list. Try again in a moment.</source>
        <translation>Kasa henüz açık değil, bu yüzden listeyi saklayacak bir yer yok. Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="88" />
        <source>Reading the file…</source>
        <translation>Dosya okunuyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="108" />
        <source>This file was refused: %1. The phone list in use was kept; ask for a corrected file.</source>
        <translation>Bu dosya reddedildi: %1. Kullanılan telefon listesi korundu; düzeltilmiş bir dosya isteyin.</translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="23" />
        <source>%n call minute(s)</source>
        <translation>
            <numerusform>%n dakika arama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="26" />
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="29" />
        <source>Networks in %n countries (hover to see them)</source>
        <translation>
            <numerusform>%n ülkede ağlar (görmek için üzerine gelin)</numerusform>
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
        <translation>4G, 5G yok</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="41" />
        <source>top-up possible</source>
        <translation>ek paket yüklenebilir</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="43" />
        <source>no top-up</source>
        <translation>ek paket yok</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="45" />
        <source>hotspot allowed</source>
        <translation>hotspot izinli</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="52" />
        <source>Data only, no calls or SMS</source>
        <translation>Yalnızca veri, arama veya SMS yok</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="63" />
        <source>unlimited calls</source>
        <translation>sınırsız arama</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="67" />
        <source>unlimited SMS</source>
        <translation>sınırsız SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="71" />
        <source>own phone number</source>
        <translation>kendi telefon numarası</translation>
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
        <translation>arama veya SMS dahil</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="82" />
        <source>Validity starts at the first connection at the destination.</source>
        <translation>Geçerlilik, varış yerindeki ilk bağlantıyla başlar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="86" />
        <source>Validity starts at installation: install it just before the trip.</source>
        <translation>Geçerlilik kurulumla başlar: eSIM'i yolculuktan hemen önce kurun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="99" />
        <source>Networks: %1</source>
        <translation>Ağlar: %1</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../app/ui/plans_model.py" line="71" />
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="72" />
        <source>Validity</source>
        <translation>Geçerlilik</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="73" />
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="74" />
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="75" />
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="129" />
        <source>Unlimited</source>
        <translation>Sınırsız</translation>
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
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="169" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>Maliyetin altında: satış için yönetici PIN'i gerekir.</translation>
    </message>
</context>
<context>
    <name>PlansPane</name>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="39" />
        <location filename="../../app/ui/plans_pane.py" line="61" />
        <source>Plans</source>
        <translation>Paketler</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="41" />
        <source>Enter, a click or a double-click chooses a plan</source>
        <translation>Enter, tıklama veya çift tıklama bir paket seçer</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="71" />
        <source>Data filter</source>
        <translation>Veri filtresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="76" />
        <source>Validity filter</source>
        <translation>Geçerlilik filtresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>Any validity</source>
        <translation>Her geçerlilik</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>%n+ day(s)</source>
        <translation>
            <numerusform>%n gün ve üzeri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="85" />
        <source>&amp;5G only</source>
        <translation>Yalnızca &amp;5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="86" />
        <source>5G only</source>
        <translation>Yalnızca 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="88" />
        <source>Shows only plans whose provider lists a 5G network</source>
        <translation>Yalnızca sağlayıcısı bir 5G ağı belirten paketleri gösterir</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="90" />
        <source>Top-&amp;up</source>
        <translation>&amp;Ek paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="91" />
        <source>Top-up possible</source>
        <translation>Ek paket yüklenebilir</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="93" />
        <source>Shows only plans the counter can top up later</source>
        <translation>Yalnızca kasanın sonradan ek paket yükleyebileceği paketleri gösterir</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="95" />
        <source>Ca&amp;lls/SMS</source>
        <translation>&amp;Arama/SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="96" />
        <source>Calls or SMS</source>
        <translation>Arama veya SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="98" />
        <source>Shows only plans with calls, texts or a phone number</source>
        <translation>Yalnızca arama, mesaj veya telefon numarası içeren paketleri gösterir</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="138" />
        <source>Any data</source>
        <translation>Her veri miktarı</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="140" />
        <source>Unlimited only</source>
        <translation>Yalnızca sınırsız</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="141" />
        <source>%1 GB or more</source>
        <translation>%1 GB ve üzeri</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="165" />
        <source>No 5G plans for %1.</source>
        <translation>%1 için 5G paketi yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="167" />
        <source>No plans for %1 can be topped up.</source>
        <translation>%1 için ek paket yüklenebilen paket yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="169" />
        <source>No plans for %1 include calls or SMS.</source>
        <translation>%1 için arama veya SMS içeren paket yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="171" />
        <source>No plans for %1 match the filters.</source>
        <translation>%1 için filtrelere uyan paket yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="173" />
        <source>Clear a filter to see the others.</source>
        <translation>Diğerlerini görmek için bir filtreyi kaldırın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="180" />
        <source>Plans for %1</source>
        <translation>%1 paketleri</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="182" />
        <source>Loading plans…</source>
        <translation>Paketler yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="191" />
        <source>No plans for this destination.</source>
        <translation>Bu varış yeri için paket yok.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="21" />
        <source>Every plan</source>
        <translation>Tüm paketler</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="22" />
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="23" />
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="24" />
        <source>Destination</source>
        <translation>Varış yeri</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="25" />
        <source>One plan</source>
        <translation>Tek paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="31" />
        <source>No rounding (cents up)</source>
        <translation>Yuvarlama yok (kuruş yukarı)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="32" />
        <source>Up to x.99</source>
        <translation>x,99'a yukarı yuvarla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="33" />
        <source>Up to the next 0.50</source>
        <translation>Sonraki 0,50'ye yukarı yuvarla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="34" />
        <source>Up to a whole unit</source>
        <translation>Tam birime yukarı yuvarla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="35" />
        <source>Up to the next 250</source>
        <translation>Sonraki 250'ye yukarı yuvarla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="36" />
        <source>Up to the next 500</source>
        <translation>Sonraki 500'e yukarı yuvarla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="37" />
        <source>Up to the next 1,000</source>
        <translation>Sonraki 1.000'e yukarı yuvarla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="45" />
        <source>%1 must be a number such as 12.5, with a point and no thousands separator.</source>
        <translation>%1 12.5 gibi bir sayı olmalı; nokta kullanın, binlik ayırıcı kullanmayın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="118" />
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="119" />
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="120" />
        <source>Retail</source>
        <translation>Satış fiyatı</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="121" />
        <source>Margin</source>
        <translation>Kâr</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="122" />
        <source>Rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="149" />
        <source>below cost</source>
        <translation>maliyetin altında</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="51" />
        <source>Price list</source>
        <translation>Fiyat listesi</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="63" />
        <source>The stored price list was damaged. Saving replaces it with this one.</source>
        <translation>Kayıtlı fiyat listesi bozuktu. Kaydettiğinizde onun yerine bu liste geçer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>This destination's plans priced</source>
        <translation>Bu varış yerinin paketleri, fiyatlarıyla</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="85" />
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="95" />
        <source>This counter is in a chain: the price list the chain publishes replaces changes made here at the next pull (within a minute). To change the prices of every counter, the owner publishes a price list file with: esim-counter chain publish-prices FILE</source>
        <translation>Bu kasa bir zincire bağlı: zincirin yayınladığı fiyat listesi, burada yapılan değişikliklerin yerini bir sonraki çekişte (bir dakika içinde) alır. Tüm kasaların fiyatlarını değiştirmek için sahibi bir fiyat listesi dosyasını şu komutla yayınlar: esim-counter chain publish-prices FILE</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="100" />
        <source>The chain's price list</source>
        <translation>Zincirin fiyat listesi</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="107" />
        <source>Rules (the most specific one wins)</source>
        <translation>Kurallar (en özel olan geçerlidir)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="109" />
        <source>Preview: this destination's plans</source>
        <translation>Önizleme: bu varış yerinin paketleri</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="129" />
        <location filename="../../app/ui/price_list_dialog.py" line="132" />
        <source>Sale currency</source>
        <translation>Satış para birimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="133" />
        <source>Empty: sell each plan in the provider's currency</source>
        <translation>Boş: her paket sağlayıcının para biriminde satılır</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="138" />
        <location filename="../../app/ui/price_list_dialog.py" line="139" />
        <source>Wallet currency of the exchange rate</source>
        <translation>Döviz kurunun cüzdan para birimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Exchange rate</source>
        <translation>Döviz kuru</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Sale currency for one unit</source>
        <translation>Bir birim için satış para birimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="147" />
        <source>Warn when the rate is older than, in days</source>
        <translation>Kur şundan eskiyse uyar (gün)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Tax rate in percent</source>
        <translation>Yüzde olarak KDV oranı</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Included in the prices</source>
        <translation>Fiyatlara dahil</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="151" />
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="157" />
        <source>Sale currency:</source>
        <translation>Satış para birimi:</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="158" />
        <source>Exchange rate:</source>
        <translation>Döviz kuru:</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="159" />
        <source>Warn after (days):</source>
        <translation>Uyarı süresi (gün):</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="160" />
        <source>Tax included (%):</source>
        <translation>Dahil KDV (%):</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="190" />
        <source>The exchange rate</source>
        <translation>Döviz kuru</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="192" />
        <source>The exchange rate must be more than zero.</source>
        <translation>Döviz kuru sıfırdan büyük olmalı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="201" />
        <source>The tax rate</source>
        <translation>KDV oranı</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="203" />
        <source>The tax rate must be from 0 to 100 %.</source>
        <translation>KDV oranı yüzde 0 ile 100 arasında olmalı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="205" />
        <source>That is not a currency code such as USD or IQD.</source>
        <translation>Bu, USD veya IQD gibi bir para birimi kodu değil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="235" />
        <source>set on %1</source>
        <translation>%1 tarihinde girildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="237" />
        <source>(out of date)</source>
        <translation>(güncel değil)</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="69" />
        <source>The price list is damaged, so the counter cannot work out prices. Ask the owner to open Counter → Price list and save it again.</source>
        <translation>Fiyat listesi bozuk, bu yüzden program fiyat hesaplayamıyor. Mağaza sahibinden Tezgâh → Fiyat listesi'ni açıp listeyi yeniden kaydetmesini isteyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="76" />
        <source>The price list has no exchange rate for this plan's currency. Ask the owner to set one in Counter → Price list.</source>
        <translation>Fiyat listesinde bu paketin para birimi için döviz kuru yok. Mağaza sahibinden Tezgâh → Fiyat listesi'nde bir kur girmesini isteyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="81" />
        <source>This plan cannot be priced with the owner's price list. Ask the owner to check the price list.</source>
        <translation>Bu paket, mağaza sahibinin fiyat listesiyle fiyatlandırılamıyor. Mağaza sahibinden fiyat listesini kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="89" />
        <source>The exchange rate is out of date. Ask the owner to update it in Counter → Price list.</source>
        <translation>Döviz kuru güncel değil. Mağaza sahibinden kuru Tezgâh → Fiyat listesi'nde güncellemesini isteyin.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="50" />
        <source>This code is too long to show as a QR code.</source>
        <translation>Bu kod QR kodu olarak gösterilemeyecek kadar uzun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="51" />
        <source>QR code</source>
        <translation>QR kodu</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="29" />
        <source>Cash</source>
        <translation>Nakit</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="30" />
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="31" />
        <source>Bank transfer</source>
        <translation>Havale/EFT</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="32" />
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="35" />
        <source>Tax no. %1</source>
        <translation>Vergi no: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="36" />
        <source>Counter</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="37" />
        <source>Receipt no.</source>
        <translation>Fiş no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="38" />
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="39" />
        <source>Clerk</source>
        <translation>Görevli</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="40" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="41" />
        <source>Net</source>
        <translation>KDV hariç</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="42" />
        <source>Tax %1%</source>
        <translation>KDV %%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="43" />
        <source>Total</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="44" />
        <source>Cash given</source>
        <translation>Alınan nakit</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="45" />
        <source>Change</source>
        <translation>Para üstü</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="46" />
        <source>Payment not recorded</source>
        <translation>Ödeme kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="47" />
        <source>eSIM (ICCID)</source>
        <translation>eSIM (ICCID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="48" />
        <source>COPY</source>
        <translation>KOPYA</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="49" />
        <source>Reprinted %1</source>
        <translation>Yeniden basım: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="50" />
        <source>TRAINING — NOT A SALE</source>
        <translation>EĞİTİM — SATIŞ DEĞİLDİR</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="51" />
        <source>Thank you for your purchase.</source>
        <translation>Alışverişiniz için teşekkür ederiz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="52" />
        <source>Top-up for eSIM (ICCID)</source>
        <translation>eSIM ek paketi (ICCID)</translation>
    </message>
</context>
<context>
    <name>ReceiptFlow</name>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="87" />
        <source>No sale has been delivered yet: nothing to print.</source>
        <translation>Henüz teslim edilmiş bir satış yok: yazdırılacak bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="95" />
        <source>This sale has no install slip to print.</source>
        <translation>Bu satışın yazdırılacak yükleme fişi yok.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="113" />
        <source>Only a delivered sale has a receipt.</source>
        <translation>Yalnızca teslim edilmiş bir satışın fişi olur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="118" />
        <source>This sale was made before the counter kept retail prices, so it has no receipt. Write one by hand if the customer needs it.</source>
        <translation>Bu satış, program satış fiyatlarını kaydetmeye başlamadan önce yapıldı; bu yüzden fişi yok. Müşterinin ihtiyacı varsa elle bir fiş yazın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="123" />
        <source>Receipts are switched off. Ask the shop owner to choose a printer in Settings → Receipts.</source>
        <translation>Fişler kapalı. Mağaza sahibinden Ayarlar → Fişler'de bir yazıcı seçmesini isteyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="144" />
        <source>The journal is not open yet. Try again in a moment.</source>
        <translation>Satış günlüğü henüz açılmadı. Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="204" />
        <source>Receipt %1 printed.</source>
        <translation>%1 numaralı fiş yazdırıldı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="206" />
        <source>Install slip printed. Hand it over folded: it is private.</source>
        <translation>Yükleme fişi yazdırıldı. Katlayarak verin: kişiye özeldir.</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="58" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="138" />
        <source>Shop address</source>
        <translation>Mağaza adresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="59" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="139" />
        <source>Tax number</source>
        <translation>Vergi numarası</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="60" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="140" />
        <source>Counter name</source>
        <translation>Kasa adı</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="62" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="141" />
        <source>Print receipts to</source>
        <translation>Fişlerin yazdırılacağı yer</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="64" />
        <source>Do not print receipts</source>
        <translation>Fiş yazdırılmasın</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="65" />
        <source>A printer of this computer</source>
        <translation>Bu bilgisayarın bir yazıcısı</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="66" />
        <source>PDF files in a folder</source>
        <translation>Bir klasördeki PDF dosyaları</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="67" />
        <source>A thermal receipt printer (ESC/POS)</source>
        <translation>Termal fiş yazıcısı (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="71" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="177" />
        <source>Folder for PDF receipts</source>
        <translation>PDF fişlerin klasörü</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="72" />
        <source>Documents/eSIM Counter receipts</source>
        <translation>Belgeler/eSIM Counter receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="73" />
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="74" />
        <source>Choose the folder for PDF receipts</source>
        <translation>PDF fişlerin klasörünü seç</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="77" />
        <source>Thermal printer connection</source>
        <translation>Termal yazıcı bağlantısı</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="79" />
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="80" />
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="81" />
        <source>Serial port</source>
        <translation>Seri port</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="85" />
        <source>Thermal printer address</source>
        <translation>Termal yazıcı adresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="88" />
        <source>Network: 192.168.1.50:9100. USB: vendor:product, such as 04b8:0e15. Serial: COM3.</source>
        <translation>Ağ: 192.168.1.50:9100. USB: üretici:ürün, örneğin 04b8:0e15. Seri: COM3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="92" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="145" />
        <source>Paper width</source>
        <translation>Kâğıt genişliği</translation>
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
        <translation>Ne zaman yazdırılsın</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="98" />
        <source>After every delivered sale</source>
        <translation>Teslim edilen her satıştan sonra</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="99" />
        <source>Only when the clerk presses Print</source>
        <translation>Yalnızca görevli Yazdır'a bastığında</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="102" />
        <source>Offer an install slip (QR and codes) for travellers who install later</source>
        <translation>Sonra yükleyecek yolculara yükleme fişi (QR ve kodlar) öner</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="105" />
        <source>Offer an install slip</source>
        <translation>Yükleme fişi öner</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="107" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="108" />
        <source>Print test receipt</source>
        <translation>Test fişi yazdır</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="110" />
        <source>Prints a sample receipt where the settings above say, before saving.</source>
        <translation>Kaydetmeden önce, yukarıdaki ayarların gösterdiği yere örnek bir fiş yazdırır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="126" />
        <source>This counter is in a chain: the shop name, address and tax number the chain publishes replace changes made here at the next pull (within a minute). The owner publishes them from their counter with: esim-counter chain publish-shop (and the clerks with: esim-counter chain publish-clerks)</source>
        <translation>Bu kasa bir zincire bağlı: zincirin yayınladığı mağaza adı, adres ve vergi numarası, burada yapılan değişikliklerin yerini bir sonraki çekişte (bir dakika içinde) alır. Sahibi bunları kendi kasasından şu komutla yayınlar: esim-counter chain publish-shop (personeli ise: esim-counter chain publish-clerks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="132" />
        <source>The chain's shop details</source>
        <translation>Zincirin mağaza bilgileri</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="142" />
        <source>PDF folder</source>
        <translation>PDF klasörü</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="143" />
        <source>Printer connection</source>
        <translation>Yazıcı bağlantısı</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="144" />
        <source>Printer address</source>
        <translation>Yazıcı adresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="146" />
        <source>Print</source>
        <translation>Yazdırma</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="170" />
        <source>192.168.1.50:9100</source>
        <translation>192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="171" />
        <source>04b8:0e15 (vendor:product)</source>
        <translation>04b8:0e15 (üretici:ürün)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="172" />
        <source>COM3 or /dev/ttyUSB0</source>
        <translation>COM3 veya /dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="201" />
        <source>The receipt's lines are one line of at most 200 characters each.</source>
        <translation>Fiş bilgilerinin her biri en fazla 200 karakterlik tek bir satırdır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="218" />
        <source>Printing a test receipt…</source>
        <translation>Test fişi yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="231" />
        <source>The test receipt was sent to the printer.</source>
        <translation>Test fişi yazıcıya gönderildi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="234" />
        <source>The test receipt was saved as %1.</source>
        <translation>Test fişi %1 olarak kaydedildi.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="29" />
        <location filename="../../app/ui/refund_dialog.py" line="30" />
        <location filename="../../app/ui/refund_dialog.py" line="65" />
        <source>Refund</source>
        <translation>İade</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="40" />
        <source>eSIMs refunded</source>
        <translation>İade edilen eSIM'ler</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="45" />
        <source>Reason for the refund</source>
        <translation>İade nedeni</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="46" />
        <source>Reason (required), e.g. trip cancelled</source>
        <translation>Neden (zorunlu), örn. seyahat iptal edildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="48" />
        <source>&amp;Reason (required)</source>
        <translation>&amp;Neden (zorunlu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="50" />
        <source>The shop bears the cost (shop's own &amp;loss)</source>
        <translation>Maliyeti mağaza üstlenir (mağazanın kendi &amp;zararı)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="51" />
        <source>The shop bears the cost</source>
        <translation>Maliyeti mağaza üstlenir</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="52" />
        <source>Claim it from &amp;Octopus</source>
        <translation>&amp;Octopus'tan talep et</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="53" />
        <source>Claim it from Octopus</source>
        <translation>Octopus'tan talep et</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="56" />
        <source>Note for the owner</source>
        <translation>Mağaza sahibine not</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="57" />
        <source>Note for the owner (the claim)</source>
        <translation>Mağaza sahibine not (talep)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="64" />
        <source>&amp;Refund</source>
        <translation>&amp;İade et</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="68" />
        <location filename="../../app/ui/refund_dialog.py" line="95" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="87" />
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <location filename="../../app/ui/refund_dialog.py" line="101" />
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="135" />
        <source>Type the reason for the refund first.</source>
        <translation>Önce iade nedenini yazın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="144" />
        <source>Write a note for the owner about the claim.</source>
        <translation>Talep hakkında mağaza sahibine bir not yazın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="148" />
        <source>Refunding…</source>
        <translation>İade ediliyor…</translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="125" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>Program hâlâ başlatılıyor; birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="127" />
        <source>Checking with %1…</source>
        <translation>%1 ile kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="142" />
        <source>eSIM %1: %2</source>
        <translation>eSIM %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="161" />
        <source>%1 goes back to the customer</source>
        <translation>Müşteriye %1 geri verilir</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="163" />
        <source>: %1.</source>
        <translation>: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="167" />
        <source>%1 cannot cancel an eSIM. The counter refunds the customer as the shop's own loss, or records it as claimed from %1 with a note for the owner.</source>
        <translation>%1 bir eSIM'i iptal edemez. Program, müşteriye iadeyi mağazanın kendi zararı olarak yapar ya da mağaza sahibine bir notla %1 şirketinden talep edilmiş olarak kaydeder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/refund_flow.py" line="172" />
        <source>Not installed. %1 cancels every eSIM of this sale that is not installed together: these %n eSIMs are refunded together.</source>
        <translation>
            <numerusform>Kurulmadı. %1, bu satışın kurulmamış tüm eSIM'lerini birlikte iptal eder: bu %n eSIM birlikte iade edilir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="178" />
        <source>Not installed: %1 can cancel this eSIM and refund it.</source>
        <translation>Kurulmadı: %1 bu eSIM'i iptal edip iade edebilir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="227" />
        <source>Refunded as the shop's own loss. Give the customer %1 back.</source>
        <translation>Mağazanın kendi zararı olarak iade edildi. Müşteriye %1 geri verin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="232" />
        <source>Refunded: %1 cancelled the eSIM. Give the customer %2 back.</source>
        <translation>İade edildi: %1 eSIM'i iptal etti. Müşteriye %2 geri verin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="238" />
        <source>Refunded and recorded as claimed from %1. Give the customer %2 back.</source>
        <translation>İade edildi ve %1 şirketinden talep edilmiş olarak kaydedildi. Müşteriye %2 geri verin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="245" />
        <source>Refund requested: %1 cancelled the eSIM and confirms the refund later. Give the customer %2 back.</source>
        <translation>İade istendi: %1 eSIM'i iptal etti ve iadeyi daha sonra onaylayacak. Müşteriye %2 geri verin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="253" />
        <source>%1 refused the refund. Nothing was refunded.</source>
        <translation>%1 iadeyi reddetti. Hiçbir şey iade edilmedi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="256" />
        <source>%1's answer was lost. The counter will check again; nothing is sent twice. Do not give the money back yet.</source>
        <translation>%1 tarafından gelen yanıt kayboldu. Program yeniden kontrol edecek; hiçbir şey iki kez gönderilmez. Parayı henüz geri vermeyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="271" />
        <source>A refund that was under way when the counter last stopped has gone through: %1, sold %2.</source>
        <translation>Kasa en son kapandığında sürmekte olan bir iade tamamlandı: %1, satış %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="281" />
        <location filename="../../app/ui/refund_flow.py" line="287" />
        <source>A refund went through</source>
        <translation>Bir iade tamamlandı</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="316" />
        <source>The refund is recorded, but its receipt did not print: %1</source>
        <translation>İade kaydedildi ancak fişi yazdırılamadı: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="327" />
        <source>Refund receipt printed.</source>
        <translation>İade fişi yazdırıldı.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="209" />
        <source>&amp;Print</source>
        <translation>&amp;Yazdır</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="210" />
        <source>Print the report on the receipt printer</source>
        <translation>Raporu fiş yazıcısında yazdır</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="212" />
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="213" />
        <source>Save the report as a PDF file</source>
        <translation>Raporu PDF dosyası olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="215" />
        <location filename="../../app/ui/shift_dialogs.py" line="216" />
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="143" />
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Applies to</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Which</source>
        <translation>Hangisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Markup</source>
        <translation>Kâr payı</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Fixed</source>
        <translation>Sabit</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="47" />
        <location filename="../../app/ui/price_rules_editor.py" line="71" />
        <source>Rounding</source>
        <translation>Yuvarlama</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="54" />
        <source>Price rules</source>
        <translation>Fiyat kuralları</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="58" />
        <source>Rule applies to</source>
        <translation>Kuralın kapsamı</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="60" />
        <source>octopus, europe, TR or a plan id</source>
        <translation>octopus, europe, TR veya bir paket kimliği</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="61" />
        <source>Which provider, region, destination or plan</source>
        <translation>Hangi sağlayıcı, bölge, varış yeri veya paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="64" />
        <source>Markup in percent</source>
        <translation>Yüzde olarak kâr payı</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="67" />
        <source>Fixed markup in the sale currency</source>
        <translation>Satış para biriminde sabit kâr payı</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="72" />
        <source>&amp;Add or replace rule</source>
        <translation>Kural &amp;ekle veya değiştir</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="73" />
        <source>Add or replace rule</source>
        <translation>Kural ekle veya değiştir</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="75" />
        <source>&amp;Remove rule</source>
        <translation>Kuralı &amp;kaldır</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="76" />
        <source>Remove the selected rule</source>
        <translation>Seçili kuralı kaldır</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="116" />
        <source>Say which provider, region, destination or plan the rule is for.</source>
        <translation>Kuralın hangi sağlayıcı, bölge, varış yeri veya paket için olduğunu belirtin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="118" />
        <source>The markup</source>
        <translation>Kâr payı</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="121" />
        <source>The markup must be above -100 % and at most %1 %.</source>
        <translation>Kâr payı yüzde -100'den büyük ve en fazla yüzde %1 olmalı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="125" />
        <source>The fixed markup</source>
        <translation>Sabit kâr payı</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="137" />
        <source>A sale of this same plan is still unresolved. Sell again only if you are sure the customer did not get that eSIM.</source>
        <translation>Aynı paketin bir satışı hâlâ açık. Yalnızca müşterinin o eSIM'i almadığından eminseniz yeniden satın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="160" />
        <source>This plan would sell below what it costs the shop. Ask the owner to change the price list.</source>
        <translation>Bu paket mağazaya maliyetinin altında satılır. Mağaza sahibinden fiyat listesini değiştirmesini isteyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="232" />
        <source>Sold. The QR code is on the customer display.</source>
        <translation>Satıldı. QR kodu müşteri ekranında.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="241" />
        <source>Paid; the provider is still preparing the eSIM. You will be told here when it is ready.</source>
        <translation>Ödendi; sağlayıcı eSIM'i hâlâ hazırlıyor. Hazır olduğunda burada bildirilecek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="257" />
        <source>The provider refused the sale: %1</source>
        <translation>Sağlayıcı satışı reddetti: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="258" />
        <source>no reason given</source>
        <translation>gerekçe belirtilmedi</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="263" />
        <source>Not sold. %1</source>
        <translation>Satılmadı. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="406" />
        <source>Checking the sale with the provider…</source>
        <translation>Satış sağlayıcıyla kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="440" />
        <source>A top-up went through: eSIM %1 has its %2.</source>
        <translation>Ek paket yüklendi: %1 numaralı eSIM'e %2 eklendi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="448" />
        <source>An eSIM is ready: select it in the pending list to show the QR code.</source>
        <translation>Bir eSIM hazır: QR kodunu göstermek için bekleyenler listesinde seçin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="469" />
        <source>A sale was not completed: %1</source>
        <translation>Bir satış tamamlanmadı: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="470" />
        <source>no money moved</source>
        <translation>ödeme alınmadı</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="49" />
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="77" />
        <source>will be removed</source>
        <translation>kaldırılacak</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>will be replaced</source>
        <translation>değiştirilecek</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>stored ✓</source>
        <translation>kayıtlı ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>not stored</source>
        <translation>kayıtlı değil</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Type a new value to replace it</source>
        <translation>Değiştirmek için yeni değer girin</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Required</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Keep</source>
        <translation>Koru</translation>
    </message>
</context>
<context>
    <name>SecretMessages</name>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="22" />
        <source>eSIMfly access code</source>
        <translation>eSIMfly erişim kodu</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="23" />
        <source>eSIMfly secret key</source>
        <translation>eSIMfly gizli anahtarı</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="24" />
        <source>Octopus API key</source>
        <translation>Octopus API anahtarı</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="25" />
        <source>Octopus API secret</source>
        <translation>Octopus API sırrı</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="30" />
        <source>Windows Credential Manager</source>
        <translation>Windows Kimlik Bilgileri Yöneticisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="33" />
        <source>macOS Keychain</source>
        <translation>macOS Anahtar Zinciri</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="34" />
        <source>Secret Service (GNOME Keyring)</source>
        <translation>Secret Service (GNOME Anahtarlığı)</translation>
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
        <translation>sistem anahtarlığı</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="67" />
        <source>Use Windows Credential Manager, the macOS Keychain, or GNOME Keyring or KWallet on Linux.</source>
        <translation>Windows Kimlik Bilgileri Yöneticisi'ni, macOS Anahtar Zinciri'ni ya da Linux'ta GNOME Keyring veya KWallet'i kullanın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="73" />
        <source>Provider secrets are kept in %1.</source>
        <translation>Sağlayıcı sırları şurada saklanır: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="77" />
        <source>The only keyring on this computer keeps secrets in a file, which the counter does not use. No safe keyring is available, so no secrets are kept.</source>
        <translation>Bu bilgisayardaki tek anahtarlık sırları bir dosyada tutuyor; kasa bunu kullanmaz. Güvenli bir anahtarlık yok, bu yüzden hiçbir sır saklanmıyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="84" />
        <source>The keyring on this computer (%1) is not one the counter knows to be safe, so no secrets are kept.</source>
        <translation>Bu bilgisayardaki anahtarlık (%1) kasanın güvenli bildiği bir anahtarlık değil, bu yüzden hiçbir sır saklanmıyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="93" />
        <source>The keyring (%1) is locked or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>Anahtarlık (%1) kilitli ya da erişimi reddetti. Kilidini açın veya oturumu kapatıp yeniden açın, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="99" />
        <source>No safe keyring is available on this computer, so the counter cannot keep provider secrets.</source>
        <translation>Bu bilgisayarda güvenli bir anahtarlık yok, bu yüzden kasa sağlayıcı sırlarını saklayamaz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="118" />
        <source>The field is empty; nothing was stored.</source>
        <translation>Alan boş; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="124" />
        <source>The keyring is locked, or its unlock prompt was dismissed. Unlock it and try again.</source>
        <translation>Anahtarlık kilitli ya da kilit açma istemi kapatıldı. Kilidini açıp tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="129" />
        <source>The keyring failed or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>Anahtarlık başarısız oldu ya da erişimi reddetti. Kilidini açın veya oturumu kapatıp yeniden açın, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="135" />
        <source>The keyring could not be used.</source>
        <translation>Anahtarlık kullanılamadı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="139" />
        <source>%1: not stored.</source>
        <translation>%1: kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="140" />
        <source>%1: could not be read.</source>
        <translation>%1: okunamadı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="141" />
        <source>%1: not removed.</source>
        <translation>%1: kaldırılmadı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="150" />
        <source>Missing from the keyring: %1. Enter it in Settings, or run: %2</source>
        <translation>Anahtarlıkta eksik: %1. Ayarlar'da girin veya şunu çalıştırın: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="181" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Çok fazla yanlış PIN. %1 sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="185" />
        <source>Enter the PIN.</source>
        <translation>PIN'i girin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="187" />
        <source>The PIN must contain digits only (0-9).</source>
        <translation>PIN yalnızca rakam (0-9) içermelidir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="191" />
        <source>The PIN must be %1 to %2 digits long.</source>
        <translation>PIN %1 ile %2 hane arasında olmalıdır.</translation>
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
        <translation>Satış</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="81" />
        <location filename="../../app/ui/sell_panel.py" line="193" />
        <source>Choose a destination and a plan.</source>
        <translation>Bir varış yeri ve paket seçin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="113" />
        <source>Number of eSIMs</source>
        <translation>eSIM adedi</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="115" />
        <source>eSIMs</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="121" />
        <source>Sell</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="139" />
        <source>Show QR again</source>
        <translation>QR'ı yeniden göster</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="204" />
        <source>via %1</source>
        <translation>%1 üzerinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="248" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>Maliyetin altında: satış için yönetici PIN'i gerekir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="311" />
        <source>Selling… %1 s</source>
        <translation>Satılıyor… %1 sn</translation>
    </message>
</context>
<context>
    <name>SendEmailDialog</name>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="46" />
        <location filename="../../app/ui/email_dialog.py" line="47" />
        <source>Send the eSIM by e-mail</source>
        <extracomment>Sent and journalled: the address as sent.</extracomment>
        <translation>eSIM'i e-postayla gönder</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="62" />
        <source>Octopus Cards e-mails the eSIM %1 to the traveller, to install later from another screen. Type their address and check it with them.</source>
        <translation>Octopus Cards, %1 numaralı eSIM'i daha sonra başka bir ekrandan kurulmak üzere yolcuya e-postayla gönderir. Adresini yazın ve yolcuyla birlikte kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="67" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-posta adresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="70" />
        <source>The traveller's e-mail address</source>
        <translation>Yolcunun e-posta adresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="82" />
        <source>&amp;Send</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="83" />
        <source>Send the e-mail</source>
        <translation>E-postayı gönder</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="107" />
        <source>The counter is not ready yet; try again in a moment.</source>
        <translation>Program henüz hazır değil; birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="114" />
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="125" />
        <source>Type the traveller's e-mail address first.</source>
        <translation>Önce yolcunun e-posta adresini yazın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="127" />
        <source>An e-mail address has no spaces. Check it with the traveller.</source>
        <translation>E-posta adresinde boşluk olmaz. Yolcuyla birlikte kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="129" />
        <source>An e-mail address has one @, like name@example.com. Check it.</source>
        <translation>E-posta adresinde bir tane @ bulunur, örneğin ad@example.com. Kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="132" />
        <source>The part after @ is not a mail domain like example.com. Check it with the traveller.</source>
        <translation>@ işaretinden sonraki kısım example.com gibi bir e-posta alan adı değil. Yolcuyla birlikte kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="136" />
        <source>This address is too long for e-mail. Check it with the traveller.</source>
        <translation>Bu adres e-posta için çok uzun. Yolcuyla birlikte kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="138" />
        <source>The part before @ has characters an e-mail address cannot have. Check it with the traveller.</source>
        <translation>@ işaretinden önceki kısımda e-posta adresinde bulunamayacak karakterler var. Yolcuyla birlikte kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="153" />
        <source>Octopus Cards did not accept this address. Check it with the traveller and send again.</source>
        <translation>Octopus Cards bu adresi kabul etmedi. Yolcuyla birlikte kontrol edip yeniden gönderin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="158" />
        <source>Octopus Cards does not know this order, so it cannot e-mail it. Show the QR code instead.</source>
        <translation>Octopus Cards bu siparişi tanımıyor, bu yüzden e-postayla gönderemez. Bunun yerine QR kodunu gösterin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="162" />
        <source>Not sent. %1</source>
        <translation>Gönderilmedi. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="165" />
        <source>Not sent: something went wrong. Try again, or show the QR code.</source>
        <translation>Gönderilmedi: bir sorun oluştu. Tekrar deneyin veya QR kodunu gösterin.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="34" />
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="102" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Checking the keyring…</source>
        <translation>Anahtarlık kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142" />
        <source>With no account switched on, the counter runs in training mode.</source>
        <translation>Açık hesap yoksa program eğitim modunda çalışır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="44" />
        <location filename="../../app/ui/settings_tabs.py" line="60" />
        <source>Shop name</source>
        <translation>Mağaza adı</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="45" />
        <location filename="../../app/ui/settings_tabs.py" line="61" />
        <source>Clerk</source>
        <translation>Görevli</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="65" />
        <source>in each account's wallet currency (USD 50, EUR 50…)</source>
        <translation>her hesabın cüzdan para biriminde (USD 50, EUR 50…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="47" />
        <location filename="../../app/ui/settings_tabs.py" line="74" />
        <source>Warn when a balance is below</source>
        <translation>Bakiye şunun altına düşünce uyar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="49" />
        <location filename="../../app/ui/settings_tabs.py" line="76" />
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="89" />
        <location filename="../../app/ui/settings_tabs.py" line="93" />
        <source>Ask the phone check before each sale</source>
        <translation>Her satıştan önce telefon kontrolünü sor</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="112" />
        <source>Automatic (second screen if there is one)</source>
        <translation>Otomatik (varsa ikinci ekran)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="127" />
        <source>Close the customer display after</source>
        <translation>Müşteri ekranını kapatma süresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="130" />
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="131" />
        <source>Never</source>
        <translation>Asla</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="185" />
        <source>Touch mode: larger buttons and rows, lists scroll by dragging</source>
        <translation>Dokunmatik mod: daha büyük düğmeler ve satırlar, listeler sürükleyerek kayar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="191" />
        <source>Touch mode</source>
        <translation>Dokunmatik mod</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="197" />
        <location filename="../../app/ui/settings_tabs.py" line="213" />
        <source>Text size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="199" />
        <source>The size of all text, from 100 to 200 percent</source>
        <translation>Tüm yazıların boyutu, yüzde 100 ile 200 arası</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="204" />
        <source>Both apply to every window as soon as the settings are saved.</source>
        <translation>İkisi de ayarlar kaydedilir kaydedilmez tüm pencerelere uygulanır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="123" />
        <location filename="../../app/ui/settings_tabs.py" line="136" />
        <source>Customer display on</source>
        <translation>Müşteri ekranı</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="139" />
        <source>Close it after</source>
        <translation>Kapanma süresi</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="149" />
        <source>Repeat the new PIN</source>
        <translation>Yeni PIN'i tekrarlayın</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="155" />
        <source>Type a new PIN to change it</source>
        <translation>Değiştirmek için yeni PIN girin</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="157" />
        <source>4 to 12 digits</source>
        <translation>4 ile 12 rakam</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="160" />
        <source>Ask for the manager PIN before settings open</source>
        <translation>Ayarlar açılmadan önce yönetici PIN'i sor</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="147" />
        <location filename="../../app/ui/settings_tabs.py" line="168" />
        <source>New PIN</source>
        <translation>Yeni PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="169" />
        <source>Repeat it</source>
        <translation>Tekrar girin</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="158" />
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159" />
        <source>Shop</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160" />
        <source>Customer display</source>
        <translation>Müşteri ekranı</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="161" />
        <source>Manager PIN</source>
        <translation>Yönetici PIN'i</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="163" />
        <source>Receipts</source>
        <translation>Fişler</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>Accessibility</source>
        <translation>Erişilebilirlik</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165" />
        <source>Clerks</source>
        <translation>Görevliler</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Chain</source>
        <translation>Zincir</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231" />
        <source>Testing…</source>
        <translation>Test ediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="236" />
        <source>Connected. Balance: %1</source>
        <translation>Bağlandı. Bakiye: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="263" />
        <source>The balance warning must be an amount, like 50.</source>
        <translation>Bakiye uyarısı bir tutar olmalı, örneğin 50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="278" />
        <source>The shop name and the clerk are one line of at most 200 characters.</source>
        <translation>Mağaza adı ve satış görevlisi en fazla 200 karakterlik tek bir satırdır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="298" />
        <source>The two PINs are not the same.</source>
        <translation>İki PIN aynı değil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="303" />
        <source>Type a PIN to switch the PIN on.</source>
        <translation>PIN'i açmak için bir PIN girin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="328" />
        <source>Testing the connection before saving…</source>
        <translation>Kaydetmeden önce bağlantı test ediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="359" />
        <source>Not saved. Correct the account, or switch it off.</source>
        <translation>Kaydedilmedi. Hesabı düzeltin veya kapatın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="367" />
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="29" />
        <source>Save settings</source>
        <translation>Ayarları kaydet</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="30" />
        <source>The connection test failed:
%1

Save anyway? The counter will show REAL — NOT CONNECTED until it connects.</source>
        <translation>Bağlantı testi başarısız oldu:
%1

Yine de kaydedilsin mi? Kasa bağlanana kadar GERÇEK — BAĞLI DEĞİL gösterecek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="39" />
        <source>Save anyway</source>
        <translation>Yine de kaydet</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="42" />
        <source>Go back</source>
        <translation>Geri dön</translation>
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
        <translation>Yönetici PIN'i</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="50" />
        <source>Manager PIN:</source>
        <translation>Yönetici PIN'i:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="67" />
        <source>That PIN is not right.</source>
        <translation>Bu PIN doğru değil.</translation>
    </message>
</context>
<context>
    <name>SetupMessages</name>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="21" />
        <source>Enter the provider's address; it must start with https://</source>
        <translation>Sağlayıcının adresini girin; https:// ile başlamalıdır</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="24" />
        <source>The address must not contain spaces or backslashes.</source>
        <translation>Adres boşluk veya ters eğik çizgi içermemelidir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="27" />
        <source>The address is not a valid web address.</source>
        <translation>Adres geçerli bir web adresi değil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="30" />
        <source>The address must start with https://</source>
        <translation>Adres https:// ile başlamalıdır</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="33" />
        <source>The address has no server name after https://</source>
        <translation>Adreste https:// sonrasında sunucu adı yok</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="36" />
        <source>The address must not contain a user name or password.</source>
        <translation>Adres kullanıcı adı veya parola içermemelidir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="39" />
        <source>The address must not contain '?' or '#'.</source>
        <translation>Adres '?' veya '#' içermemelidir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="42" />
        <source>The address must start with https:// (http:// is only allowed for this computer itself, such as http://127.0.0.1:8000).</source>
        <translation>Adres https:// ile başlamalıdır (http:// yalnızca bu bilgisayarın kendisi için, örneğin http://127.0.0.1:8000, izinlidir).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="53" />
        <source>%1: the wallet currency must be a three-letter code such as USD.</source>
        <translation>%1: cüzdan para birimi USD gibi üç harfli bir kod olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="58" />
        <source>%1: the address is not usable. %2</source>
        <translation>%1: adres kullanılamıyor. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="73" />
        <source>The disk is full, so the sales journal cannot be written. Nothing was sent. Free some space, then try again.</source>
        <translation>Disk dolu, satış günlüğüne yazılamıyor. Hiçbir şey gönderilmedi. Yer açıp tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="79" />
        <source>The sales journal at %1 cannot be written. Nothing was sent. Make sure this user may write to its folder, then start the counter again.</source>
        <translation>%1 konumundaki satış günlüğüne yazılamıyor. Hiçbir şey gönderilmedi. Bu kullanıcının klasörüne yazabildiğinden emin olun, sonra kasayı yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="85" />
        <source>The sales journal at %1 is damaged. It was left untouched. Restart the counter to restore a backup or start a new journal.</source>
        <translation>%1 konumundaki satış günlüğü bozuk. Ona dokunulmadı. Bir yedeği geri yüklemek veya yeni bir günlük başlatmak için kasayı yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="90" />
        <source>The sales journal cannot be used, so nothing was sent. Do not sell until it is fixed; the details are in the log file.</source>
        <translation>Satış günlüğü kullanılamıyor, bu yüzden hiçbir şey gönderilmedi. Düzeltilene kadar satış yapmayın; ayrıntılar kayıt dosyasında.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="56" />
        <location filename="../../app/ui/sign_in_dialog.py" line="60" />
        <source>Clerk name</source>
        <translation>Görevli adı</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="57" />
        <source>Pick a name from the list or type it</source>
        <translation>Listeden bir ad seçin veya yazın</translation>
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
        <translation>Oturum açma sorunu</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="70" />
        <location filename="../../app/ui/sign_in_dialog.py" line="72" />
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="79" />
        <source>Quit</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="81" />
        <source>Quit the counter</source>
        <translation>Programdan çık</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="85" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="98" />
        <source>Type or pick your name first.</source>
        <translation>Önce adınızı yazın veya seçin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="102" />
        <source>Type your PIN, then press Enter.</source>
        <translation>PIN'inizi yazın, ardından Enter'a basın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="112" />
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app/ui/single_instance.py" line="109" />
        <source>eSIM Counter was started again: this is the one already open.</source>
        <translation>eSIM Counter yeniden başlatıldı: açık olan pencere budur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="120" />
        <source>eSIM Counter is already open. Its window has been brought to the front; if you do not see it, click it on the taskbar.</source>
        <translation>eSIM Counter zaten açık. Penceresi öne getirildi; göremiyorsanız görev çubuğunda ona tıklayın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="126" />
        <source>eSIM Counter is already open but is not answering. Wait a moment; if its window does not come back, close it from the taskbar and start it again.</source>
        <translation>eSIM Counter zaten açık ama yanıt vermiyor. Biraz bekleyin; penceresi geri gelmezse görev çubuğundan kapatıp yeniden başlatın.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="48" />
        <source>Chain sync</source>
        <translation>Zincir eşitlemesi</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="63" />
        <source>Chain: pushing…</source>
        <translation>Zincir: gönderiliyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="100" />
        <source>Chain: status unknown</source>
        <translation>Zincir: durum bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="101" />
        <source>The sync status could not be read.</source>
        <translation>Eşitleme durumu okunamadı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="129" />
        <source>Chain: in sync</source>
        <translation>Zincir: eşitlendi</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="132" />
        <source>Chain: checking…</source>
        <translation>Zincir: kontrol ediliyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="133" />
        <source>Chain: %n row(s) waiting</source>
        <translation>
            <numerusform>Zincir: %n satır bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="135" />
        <source>Offline — selling on; %n row(s) waiting</source>
        <translation>
            <numerusform>Çevrimdışı — satış sürüyor; %n satır bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="137" />
        <source>; prices from %1</source>
        <translation>; fiyatlar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="142" />
        <source>Last push: %1</source>
        <translation>Son gönderim: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="144" />
        <source>Nothing pushed yet.</source>
        <translation>Henüz hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="147" />
        <source>Last problem: %1</source>
        <translation>Son sorun: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="148" />
        <source>Click to push now.</source>
        <translation>Şimdi göndermek için tıklayın.</translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../../app/ui/till_menu.py" line="79" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>Program hâlâ başlatılıyor; birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="122" />
        <source>Shift %1 is already open; close it (Z) before opening another.</source>
        <translation>%1 numaralı vardiya zaten açık; başka bir vardiya açmadan önce onu kapatın (Z).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="137" />
        <source>Shift %1 is open with a float of %2.</source>
        <translation>%1 numaralı vardiya %2 açılış nakdiyle açıldı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="147" />
        <source>No shift is open. Open a shift with its float first (Till menu).</source>
        <translation>Açık vardiya yok. Önce açılış nakdiyle bir vardiya açın (Kasa menüsü).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="161" />
        <source>Pay-in of %1 recorded.</source>
        <translation>%1 para girişi kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="163" />
        <source>Pay-out of %1 recorded.</source>
        <translation>%1 para çıkışı kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="178" />
        <source>X report</source>
        <translation>X raporu</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="180" />
        <source>X report, shift %1: %2 expected in the drawer</source>
        <translation>X raporu, vardiya %1: kasada olması gereken %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="221" />
        <source>Z report %1</source>
        <translation>Z raporu %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="222" />
        <source>Z %1 written. Counted %2, expected %3, difference %4.</source>
        <translation>Z %1 oluşturuldu. Sayılan %2, beklenen %3, fark %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="241" />
        <source>Report printed.</source>
        <translation>Rapor yazdırıldı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="243" />
        <source>Report saved as %1.</source>
        <translation>Rapor %1 olarak kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="255" />
        <source>No receipt printer is set up (Settings › Receipts).</source>
        <translation>Fiş yazıcısı ayarlanmamış (Ayarlar › Fişler).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>Save the report as PDF</source>
        <translation>Raporu PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="269" />
        <source>Saved as %1.</source>
        <translation>%1 olarak kaydedildi.</translation>
    </message>
</context>
<context>
    <name>TillMenu</name>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="37" />
        <source>A refund needs a manager.</source>
        <translation>İade için bir yönetici gerekir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="38" />
        <source>Closing the shift (Z) needs a manager.</source>
        <translation>Vardiyayı kapatmak (Z) için bir yönetici gerekir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="65" />
        <source>&amp;Till</source>
        <translation>&amp;Kasa</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="68" />
        <source>&amp;Open shift…</source>
        <translation>Vardiya &amp;aç…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="69" />
        <source>Pay &amp;in…</source>
        <translation>Para &amp;girişi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="70" />
        <source>Pay o&amp;ut…</source>
        <translation>Para &amp;çıkışı…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="72" />
        <source>&amp;X report…</source>
        <translation>&amp;X raporu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="74" />
        <source>&amp;Close shift (Z)…</source>
        <translation>Vardiyayı &amp;kapat (Z)…</translation>
    </message>
</context>
<context>
    <name>TillReport</name>
    <message>
        <location filename="../../app/ui/till_docs.py" line="26" />
        <source>X REPORT</source>
        <translation>X RAPORU</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="27" />
        <source>Z REPORT</source>
        <translation>Z RAPORU</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="28" />
        <source>Z %1</source>
        <translation>Z %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="29" />
        <source>Corrects Z %1: %2</source>
        <translation>Z %1 düzeltmesi: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="30" />
        <source>Shift %1</source>
        <translation>Vardiya %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="31" />
        <source>Opened %1 by %2</source>
        <translation>Açılış: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="32" />
        <source>Made %1 by %2</source>
        <translation>Oluşturma: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="33" />
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="34" />
        <source>Number of sales</source>
        <translation>Satış sayısı</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="35" />
        <source>Gross</source>
        <translation>Brüt</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="36" />
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="37" />
        <source>Tax</source>
        <translation>Vergi</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="38" />
        <source>Refunds</source>
        <translation>İadeler</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="39" />
        <source>Takings (sales less refunds)</source>
        <translation>Hasılat (satışlar eksi iadeler)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="40" />
        <source>Delivered sales without a price: %1</source>
        <translation>Fiyatı olmayan teslim edilmiş satışlar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="41" />
        <source>By payment method</source>
        <translation>Ödeme yöntemine göre</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="42" />
        <source>%1 refunded</source>
        <translation>%1 iade</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="43" />
        <source>By clerk</source>
        <translation>Görevliye göre</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="44" />
        <source>(no clerk)</source>
        <translation>(görevli yok)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="45" />
        <source>%1: %2 sale(s)</source>
        <translation>%1: %2 satış</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="46" />
        <source>%1: %2 refund(s)</source>
        <translation>%1: %2 iade</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="47" />
        <source>Refund of %1 (%2)</source>
        <translation>%1 iadesi (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="48" />
        <source>Pay-ins and pay-outs</source>
        <translation>Para girişleri ve çıkışları</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="49" />
        <source>Pay-in: %1</source>
        <translation>Para girişi: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="50" />
        <source>Pay-out: %1</source>
        <translation>Para çıkışı: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="51" />
        <source>Cash drawer</source>
        <translation>Kasa çekmecesi</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="52" />
        <source>Opening float</source>
        <translation>Açılış nakdi</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="53" />
        <source>Cash taken</source>
        <translation>Alınan nakit</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="54" />
        <source>Cash refunded</source>
        <translation>Nakit iadeler</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="55" />
        <source>Cash handed back</source>
        <translation>Geri verilen nakit</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="56" />
        <source>Pay-ins</source>
        <translation>Para girişleri</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="57" />
        <source>Pay-outs</source>
        <translation>Para çıkışları</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="58" />
        <source>Expected in the drawer</source>
        <translation>Kasada olması gereken</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="59" />
        <source>Counted</source>
        <translation>Sayılan</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="60" />
        <source>Difference</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="61" />
        <source>Still owed to customers (in the drawer)</source>
        <translation>Müşterilere hâlâ borçlu olunan (kasada)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="62" />
        <source>Paid, not delivered yet (in the drawer)</source>
        <translation>Ödendi, henüz teslim edilmedi (kasada)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="63" />
        <source>Provider balances</source>
        <translation>Sağlayıcı bakiyeleri</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="64" />
        <source>%1 at opening</source>
        <translation>Açılışta %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="65" />
        <source>%1 now</source>
        <translation>Şu anda %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="66" />
        <source>not read</source>
        <translation>okunamadı</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="67" />
        <source>%1 balance used</source>
        <translation>%1 kullanılan bakiye</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="68" />
        <source>%1 charged less refunded</source>
        <translation>%1 tahsil edilen eksi iade edilen</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="69" />
        <source>%1 difference</source>
        <translation>%1 farkı</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="70" />
        <source>May explain it: %1 — %2</source>
        <translation>Olası açıklama: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="71" />
        <source>Other currencies (not added up)</source>
        <translation>Diğer para birimleri (toplanmadı)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="72" />
        <source>TRAINING — NOT REAL MONEY</source>
        <translation>EĞİTİM — GERÇEK PARA DEĞİLDİR</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="73" />
        <source>REFUND</source>
        <translation>İADE</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="74" />
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="75" />
        <source>Clerk</source>
        <translation>Görevli</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="76" />
        <source>Sale</source>
        <translation>Satış</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="77" />
        <source>eSIM %1</source>
        <translation>eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="78" />
        <source>Paid back by %1</source>
        <translation>%1 ile geri ödendi</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="79" />
        <source>Total paid back</source>
        <translation>Toplam geri ödenen</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="80" />
        <source>Reason: %1</source>
        <translation>Neden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="83" />
        <source>outcome not known yet</source>
        <translation>sonuç henüz bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="84" />
        <source>sent, no answer yet</source>
        <translation>gönderildi, henüz yanıt yok</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="85" />
        <source>pending at the provider</source>
        <translation>sağlayıcıda beklemede</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="86" />
        <source>charge not known</source>
        <translation>tahsilat bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="87" />
        <source>refund not yet back on the balance</source>
        <translation>iade henüz bakiyeye yansımadı</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="88" />
        <source>another currency</source>
        <translation>başka bir para birimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="89" />
        <source>owed</source>
        <translation>borçlu olunan</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="90" />
        <source>not delivered</source>
        <translation>teslim edilmedi</translation>
    </message>
</context>
<context>
    <name>TopupDialog</name>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="47" />
        <source>Top up an eSIM</source>
        <extracomment>The clerk chose a package and a quantity: (TopupPackage, int).</extracomment>
        <translation>eSIM'e ek paket yükle</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="52" />
        <source>Top up eSIM %1</source>
        <translation>%1 numaralı eSIM'e ek paket yükle</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="62" />
        <source>Asking eSIMfly which top-ups this eSIM can take…</source>
        <translation>Bu eSIM'e hangi ek paketlerin yüklenebileceği eSIMfly'a soruluyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="71" />
        <source>Top-ups for this eSIM</source>
        <translation>Bu eSIM için ek paketler</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="73" />
        <source>Use the arrow keys to choose a top-up, then press Enter to take payment.</source>
        <translation>Ok tuşlarıyla bir ek paket seçin, ardından ödeme almak için Enter'a basın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Top-up</source>
        <translation>Ek paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Validity</source>
        <translation>Geçerlilik</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="93" />
        <source>Quantity</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="95" />
        <source>How many times this top-up is added to the eSIM.</source>
        <translation>Bu ek paketin eSIM'e kaç kez ekleneceği.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="98" />
        <source>&amp;Quantity</source>
        <translation>&amp;Adet</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="110" />
        <source>Take payment…</source>
        <translation>Ödeme al…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="113" />
        <source>Take payment for the chosen top-up</source>
        <translation>Seçilen ek paketin ödemesini al</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="116" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="145" />
        <source>no price: see the price list</source>
        <translation>fiyat yok: fiyat listesine bakın</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/topup_dialog.py" line="148" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="157" />
        <source>Choose a top-up, then take payment.</source>
        <translation>Bir ek paket seçin, ardından ödemeyi alın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="161" />
        <source>eSIMfly offers no top-up for this eSIM.</source>
        <translation>eSIMfly bu eSIM için ek paket sunmuyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="175" />
        <source>Unlimited</source>
        <translation>Sınırsız</translation>
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
        <translation>Program hâlâ başlatılıyor; birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="130" />
        <source>Sold as: %1</source>
        <translation>Satıldığı ad: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="171" />
        <source>Take payment for a top-up</source>
        <translation>Ek paket için ödeme al</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="175" />
        <source>Take payment, then top up eSIM %1?</source>
        <translation>Ödeme alınıp %1 numaralı eSIM'e ek paket yüklensin mi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="179" />
        <location filename="../../app/ui/topup_flow.py" line="180" />
        <source>Top up now</source>
        <translation>Şimdi yükle</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="190" />
        <source>Topping up the eSIM…</source>
        <translation>eSIM'e ek paket yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="210" />
        <source>Not topped up. %1</source>
        <translation>Ek paket yüklenmedi. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="218" />
        <source>Outcome unknown: do not top up this eSIM again until the sale is checked. It is in the list of sales that need attention.</source>
        <translation>Sonuç bilinmiyor: satış kontrol edilene kadar bu eSIM'e yeniden ek paket yüklemeyin. Satış, ilgi bekleyen satışlar listesinde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="235" />
        <source>Topped up: %1 added to eSIM %2 (%3 paid).</source>
        <translation>Ek paket yüklendi: %2 numaralı eSIM'e %1 eklendi (%3 ödendi).</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="244" />
        <source>Top-up</source>
        <translation>Ek paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="250" />
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>Waits</name>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="162" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n saniye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="165" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n dakika</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <location filename="../../app/ui/lookup_text.py" line="94" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n gün kaldı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="97" />
        <source>less than a day left</source>
        <translation>bir günden az kaldı</translation>
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
        <translation>%1 numaralı vardiyayı kapat (Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="36" />
        <source>Count the cash in the drawer and type what you counted.</source>
        <translation>Kasadaki nakdi sayın ve saydığınız tutarı yazın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="38" />
        <source>&amp;Counted cash</source>
        <translation>&amp;Sayılan nakit</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="50" />
        <location filename="../../app/ui/z_close.py" line="54" />
        <source>Difference</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="52" />
        <source>Expected in the drawer</source>
        <translation>Kasada olması gereken</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="53" />
        <source>Counted</source>
        <translation>Sayılan</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="59" />
        <source>The Z report gets the next number and can never be changed afterwards.</source>
        <translation>Z raporu sıradaki numarayı alır ve sonradan asla değiştirilemez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="65" />
        <source>Close shift</source>
        <translation>Vardiyayı kapat</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="67" />
        <source>Close shift and write the Z report</source>
        <translation>Vardiyayı kapat ve Z raporunu oluştur</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="70" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="94" />
        <source>%1 short</source>
        <translation>%1 eksik</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="97" />
        <source>%1 over</source>
        <translation>%1 fazla</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="100" />
        <source>None: the drawer is right</source>
        <translation>Yok: kasa doğru</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="110" />
        <source>Type the cash you counted, e.g. 250, or 0.</source>
        <translation>Saydığınız nakdi yazın, örn. 250 veya 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="113" />
        <source>Closing the shift…</source>
        <translation>Vardiya kapatılıyor…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="29" />
        <source>Something unexpected went wrong. Sales already recorded are safe.

If it happens again, send this file to support: %1</source>
        <translation>Beklenmeyen bir hata oluştu. Kaydedilmiş satışlar güvende.

Tekrar olursa bu dosyayı desteğe gönderin: %1</translation>
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
        <translation>Fişi yazdır</translation>
    </message>
</context>
<context>
    <name>manager</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="260" />
        <source>The price list is for the owner.</source>
        <translation>Fiyat listesi yalnızca mağaza sahibi içindir.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="54" />
        <source>The provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Bir şeyler ters gitti. Ayrıntılar günlük dosyasına yazıldı.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Balance too low: %1 more needed.</source>
        <translation>Bakiye yetersiz: %1 daha gerekli.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Balance too low at %1 for this sale.</source>
        <translation>%1 bakiyesi bu satış için yetersiz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97" />
        <source>%1 says this computer's clock is wrong. Correct the clock.</source>
        <translation>%1 bu bilgisayarın saatinin yanlış olduğunu bildiriyor. Saati düzeltin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>%1 Ask the shop owner to check the account in Settings.</source>
        <translation>%1 Mağaza sahibinden Ayarlar'daki hesabı kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112" />
        <source>Too many requests to %1. Selling resumes in %2.</source>
        <translation>%1 için çok fazla istek. Satış %2 sonra devam edecek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118" />
        <source>Too many requests to %1. Wait a moment, then try again.</source>
        <translation>%1 için çok fazla istek. Biraz bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>No clear answer from %1: the outcome is unknown. Do not sell again until this sale is checked.</source>
        <translation>%1 net bir yanıt vermedi: sonuç bilinmiyor. Bu satış kontrol edilene kadar yeniden satmayın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>This plan is no longer available. Pick another plan.</source>
        <translation>Bu paket artık yok. Başka bir paket seçin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>The price of this plan has changed. Reload the plans and check the price.</source>
        <translation>Bu paketin fiyatı değişti. Paketleri yeniden yükleyip fiyatı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136" />
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 zamanında yanıt vermedi. Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140" />
        <source>Cannot reach %1. Check the internet connection, then try again.</source>
        <translation>%1 ile bağlantı kurulamıyor. İnternet bağlantısını kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144" />
        <source>%1 sent an answer the counter cannot read.</source>
        <translation>%1 programın okuyamadığı bir yanıt gönderdi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149" />
        <source>This is a training sale; it is checked when the counter sells in training mode again.</source>
        <translation>Bu bir eğitim satışı; kasa yeniden eğitim modunda satış yaptığında kontrol edilecek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>This is a real sale; it is checked when the counter sells for real again.</source>
        <translation>Bu gerçek bir satış; kasa yeniden gerçek satış yaptığında kontrol edilecek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159" />
        <source>This counter has no %1 account switched on. Switch it on in Settings to check this sale.</source>
        <translation>Bu kasada açık bir %1 hesabı yok. Bu satışı kontrol etmek için Ayarlar'da açın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165" />
        <source>This sale is too old to send again safely; check it with %1.</source>
        <translation>Bu satış güvenle yeniden gönderilemeyecek kadar eski; %1 ile kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169" />
        <source>An earlier sale of this plan is not checked yet and %1 did not answer. Nothing was sold; check the earlier sale first (Check now), then sell again.</source>
        <translation>Bu paketin önceki bir satışı henüz kontrol edilmedi ve %1 yanıt vermedi. Hiçbir şey satılmadı; önce önceki satışı kontrol edin (Şimdi kontrol et), sonra yeniden satın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>%1 has no order for this sale (yet). It is checked again shortly.</source>
        <translation>%1 bu satış için (henüz) bir sipariş bulmuyor. Birazdan yeniden kontrol edilecek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>%1 refused the order: %2</source>
        <translation>%1 siparişi reddetti: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201" />
        <source>Only eSIMfly eSIMs can be topped up here. Sell the traveller a new eSIM.</source>
        <translation>Burada yalnızca eSIMfly eSIM'lerine ek paket yüklenebilir. Yolcuya yeni bir eSIM satın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="205" />
        <source>This eSIM cannot be topped up: its plan does not allow it. Sell the traveller a new eSIM instead.</source>
        <translation>Bu eSIM'e ek paket yüklenemez: paketi buna izin vermiyor. Bunun yerine yolcuya yeni bir eSIM satın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213" />
        <source>This eSIM is not installed yet, so it cannot be topped up. Install it first; it still has all its data.</source>
        <translation>Bu eSIM henüz kurulmadı, bu yüzden ek paket yüklenemez. Önce eSIM'i kurun; verisinin tamamı hâlâ duruyor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219" />
        <source>This eSIM has expired, so it cannot be topped up. Sell the traveller a new eSIM.</source>
        <translation>Bu eSIM'in süresi doldu, bu yüzden ek paket yüklenemez. Yolcuya yeni bir eSIM satın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223" />
        <source>This eSIM cannot be topped up in its present state (%1).</source>
        <translation>Bu eSIM'e mevcut durumunda ek paket yüklenemez (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227" />
        <source>This top-up is no longer offered for this eSIM. Choose another.</source>
        <translation>Bu ek paket artık bu eSIM için sunulmuyor. Başka bir tane seçin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231" />
        <source>eSIMfly has no eSIM with this ICCID on the shop's account. Check the number.</source>
        <translation>eSIMfly'da mağazanın hesabında bu ICCID'ye sahip bir eSIM yok. Numarayı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241" />
        <source>The eSIM is already installed on the traveller's phone, so %1 will not refund it. Nothing was refunded.</source>
        <translation>eSIM yolcunun telefonuna zaten kurulu, bu yüzden %1 iade etmeyecek. Hiçbir şey iade edilmedi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247" />
        <source>This eSIM has already been refunded, or its refund is still being checked. It is not refunded twice.</source>
        <translation>Bu eSIM zaten iade edildi ya da iadesi hâlâ kontrol ediliyor. İki kez iade edilmez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="253" />
        <source>Only a delivered eSIM can be refunded. Nothing was refunded.</source>
        <translation>Yalnızca teslim edilmiş bir eSIM iade edilebilir. Hiçbir şey iade edilmedi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257" />
        <source>%1 cannot cancel an eSIM. Record the refund as the shop's own loss, or as claimed from %1 with a note for the owner.</source>
        <translation>%1 bir eSIM'i iptal edemez. İadeyi mağazanın kendi zararı olarak ya da mağaza sahibine bir notla %1 şirketinden talep edilmiş olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="270" />
        <source>The receipt printer is out of paper. Put in a new roll, then print the receipt again from History.</source>
        <translation>Fiş yazıcısının kâğıdı bitti. Yeni rulo takın, ardından fişi Geçmiş'ten yeniden yazdırın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="276" />
        <source>The receipt printer (%1) cannot be reached. Check that it is switched on and connected, then print the receipt again from History.</source>
        <translation>Fiş yazıcısına (%1) ulaşılamıyor. Açık ve bağlı olduğunu kontrol edin, ardından fişi Geçmiş'ten yeniden yazdırın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282" />
        <source>The receipt printer is not set up correctly. Ask the shop owner to check Settings → Receipts.</source>
        <translation>Fiş yazıcısı doğru ayarlanmamış. Mağaza sahibinden Ayarlar → Fişler'i kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288" />
        <source>The receipt could not be saved in %1. Ask the shop owner to choose another folder in Settings → Receipts.</source>
        <translation>Fiş %1 klasörüne kaydedilemedi. Mağaza sahibinden Ayarlar → Fişler'de başka bir klasör seçmesini isteyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="293" />
        <source>The receipt could not be printed. The sale is not affected; print the receipt again from History.</source>
        <translation>Fiş yazdırılamadı. Satış bundan etkilenmez; fişi Geçmiş'ten yeniden yazdırın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="327" />
        <source>That name and PIN do not match a clerk. Check both and try again.</source>
        <translation>Bu ad ve PIN hiçbir satış görevlisiyle eşleşmiyor. İkisini de kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="331" />
        <source>%1 can no longer sign in at this counter. Ask the shop owner.</source>
        <translation>%1 artık bu kasada oturum açamaz. Mağaza sahibine danışın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="350" />
        <source>%1 Check the address and both keys in the provider's account page.</source>
        <translation>%1 Sağlayıcının hesap sayfasında adresi ve iki anahtarı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="358" />
        <source>REAL — not connected: %1</source>
        <translation>GERÇEK — bağlı değil: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364" />
        <source>Waiting for the chain's database to check which orders other counters already claimed; this sale is checked again when the database answers. Do not sell it again.</source>
        <translation>Diğer kasaların hangi siparişleri zaten üstlendiğini kontrol etmek için zincirin veritabanı bekleniyor; veritabanı yanıt verdiğinde bu satış yeniden kontrol edilir. Yeniden satmayın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="371" />
        <source>An earlier sale of this plan on counter %1 is not checked yet; this sale is checked again after it. Do not sell it again.</source>
        <translation>Bu paketin %1 kasasındaki daha önceki bir satışı henüz kontrol edilmedi; bu satış ondan sonra yeniden kontrol edilir. Yeniden satmayın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="377" />
        <source>Waiting for counter %1 to send its latest sales to the chain before this sale's order is confirmed; it is checked again in a moment. Do not sell it again.</source>
        <translation>Bu satışın siparişi onaylanmadan önce %1 kasasının son satışlarını zincire göndermesi bekleniyor; birazdan yeniden kontrol edilecek. Tekrar satmayın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383" />
        <source>The order found for this sale was claimed by another counter's sale at the same moment; this sale is checked again. Do not sell it again.</source>
        <translation>Bu satış için bulunan sipariş, aynı anda başka bir kasanın satışı tarafından üstlenildi; bu satış yeniden kontrol edilir. Yeniden satmayın.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="388" />
        <source>This sale is checked again shortly. Do not sell it again.</source>
        <translation>Bu satış birazdan yeniden kontrol edilir. Yeniden satmayın.</translation>
    </message>
</context>
</TS>