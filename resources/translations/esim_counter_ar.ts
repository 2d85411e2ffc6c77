<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name />
    <message>
        <location filename="../../app/ui/clerk_override.py" line="111" />
        <source>Approval needed</source>
        <translation>مطلوب موافقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="114" />
        <source>Asked by %1.</source>
        <translation>طلبها %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="116" />
        <source>A supervisor or the owner types their PIN to allow it.</source>
        <translation>يكتب المشرف أو صاحب المتجر رمز PIN الخاص به للسماح بذلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="118" />
        <source>Allow</source>
        <translation>سماح</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="127" />
        <source>%1 may not allow this. A supervisor or the owner must.</source>
        <translation>لا يستطيع %1 السماح بهذا. يجب أن يسمح به المشرف أو صاحب المتجر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="183" />
        <source>A refund needs a supervisor's approval.</source>
        <translation>يتطلب الاسترداد موافقة المشرف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="184" />
        <source>Closing the shift needs a supervisor's approval.</source>
        <translation>يتطلب إغلاق الوردية موافقة المشرف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="185" />
        <source>The settings are for the owner.</source>
        <translation>الإعدادات لصاحب المتجر فقط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="186" />
        <source>The price list is for the owner.</source>
        <translation>قائمة الأسعار لصاحب المتجر فقط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="187" />
        <source>Cost and margin are for the owner.</source>
        <translation>التكلفة والربح لصاحب المتجر فقط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_override.py" line="189" />
        <source>This needs a supervisor's or the owner's approval.</source>
        <translation>يتطلب هذا موافقة المشرف أو صاحب المتجر.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="60" />
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="71" />
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="73" />
        <source>Sells travel eSIMs across the counter and shows their QR codes.</source>
        <translation>يبيع شرائح eSIM للسفر عند الكاونتر ويعرض رموز QR الخاصة بها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="107" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="108" />
        <source>&amp;About eSIM Counter</source>
        <translation>&amp;حول eSIM Counter</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="26" />
        <source>Access code</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="27" />
        <source>Secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="28" />
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="29" />
        <source>API secret</source>
        <translation>سر API</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="105" />
        <source>Sell through this account</source>
        <translation>البيع عبر هذا الحساب</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="108" />
        <source>%1 address</source>
        <translation>عنوان %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="110" />
        <source>%1 wallet currency</source>
        <translation>عملة رصيد %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="112" />
        <source>As the account reports it</source>
        <translation>كما يحددها الحساب</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="114" />
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="115" />
        <source>Test the %1 connection</source>
        <translation>اختبار الاتصال بـ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="124" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="125" />
        <source>Wallet currency</source>
        <translation>عملة الرصيد</translation>
    </message>
</context>
<context>
    <name>AfterSale</name>
    <message>
        <location filename="../../app/ui/after_sale.py" line="80" />
        <source>Installed ✓ on the traveller's phone: eSIM %1</source>
        <extracomment>Tests shrink the provider's cadence and the pause before the display closes.</extracomment>
        <translation>مثبّتة ✓ على هاتف المسافر: شريحة eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="84" />
        <source>Installed ✓</source>
        <translation>مثبّتة ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/after_sale.py" line="100" />
        <source>The eSIM was sent by e-mail to %1.</source>
        <translation>أُرسلت شريحة eSIM بالبريد الإلكتروني إلى %1.</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <location filename="../../app/ui/balance_label.py" line="23" />
        <source>unavailable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="46" />
        <source>Balance: loading…</source>
        <translation>الرصيد: جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="52" />
        <source>⚠ Low balance: top up soon</source>
        <translation>⚠ الرصيد منخفض: اشحن قريبًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/balance_label.py" line="59" />
        <source>Balance unavailable: %1</source>
        <translation>الرصيد غير متاح: %1</translation>
    </message>
</context>
<context>
    <name>CashBox</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="106" />
        <source>Cash tendered</source>
        <translation>المبلغ النقدي المدفوع</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="108" />
        <source>The amount the customer hands over; empty means the exact amount</source>
        <translation>المبلغ الذي يدفعه العميل؛ الفراغ يعني المبلغ بالضبط</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="111" />
        <source>&amp;Tendered</source>
        <translation>&amp;المدفوع</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="114" />
        <source>&amp;Exact amount</source>
        <translation>المبلغ &amp;بالضبط</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="116" />
        <source>Exact amount</source>
        <translation>المبلغ بالضبط</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="162" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="164" />
        <source>Customer gives %1 %2</source>
        <translation>العميل يدفع %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="197" />
        <source>Change: %1</source>
        <translation>الباقي: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="203" />
        <source>Type the amount the customer gives, e.g. 20</source>
        <translation>اكتب المبلغ الذي يدفعه العميل، مثلًا 20</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="207" />
        <source>Not enough: %1 still to pay</source>
        <translation>غير كافٍ: يتبقى %1</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <location filename="../../app/ui/cash_count.py" line="51" />
        <source>The amount in %1</source>
        <translation>المبلغ بعملة %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="56" />
        <source>Count per note and &amp;coin</source>
        <translation>العدّ حسب الورقة النقدية و&amp;العملة المعدنية</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="57" />
        <source>Count per note and coin</source>
        <translation>العدّ حسب الورقة النقدية والعملة المعدنية</translation>
    </message>
    <message>
        <location filename="../../app/ui/cash_count.py" line="73" />
        <source>Number of %1 %2</source>
        <translation>عدد فئة %1 %2</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay in</source>
        <translation>إيداع نقدي</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="91" />
        <source>Pay out</source>
        <translation>سحب نقدي</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="94" />
        <source>&amp;Amount</source>
        <translation>ال&amp;مبلغ</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="98" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="99" />
        <source>Why the cash goes in or out, e.g. milk</source>
        <translation>سبب إدخال النقد أو إخراجه، مثل: حليب</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="100" />
        <source>&amp;Reason</source>
        <translation>&amp;السبب</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="108" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="124" />
        <source>Type the amount, more than zero.</source>
        <translation>اكتب المبلغ، على أن يكون أكبر من صفر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="129" />
        <source>Say why, e.g. “milk” or “change from the bank”.</source>
        <translation>اذكر السبب، مثل «حليب» أو «فكّة من البنك».</translation>
    </message>
</context>
<context>
    <name>CentralFeed</name>
    <message>
        <location filename="../../app/ui/chain_central.py" line="163" />
        <source>The chain's price list (version %1) is now in use.</source>
        <translation>قائمة أسعار السلسلة (الإصدار %1) مستخدمة الآن.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="169" />
        <source>The chain's shop details (version %1) are now on the receipts.</source>
        <translation>بيانات المتجر من السلسلة (الإصدار %1) تظهر الآن على الإيصالات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="197" />
        <source>The chain's latest publication cannot be used, so the last good copy stays in use. Ask the owner to publish it again. (%1)</source>
        <translation>لا يمكن استخدام آخر ما نشرته السلسلة، لذا تبقى آخر نسخة سليمة قيد الاستخدام. اطلب من المالك نشرها مرة أخرى. (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="206" />
        <source>The chain's database cannot be reached and this counter has no copy of its data yet: it sells with its own price list meanwhile.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات السلسلة، ولا توجد لدى نقطة البيع هذه نسخة من بياناتها بعد: تبيع بقائمة أسعارها الخاصة في الأثناء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="211" />
        <source>The chain's database cannot be reached: the counter sells on with the chain's prices and clerks as copied at %1.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات السلسلة: تواصل نقطة البيع البيع بأسعار السلسلة وموظفيها كما نُسخت في %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_central.py" line="260" />
        <source>The chain's clerks (version %1) can now sign in here.</source>
        <translation>يمكن لموظفي السلسلة (الإصدار %1) تسجيل الدخول هنا الآن.</translation>
    </message>
</context>
<context>
    <name>ChainLink</name>
    <message>
        <location filename="../../app/ui/chain_link.py" line="74" />
        <source>C&amp;hain</source>
        <translation>&amp;السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="77" />
        <source>Chain &amp;reports…</source>
        <translation>&amp;تقارير السلسلة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="79" />
        <source>&amp;Push now</source>
        <translation>&amp;إرسال الآن</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="111" />
        <source>The chain needs the keyring, which is not available.</source>
        <translation>تحتاج السلسلة إلى حلقة المفاتيح، وهي غير متاحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_link.py" line="140" />
        <source>The chain's password is not in the keyring: type it in Settings › Chain.</source>
        <translation>كلمة مرور السلسلة غير موجودة في حلقة المفاتيح: اكتبها في الإعدادات › السلسلة.</translation>
    </message>
</context>
<context>
    <name>ChainMessages</name>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="42" />
        <source>The chain's database is not set up yet. On the server, run “esim-counter chain init” once, then test again.</source>
        <translation>قاعدة بيانات السلسلة لم تُجهَّز بعد. على الخادم، شغّل «esim-counter chain init» مرة واحدة، ثم اختبر الاتصال مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="47" />
        <source>The chain's database was set up by a newer eSIM Counter. Install the newer version on this counter; it keeps selling and catches up once updated.</source>
        <translation>جُهّزت قاعدة بيانات السلسلة بإصدار أحدث من eSIM Counter. ثبّت الإصدار الأحدث على نقطة البيع هذه؛ فهي تواصل البيع وتستكمل المزامنة بعد التحديث.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="53" />
        <location filename="../../app/ui/chain_messages.py" line="91" />
        <source>The chain's database could not be used. Check Settings › Chain.</source>
        <translation>تعذّر استخدام قاعدة بيانات السلسلة. راجع الإعدادات › السلسلة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="60" />
        <source>The chain's database could not be used. The details were written to the log.</source>
        <translation>تعذّر استخدام قاعدة بيانات السلسلة. كُتبت التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="68" />
        <source>The chain's database server cannot be reached. Check the server name, the port and the network; the counter keeps selling meanwhile.</source>
        <translation>تعذّر الوصول إلى خادم قاعدة بيانات السلسلة. تحقّق من اسم الخادم والمنفذ والشبكة؛ وتواصل نقطة البيع البيع في هذه الأثناء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="74" />
        <source>The database refused the user or the password. Check both and try again.</source>
        <translation>رفضت قاعدة البيانات اسم المستخدم أو كلمة المرور. تحقّق منهما وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="79" />
        <source>The database server's certificate is not trusted by this computer. Check the server name, or ask whoever runs the server for a certificate this computer trusts.</source>
        <translation>شهادة خادم قاعدة البيانات غير موثوقة على هذا الحاسوب. تحقّق من اسم الخادم، أو اطلب من المسؤول عن الخادم شهادة يثق بها هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_messages.py" line="86" />
        <source>There is no such database on the server. Check its name, or create it and run “esim-counter chain init”.</source>
        <translation>لا توجد قاعدة بيانات بهذا الاسم على الخادم. تحقّق من اسمها، أو أنشئها وشغّل «esim-counter chain init».</translation>
    </message>
</context>
<context>
    <name>ChainReportsWindow</name>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="71" />
        <source>Chain reports</source>
        <translation>تقارير السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <location filename="../../app/ui/chain_reports.py" line="142" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="80" />
        <source>All shops</source>
        <translation>كل المتاجر</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <location filename="../../app/ui/chain_reports.py" line="143" />
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Counter</source>
        <translation>نقطة البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="81" />
        <source>All counters</source>
        <translation>كل نقاط البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <location filename="../../app/ui/chain_reports.py" line="144" />
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="82" />
        <source>All clerks</source>
        <translation>كل الموظفين</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="84" />
        <location filename="../../app/ui/chain_reports.py" line="145" />
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="87" />
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="88" />
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="90" />
        <source>Every sale of the day shown, with its refunds, for the filters chosen</source>
        <translation>كل مبيعات اليوم المعروض مع مستردّاتها، حسب عوامل التصفية المختارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="94" />
        <source>Sales by provider</source>
        <translation>المبيعات حسب المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="96" />
        <source>Takings by sale currency</source>
        <translation>الإيرادات حسب عملة البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="107" />
        <source>Z reports</source>
        <translation>تقارير Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="110" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID أو الطلب أو الوجهة أو الباقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="112" />
        <source>Search sales</source>
        <translation>البحث في المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="121" />
        <source>Sales of the chain</source>
        <translation>مبيعات السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="133" />
        <source>Day report</source>
        <translation>تقرير اليوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="134" />
        <source>X/Z</source>
        <translation>X/Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="135" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="136" />
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="235" />
        <source>Reading the chain's database…</source>
        <translation>جارٍ القراءة من قاعدة بيانات السلسلة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="268" />
        <source>The sales could not be read from the chain's database.</source>
        <translation>تعذّرت قراءة المبيعات من قاعدة بيانات السلسلة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="282" />
        <source>all counters</source>
        <translation>كل نقاط البيع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="284" />
        <source>%n sale(s) on this day; %1.</source>
        <translation>
            <numerusform>في هذا اليوم %n عملية بيع؛ %1.</numerusform>
            <numerusform>في هذا اليوم %n عملية بيع؛ %1.</numerusform>
            <numerusform>في هذا اليوم %n عمليتا بيع؛ %1.</numerusform>
            <numerusform>في هذا اليوم %n عمليات بيع؛ %1.</numerusform>
            <numerusform>في هذا اليوم %n عملية بيع؛ %1.</numerusform>
            <numerusform>في هذا اليوم %n عملية بيع؛ %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>eSIMs</source>
        <translation>شرائح eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="295" />
        <source>Charged</source>
        <translation>المبلغ المخصوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Refunded</source>
        <translation>مُسترد</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Not sold</source>
        <translation>لم تُبع</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="296" />
        <source>Needs checking</source>
        <translation>يحتاج إلى تحقق</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="309" />
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="310" />
        <source>Margin</source>
        <translation>الربح</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="327" />
        <source>Cash expected in the drawers: %1</source>
        <translation>النقد المتوقع في الأدراج: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="329" />
        <source>No sales on this day.</source>
        <translation>لا توجد مبيعات في هذا اليوم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="335" />
        <source>Closed at</source>
        <translation>وقت الإغلاق</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Closed by</source>
        <translation>أُغلق بواسطة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="336" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="358" />
        <source>Export the chain's sales</source>
        <translation>تصدير مبيعات السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="360" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_reports.py" line="369" />
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="372" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>صُدّرت %n عملية بيع.</numerusform>
            <numerusform>صُدّرت %n عملية بيع.</numerusform>
            <numerusform>صُدّرت %n عمليتا بيع.</numerusform>
            <numerusform>صُدّرت %n عمليات بيع.</numerusform>
            <numerusform>صُدّرت %n عملية بيع.</numerusform>
            <numerusform>صُدّرت %n عملية بيع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainTab</name>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="56" />
        <source>In a chain, this counter copies every sale to the chain's PostgreSQL database and takes the chain's prices and clerks from it. It keeps selling when the database cannot be reached, and catches up later.</source>
        <translation>ضمن السلسلة، تنسخ نقطة البيع هذه كل عملية بيع إلى قاعدة بيانات PostgreSQL الخاصة بالسلسلة، وتأخذ منها أسعار السلسلة وموظفيها. وتواصل البيع عندما يتعذّر الوصول إلى قاعدة البيانات، ثم تستكمل المزامنة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="66" />
        <location filename="../../app/ui/chain_tab.py" line="101" />
        <source>Database server</source>
        <translation>خادم قاعدة البيانات</translation>
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
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="72" />
        <location filename="../../app/ui/chain_tab.py" line="103" />
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="73" />
        <source>Database user</source>
        <translation>مستخدم قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="74" />
        <source>Database password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="77" />
        <source>Kept in the system keyring only; leave empty to keep the stored one</source>
        <translation>تُحفظ في حلقة مفاتيح النظام فقط؛ اتركها فارغة للإبقاء على كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="79" />
        <source>Shop in the chain</source>
        <translation>المتجر في السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="81" />
        <source>This counter's name</source>
        <translation>اسم نقطة البيع هذه</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="84" />
        <source>A name no other counter of the chain uses, such as desk-2</source>
        <translation>اسم لا تستخدمه أي نقطة بيع أخرى في السلسلة، مثل desk-2</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="87" />
        <source>Encrypted, server certificate checked</source>
        <translation>مشفّر، مع التحقق من شهادة الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="88" />
        <source>Encrypted, certificate not checked</source>
        <translation>مشفّر، دون التحقق من الشهادة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="89" />
        <source>Not encrypted (same machine only)</source>
        <translation>غير مشفّر (للجهاز نفسه فقط)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="90" />
        <source>Connection security</source>
        <translation>أمان الاتصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="94" />
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="95" />
        <source>Leave the chain</source>
        <translation>مغادرة السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="104" />
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="105" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="106" />
        <source>Shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="107" />
        <source>Counter</source>
        <translation>نقطة البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="108" />
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="139" />
        <source>This counter leaves the chain when you save.</source>
        <translation>تغادر نقطة البيع هذه السلسلة عند الحفظ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="141" />
        <source>This counter is in the chain as %1 of %2.</source>
        <translation>نقطة البيع هذه في السلسلة باسم %1 في %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="144" />
        <source>This counter is in no chain: fill in the fields and save to join.</source>
        <translation>نقطة البيع هذه ليست في أي سلسلة: املأ الحقول واحفظ للانضمام.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="157" />
        <source>Stored in the keyring; type to replace it</source>
        <translation>محفوظة في حلقة المفاتيح؛ اكتب كلمة جديدة لاستبدالها</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="184" />
        <source>To join a chain, fill in the server, the database, the user, the shop and this counter's name.</source>
        <translation>للانضمام إلى سلسلة، املأ الخادم وقاعدة البيانات والمستخدم والمتجر واسم نقطة البيع هذه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="192" />
        <source>Each chain field is one line of at most 200 characters.</source>
        <translation>كل حقل من حقول السلسلة سطر واحد بحد أقصى 200 حرف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="209" />
        <source>Fill in the chain's database first.</source>
        <translation>املأ قاعدة بيانات السلسلة أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="212" />
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="225" />
        <source>Connected. The chain's database is ready (schema %1.%2).</source>
        <translation>تم الاتصال. قاعدة بيانات السلسلة جاهزة (المخطط %1.%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="250" />
        <source>Save to leave the chain. This counter's sales stay in its own journal; what was copied to the chain stays there.</source>
        <translation>احفظ لمغادرة السلسلة. تبقى مبيعات نقطة البيع هذه في سجل مبيعاتها الخاص؛ وما نُسخ إلى السلسلة يبقى هناك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_tab.py" line="269" />
        <source>Type the chain database's password: it is kept in the keyring.</source>
        <translation>اكتب كلمة مرور قاعدة بيانات السلسلة: تُحفظ في حلقة المفاتيح.</translation>
    </message>
</context>
<context>
    <name>ClerkGate</name>
    <message>
        <location filename="../../app/ui/clerk_rows.py" line="32" />
        <source>The sales journal is still opening. Try again in a moment.</source>
        <translation>سجل المبيعات ما زال قيد الفتح. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="106" />
        <source>S&amp;witch clerk…</source>
        <translation>تبديل ال&amp;موظف…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="109" />
        <source>Sign &amp;out</source>
        <translation>تسجيل الخ&amp;روج</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="179" />
        <source>Signed out</source>
        <translation>تم تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="181" />
        <source>Clerk: %1</source>
        <translation>الموظف: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="231" />
        <source>Sign-in is on but there are no clerks: add them in Settings › Clerks.</source>
        <translation>تسجيل الدخول مفعّل لكن لا يوجد موظفون: أضفهم في الإعدادات › الموظفون.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Switch clerk</source>
        <translation>تبديل الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="237" />
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="238" />
        <source>Type your name and PIN to use the counter.</source>
        <translation>اكتب اسمك ورمز PIN لاستخدام البرنامج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="318" />
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="319" />
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerk_session.py" line="320" />
        <source>Owner</source>
        <translation>صاحب المتجر</translation>
    </message>
</context>
<context>
    <name>ClerksTab</name>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="53" />
        <source>Each clerk signs in with their own PIN</source>
        <translation>يسجّل كل موظف دخوله برمز PIN الخاص به</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="55" />
        <source>Require sign-in</source>
        <translation>طلب تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="58" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="59" />
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="61" />
        <source>Idle minutes</source>
        <translation>دقائق الخمول</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="63" />
        <source>After this many minutes without a key or click; 0 for never</source>
        <translation>بعد هذا العدد من الدقائق دون ضغط مفتاح أو نقرة؛ 0 يعني أبدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="66" />
        <source>Sign the clerk out</source>
        <translation>تسجيل خروج الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="67" />
        <source>Lock until the PIN is typed</source>
        <translation>القفل حتى يُكتب رمز PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="71" />
        <location filename="../../app/ui/clerks_tab.py" line="100" />
        <source>When idle</source>
        <translation>عند الخمول</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="74" />
        <source>Clerks</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="77" />
        <source>Clerk name</source>
        <translation>اسم الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="81" />
        <location filename="../../app/ui/clerks_tab.py" line="103" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="84" />
        <source>Clerk PIN</source>
        <translation>رمز PIN للموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="87" />
        <source>Clerk PIN again</source>
        <translation>رمز PIN للموظف مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="88" />
        <source>Add clerk</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="89" />
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="90" />
        <source>Set new PIN</source>
        <translation>تعيين رمز PIN جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="91" />
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="92" />
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Deactivate</source>
        <translation>إلغاء التفعيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="99" />
        <source>Sign out after</source>
        <translation>تسجيل الخروج بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="102" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="104" />
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="105" />
        <source>PIN again</source>
        <translation>رمز PIN مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="133" />
        <source>Clerks can be changed once the counter is open.</source>
        <translation>يمكن تغيير الموظفين بعد أن يُفتح البرنامج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="146" />
        <source>%1 (deactivated)</source>
        <translation>%1 (غير مفعّل)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="166" />
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="175" />
        <source>A clerk's name is 1 to 40 letters on one line.</source>
        <translation>اسم الموظف من 1 إلى 40 حرفًا في سطر واحد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="179" />
        <source>The two PINs are not the same.</source>
        <translation>رمزا PIN غير متطابقين.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="189" />
        <source>There is already a clerk called %1.</source>
        <translation>يوجد بالفعل موظف باسم %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="202" />
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="222" />
        <source>%1 can now sign in.</source>
        <translation>أصبح بإمكان %1 تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="227" />
        <source>Pick a clerk in the list first.</source>
        <translation>اختر موظفًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="236" />
        <source>Renamed to %1.</source>
        <translation>تغيّر الاسم إلى %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="243" />
        <source>%1 has a new PIN.</source>
        <translation>لدى %1 رمز PIN جديد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="252" />
        <source>%1 has a new role.</source>
        <translation>لدى %1 دور جديد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="262" />
        <source>%1 is changed.</source>
        <translation>تم تغيير %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="268" />
        <source>Keep at least one active owner while clerks must sign in.</source>
        <translation>أبقِ صاحب متجر واحدًا مفعّلًا على الأقل ما دام تسجيل دخول الموظفين مطلوبًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clerks_tab.py" line="277" />
        <source>Add an owner clerk before asking clerks to sign in: Settings needs one.</source>
        <translation>أضف موظفًا بدور صاحب المتجر قبل طلب تسجيل دخول الموظفين: الإعدادات تحتاج إلى واحد.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="63" />
        <source>This computer's clock is %n minute(s) ahead. Correct the clock.</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقيقة. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة دقيقة واحدة. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة دقيقتين. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقائق. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقيقة. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقيقة. صحّح الساعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="68" />
        <source>This computer's clock is %n minute(s) behind. Correct the clock.</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقيقة. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة دقيقة واحدة. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة دقيقتين. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقائق. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقيقة. صحّح الساعة.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقيقة. صحّح الساعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmSaleDialog</name>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="70" />
        <source>Take payment</source>
        <translation>استلام الدفع</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="79" />
        <source>Take payment, then sell this eSIM?</source>
        <translation>استلام المبلغ ثم بيع شريحة eSIM هذه؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/confirm_dialog.py" line="81" />
        <source>Take payment, then sell these %n eSIMs?</source>
        <translation>
            <numerusform>استلم الدفع، ثم بِع هذه الشرائح (%n)؟</numerusform>
            <numerusform>استلم الدفع، ثم بِع شريحة eSIM هذه؟</numerusform>
            <numerusform>استلم الدفع، ثم بِع شريحتي eSIM هاتين؟</numerusform>
            <numerusform>استلم الدفع، ثم بِع هذه الشرائح الـ %n؟</numerusform>
            <numerusform>استلم الدفع، ثم بِع هذه الشرائح الـ %n؟</numerusform>
            <numerusform>استلم الدفع، ثم بِع هذه الشرائح الـ %n؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="88" />
        <source>%1 included (%2 %)</source>
        <translation>يشمل %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="95" />
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="96" />
        <source>Plan</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="97" />
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="98" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="99" />
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="100" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="119" />
        <source>&amp;Split between two methods</source>
        <translation>&amp;قسمة الدفع على طريقتين</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="121" />
        <source>Split between two methods</source>
        <translation>قسمة الدفع على طريقتين</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="127" />
        <location filename="../../app/ui/confirm_dialog.py" line="129" />
        <source>Sell now</source>
        <translation>بيع الآن</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="171" />
        <source>Amount paid by the first method</source>
        <translation>المبلغ المدفوع بالطريقة الأولى</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="174" />
        <source>Second method</source>
        <translation>الطريقة الثانية</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="180" />
        <source>&amp;Rest by</source>
        <translation>ال&amp;متبقي عبر</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="197" />
        <source>A&amp;mount by %1</source>
        <translation>مبلغ &amp;جزئي (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="233" />
        <source>Type an amount less than the total</source>
        <translation>اكتب مبلغًا أقل من الإجمالي</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="85" />
        <source>Your eSIM</source>
        <extracomment>The clerk asked to send this eSIM by e-mail (button or Ctrl+E; Octopus only).</extracomment>
        <translation>شريحة eSIM الخاصة بك</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="96" />
        <source>Scan to install your eSIM</source>
        <translation>امسح الرمز لتثبيت شريحة eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="112" />
        <source>Android and iPhone: open the Camera and scan</source>
        <translation>أندرويد وآيفون: افتح الكاميرا وامسح الرمز</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="116" />
        <source>iPhone (iOS 17.4+): install link</source>
        <translation>آيفون (iOS 17.4+): رابط التثبيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="124" />
        <source>Confirmation code</source>
        <translation>رمز التأكيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="127" />
        <source>Installed ✓</source>
        <translation>مثبّتة ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="139" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="140" />
        <source>SM-DP+ address</source>
        <translation>عنوان SM-DP+</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="141" />
        <source>Activation code</source>
        <translation>رمز التفعيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="165" />
        <source>◀ Previous eSIM</source>
        <translation>◀ الشريحة السابقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="166" />
        <source>Next eSIM ▶</source>
        <translation>الشريحة التالية ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="169" />
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="171" />
        <source>Close the customer display</source>
        <translation>إغلاق شاشة العميل</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="172" />
        <source>Previous eSIM</source>
        <translation>الشريحة السابقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="173" />
        <source>Next eSIM</source>
        <translation>الشريحة التالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="174" />
        <source>Send by e-mail… (Ctrl+E)</source>
        <translation>إرسال بالبريد الإلكتروني… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="176" />
        <source>Send the eSIM by e-mail</source>
        <translation>إرسال شريحة eSIM بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="178" />
        <source>Octopus Cards e-mails the eSIM to the traveller, to install later.</source>
        <translation>ترسل Octopus Cards شريحة eSIM إلى المسافر بالبريد الإلكتروني، ليثبّتها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="265" />
        <source>checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="271" />
        <source>The activation code is not available yet.</source>
        <translation>رمز التفعيل غير متوفر بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="286" />
        <source>Ask the clerk</source>
        <translation>اسأل الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="301" />
        <source>eSIM %1 of %2</source>
        <translation>الشريحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="318" />
        <source>Closes in %1</source>
        <translation>تُغلق بعد %1</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <location filename="../../app/ui/day_report.py" line="63" />
        <source>Day report</source>
        <translation>تقرير اليوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="102" />
        <source>Balances: loading…</source>
        <translation>الأرصدة: جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="70" />
        <location filename="../../app/ui/day_report.py" line="105" />
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="77" />
        <source>Sales by provider</source>
        <translation>المبيعات حسب المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="87" />
        <source>Takings by sale currency</source>
        <translation>الإيرادات حسب عملة البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>eSIMs</source>
        <translation>شرائح eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="172" />
        <source>Charged</source>
        <translation>المبلغ المخصوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Not sold</source>
        <translation>لم تُبع</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="173" />
        <source>Needs checking</source>
        <translation>يحتاج إلى تحقق</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="191" />
        <source>Training mode: these are training sales; no money moved.</source>
        <translation>وضع التدريب: هذه مبيعات تدريبية؛ لم يُخصم أي مبلغ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="196" />
        <source>%n sale(s) of the other mode (training or real) are not counted.</source>
        <translation>
            <numerusform>لا تُحتسب مبيعات الوضع الآخر (%n).</numerusform>
            <numerusform>لا يُحتسب بيع واحد من الوضع الآخر (تدريب أو حقيقي).</numerusform>
            <numerusform>لا يُحتسب بيعان من الوضع الآخر (تدريب أو حقيقي).</numerusform>
            <numerusform>لا تُحتسب %n مبيعات من الوضع الآخر (تدريب أو حقيقي).</numerusform>
            <numerusform>لا يُحتسب %n بيعًا من الوضع الآخر (تدريب أو حقيقي).</numerusform>
            <numerusform>لا يُحتسب %n بيع من الوضع الآخر (تدريب أو حقيقي).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="206" />
        <source>%n refund(s) in %1: %2, already taken off the payment methods and the drawer.</source>
        <translation>
            <numerusform>%n عملية استرداد بعملة %1: %2، خُصمت بالفعل من طرق الدفع ومن الدرج.</numerusform>
            <numerusform>%n عملية استرداد بعملة %1: %2، خُصمت بالفعل من طرق الدفع ومن الدرج.</numerusform>
            <numerusform>%n عمليتا استرداد بعملة %1: %2، خُصمت بالفعل من طرق الدفع ومن الدرج.</numerusform>
            <numerusform>%n عمليات استرداد بعملة %1: %2، خُصمت بالفعل من طرق الدفع ومن الدرج.</numerusform>
            <numerusform>%n عملية استرداد بعملة %1: %2، خُصمت بالفعل من طرق الدفع ومن الدرج.</numerusform>
            <numerusform>%n عملية استرداد بعملة %1: %2، خُصمت بالفعل من طرق الدفع ومن الدرج.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="215" />
        <source>Sales that need checking may still have been charged.</source>
        <translation>قد تكون المبيعات التي تحتاج إلى تحقق قد خُصمت رغم ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="221" />
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="222" />
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="222" />
        <source>Margin</source>
        <translation>الربح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="244" />
        <source>(after %n refund(s): %1 paid back)</source>
        <translation>
            <numerusform>(بعد %n عملية استرداد: أُعيد %1)</numerusform>
            <numerusform>(بعد استرداد واحد: أُعيد %1)</numerusform>
            <numerusform>(بعد استردادين: أُعيد %1)</numerusform>
            <numerusform>(بعد %n عمليات استرداد: أُعيد %1)</numerusform>
            <numerusform>(بعد %n عملية استرداد: أُعيد %1)</numerusform>
            <numerusform>(بعد %n عملية استرداد: أُعيد %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="251" />
        <source>(of which %1 is owed back to customers)</source>
        <translation>(منها %1 مستحقة للعملاء)</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="258" />
        <source>Cash expected in the drawer: %1</source>
        <translation>النقد المتوقع في الدرج: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="265" />
        <source>Balances now: %1</source>
        <translation>الأرصدة الآن: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_report.py" line="269" />
        <source>Balance unavailable: %1</source>
        <translation>الرصيد غير متاح: %1</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../app/ui/destinations.py" line="144" />
        <source>Destination search</source>
        <translation>البحث عن وجهة</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="147" />
        <source>Name or code</source>
        <translation>الاسم أو الرمز</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="149" />
        <source>A country or region name, or an alpha-2 or alpha-3 code (Ctrl+F)</source>
        <translation>اسم بلد أو منطقة، أو رمز من حرفين أو ثلاثة (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="158" />
        <source>Destinations</source>
        <translation>الوجهات</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="168" />
        <source>Loading destinations…</source>
        <translation>جارٍ تحميل الوجهات…</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="174" />
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../../app/ui/names.py" line="26" />
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="27" />
        <source>Asia</source>
        <translation>آسيا</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="28" />
        <source>Middle East</source>
        <translation>الشرق الأوسط</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="29" />
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="30" />
        <source>Latin America</source>
        <translation>أمريكا اللاتينية</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="31" />
        <source>North America</source>
        <translation>أمريكا الشمالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="32" />
        <source>Caribbean</source>
        <translation>الكاريبي</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="33" />
        <source>Oceania</source>
        <translation>أوقيانوسيا</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="35" />
        <source>Global</source>
        <translation>عالمي</translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../app/ui/destinations.py" line="78" />
        <source>%1 (regional)</source>
        <translation>%1 (إقليمية)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destinations.py" line="80" />
        <source>Global (worldwide)</source>
        <translation>عالمية (كل العالم)</translation>
    </message>
</context>
<context>
    <name>Handback</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="15" />
        <source>Give back %1 in cash</source>
        <translation>أعِد %1 نقدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="16" />
        <source>Refund %1 to the card</source>
        <translation>أعِد %1 إلى البطاقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="17" />
        <source>Send back %1 by bank transfer</source>
        <translation>أعِد %1 بتحويل بنكي</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="18" />
        <source>Give back %1 the way it was paid</source>
        <translation>أعِد %1 بنفس طريقة الدفع</translation>
    </message>
</context>
<context>
    <name>HandbackDialog</name>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="51" />
        <source>Give the money back</source>
        <translation>إعادة المال</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="53" />
        <source>The sale failed. No eSIM was sold.</source>
        <translation>فشل البيع. لم تُبَع أي شريحة eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="72" />
        <source>Why: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="79" />
        <source>I gave it back</source>
        <translation>أعدتُه</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="81" />
        <source>I gave the money back</source>
        <translation>أعدتُ المال</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="83" />
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="85" />
        <source>Later: the money is still owed</source>
        <translation>لاحقًا: المال ما زال مستحقًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_dialog.py" line="87" />
        <source>The sale stays in the list as money owed until you confirm</source>
        <translation>يبقى البيع في القائمة كمال مستحق حتى تؤكد</translation>
    </message>
</context>
<context>
    <name>HandbackFlow</name>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="75" />
        <source>The customer is still owed their money: see the list below.</source>
        <translation>ما زال للعميل مال مستحق: راجع القائمة أدناه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handback_flow.py" line="78" />
        <source>Noted: the money was given back.</source>
        <translation>تم التسجيل: أُعيد المال.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history.py" line="69" />
        <source>Sales history</source>
        <translation>سجل المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="87" />
        <source>ICCID, order, destination or plan</source>
        <translation>ICCID أو الطلب أو الوجهة أو الباقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="89" />
        <source>Search sales</source>
        <translation>البحث في المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="91" />
        <source>Sales shown</source>
        <translation>المبيعات المعروضة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="93" />
        <source>All sales</source>
        <translation>كل المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="94" />
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="95" />
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="96" />
        <source>Needs checking</source>
        <translation>يحتاج إلى تحقق</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="97" />
        <source>Not sold</source>
        <translation>لم تُبع</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="100" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="103" />
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="105" />
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="112" />
        <source>Hide training sales</source>
        <translation>إخفاء مبيعات التدريب</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="130" />
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="144" />
        <source>Show QR</source>
        <translation>عرض QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="145" />
        <source>Copy ICCID</source>
        <translation>نسخ ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="146" />
        <source>Check now</source>
        <translation>تحقق الآن</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="147" />
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="155" />
        <source>&amp;Reprint receipt</source>
        <translation>إعادة &amp;طباعة الإيصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="156" />
        <location filename="../../app/ui/history.py" line="162" />
        <source>Reprint receipt</source>
        <translation>إعادة طباعة الإيصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="158" />
        <source>Prints the selected sale's receipt again, marked COPY.</source>
        <translation>يطبع إيصال البيع المحدد مرة أخرى مع عبارة «نسخة».</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="174" />
        <source>Re&amp;fund…</source>
        <translation>&amp;استرداد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="175" />
        <source>Refund the selected sale</source>
        <translation>استرداد البيع المحدد</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="178" />
        <source>Refund…</source>
        <translation>استرداد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="186" />
        <source>E-mail…</source>
        <translation>بريد إلكتروني…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="188" />
        <source>Send the selected sale's eSIM by e-mail</source>
        <translation>إرسال شريحة eSIM للبيع المحدد بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="190" />
        <source>Send by e-mail…</source>
        <translation>إرسال بالبريد الإلكتروني…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="198" />
        <source>Look up the eSIM…</source>
        <translation>الاستعلام عن الشريحة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="205" />
        <source>&amp;Top up…</source>
        <translation>&amp;شحن…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="207" />
        <source>Top up the selected eSIM</source>
        <translation>شحن الشريحة المحددة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="209" />
        <source>Sells more data and days for the eSIM of the selected eSIMfly sale.</source>
        <translation>يبيع بيانات وأيامًا إضافية لشريحة eSIM في بيع eSIMfly المحدد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="220" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="325" />
        <source>Cost and margin shown.</source>
        <translation>التكلفة والربح معروضان.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="367" />
        <source>This sale has no eSIM to look up.</source>
        <translation>لا توجد في هذا البيع شريحة eSIM للاستعلام عنها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="388" />
        <source>Only Octopus Cards can e-mail an eSIM; eSIMfly cannot. Show the QR code instead (Show QR).</source>
        <translation>Octopus Cards وحدها تستطيع إرسال شريحة eSIM بالبريد الإلكتروني؛ أما eSIMfly فلا. اعرض رمز QR بدلًا من ذلك (عرض QR).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="408" />
        <source>This sale has several eSIMs: choose one in the lookup window, then press Top up there.</source>
        <translation>لهذا البيع عدة شرائح eSIM: اختر إحداها في نافذة الاستعلام، ثم اضغط شحن هناك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="428" />
        <source>ICCID copied.</source>
        <translation>تم نسخ ICCID.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="440" />
        <source>Printing the receipt…</source>
        <translation>جارٍ طباعة الإيصال…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="446" />
        <source>Receipt %1 printed again (COPY).</source>
        <translation>أُعيدت طباعة الإيصال %1 (نسخة).</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="458" />
        <source>Export sales</source>
        <translation>تصدير المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="460" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history.py" line="476" />
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>صُدّرت المبيعات (%n).</numerusform>
            <numerusform>صُدّر بيع واحد.</numerusform>
            <numerusform>صُدّر بيعان.</numerusform>
            <numerusform>صُدّرت %n مبيعات.</numerusform>
            <numerusform>صُدّر %n بيعًا.</numerusform>
            <numerusform>صُدّر %n بيع.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="478" />
        <source>Could not write the file: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/history_model.py" line="85" />
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="86" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="87" />
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="88" />
        <source>Plan</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="89" />
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="90" />
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="91" />
        <source>Retail</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="92" />
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="93" />
        <source>Margin</source>
        <translation>الربح</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="94" />
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="95" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="96" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="114" />
        <source>Refunded</source>
        <translation>مُسترد</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="115" />
        <source>Partly refunded</source>
        <translation>مُسترد جزئيًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="117" />
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="118" />
        <source>Pending at the provider</source>
        <translation>قيد الانتظار لدى المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="119" />
        <source>Not sold</source>
        <translation>لم تُبع</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="120" />
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="121" />
        <location filename="../../app/ui/history_model.py" line="122" />
        <source>Needs checking</source>
        <translation>يحتاج إلى تحقق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_model.py" line="273" />
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 وواحد آخر</numerusform>
            <numerusform>%1 واثنان آخران</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="274" />
        <location filename="../../app/ui/history_model.py" line="311" />
        <source> (training)</source>
        <translation> (تدريب)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="278" />
        <source>Top-up: %1</source>
        <translation>شحن: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="304" />
        <source>Refund (claimed from the provider)</source>
        <translation>استرداد (مُطالَب به من المزوّد)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="306" />
        <source>Refund (shop's loss)</source>
        <translation>استرداد (خسارة على المتجر)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="308" />
        <source>Refund (confirmed later)</source>
        <translation>استرداد (يُؤكَّد لاحقًا)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="310" />
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="340" />
        <source>%1, handed back</source>
        <translation>%1، أُعيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_model.py" line="342" />
        <source>%1, owed back</source>
        <translation>%1، مستحق للعميل</translation>
    </message>
</context>
<context>
    <name>InstallSlip</name>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="26" />
        <source>Install your eSIM</source>
        <translation>ثبّت شريحة eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="27" />
        <source>Keep this private — it installs your eSIM</source>
        <translation>احتفظ بهذه الورقة لنفسك — بها تُثبَّت شريحة eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="28" />
        <source>Anyone with this slip can install it, once. Do not share or post it.</source>
        <translation>يمكن لأي شخص يحمل هذه الورقة تثبيت الشريحة، مرة واحدة. لا تشاركها ولا تنشرها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="31" />
        <source>1. Connect to Wi-Fi, then open Settings → Mobile data (Cellular) → Add eSIM.</source>
        <translation>1. اتصل بشبكة Wi-Fi، ثم افتح الإعدادات ← بيانات الجوال (الخلوي) ← إضافة eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="35" />
        <source>2. Choose “Use QR code” and scan this code, or type the two codes below.</source>
        <translation>2. اختر «استخدام رمز QR» وامسح هذا الرمز، أو اكتب الرمزين أدناه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="39" />
        <source>3. On arrival, switch this eSIM on for mobile data and turn data roaming on.</source>
        <translation>3. عند الوصول، فعّل شريحة eSIM هذه لبيانات الجوال وشغّل تجوال البيانات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="43" />
        <source>SM-DP+ address</source>
        <translation>عنوان SM-DP+</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="44" />
        <source>Activation code</source>
        <translation>رمز التفعيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="46" />
        <source>Your plan</source>
        <translation>باقتك</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="47" />
        <source>Networks: %1</source>
        <translation>الشبكات: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="48" />
        <source>Countries covered: %1</source>
        <translation>البلدان المشمولة: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="49" />
        <source>Its days start when the eSIM first connects at your destination.</source>
        <translation>تبدأ أيامها عندما تتصل الشريحة لأول مرة في وجهتك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="52" />
        <source>Its days start as soon as the eSIM is installed.</source>
        <translation>تبدأ أيامها فور تثبيت الشريحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="55" />
        <source>5G where the network offers it.</source>
        <translation>5G حيث توفّرها الشبكة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="56" />
        <source>More data: it can be topped up at this counter.</source>
        <translation>بيانات إضافية: يمكن شحنها عند هذا الكاونتر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="57" />
        <source>Data only: no calls or SMS. Call and text with internet apps.</source>
        <translation>بيانات فقط: بلا مكالمات ولا رسائل SMS. اتصل وراسل عبر تطبيقات الإنترنت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="60" />
        <source>Calls and SMS are included.</source>
        <translation>تشمل المكالمات ورسائل SMS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/slip.py" line="61" />
        <source>It comes with a phone number of its own.</source>
        <translation>تأتي برقم هاتف خاص بها.</translation>
    </message>
</context>
<context>
    <name>JournalProblem</name>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="80" />
        <source>Sales journal</source>
        <translation>سجل المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="86" />
        <source>The sales journal at %1 is damaged. It was left untouched. Nothing can be sold until it is replaced.</source>
        <translation>سجل المبيعات في %1 تالف. تُرك كما هو دون تعديل. لا يمكن بيع أي شيء حتى يُستبدل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="90" />
        <source>Restore a backup of the journal, or start a new journal. Either way the damaged file is kept in %1 under a new name, so nothing is lost for good.</source>
        <translation>استعد نسخة احتياطية من السجل، أو ابدأ سجلًا جديدًا. في الحالتين يُحفظ الملف التالف في %1 باسم جديد، فلا يضيع شيء نهائيًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="95" />
        <source>The sales journal at %1 cannot be written, so nothing can be sold.</source>
        <translation>تتعذّر الكتابة في سجل المبيعات في %1، لذلك لا يمكن بيع أي شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="98" />
        <source>Make sure the folder %1 exists, that this user may write to it and that the disk is not full (or start the counter with --journal and a writable file), then press Try again.</source>
        <translation>تأكد من وجود المجلد %1، ومن أن هذا المستخدم يستطيع الكتابة فيه، ومن أن القرص غير ممتلئ (أو شغّل البرنامج مع --journal وملف قابل للكتابة)، ثم اضغط «حاول مجددًا».</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="110" />
        <source>Restore a backup…</source>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="111" />
        <source>Start a new journal</source>
        <translation>بدء سجل جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="112" />
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="113" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="135" />
        <source>Restore the sales journal from</source>
        <translation>استعادة سجل المبيعات من</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="137" />
        <source>Sales journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>سجلات المبيعات (*.sqlite3 *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="141" />
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="145" />
        <source>Starting a new journal…</source>
        <translation>جارٍ بدء سجل جديد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="154" />
        <source>The damaged journal is kept as %1.</source>
        <translation>حُفظ السجل التالف باسم %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_problem.py" line="165" />
        <source>That did not work: %1 Nothing was changed.</source>
        <translation>لم ينجح ذلك: %1 لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>LookupWindow</name>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="31" />
        <source>Not installed yet</source>
        <translation>لم تُثبَّت بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="32" />
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="33" />
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="34" />
        <source>Data used up</source>
        <translation>نفدت البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="35" />
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="36" />
        <source>Unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="43" />
        <source>The phone has not installed this eSIM yet.</source>
        <translation>لم يثبّت الهاتف هذه الشريحة بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="46" />
        <source>The eSIM is installed and working.</source>
        <translation>الشريحة مثبّتة وتعمل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="49" />
        <source>The plan's days have run out.</source>
        <translation>انتهت أيام الباقة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="52" />
        <source>All the plan's data has been used.</source>
        <translation>استُخدمت كل بيانات الباقة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="55" />
        <source>This eSIM was cancelled; it no longer works.</source>
        <translation>أُلغيت هذه الشريحة؛ ولم تعد تعمل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="58" />
        <source>The provider's status is not one the counter knows.</source>
        <translation>حالة المزوّد ليست من الحالات التي يعرفها البرنامج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="76" />
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="81" />
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="132" />
        <source>Unlimited</source>
        <translation>غير محدودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="138" />
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="147" />
        <source>Not sold by this counter</source>
        <translation>لم تُبع من نقطة البيع هذه</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="162" />
        <source>%1 did not answer; try Refresh.</source>
        <translation>لم يرد %1؛ جرّب «تحديث».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="169" />
        <source>No provider account is set up to look eSIMs up.</source>
        <translation>لم يُضبط أي حساب مزوّد للاستعلام عن شرائح eSIM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="172" />
        <source>No eSIM with this ICCID at %1. Check the digits.</source>
        <translation>لا توجد شريحة eSIM بهذا الرقم ICCID لدى %1. تحقّق من الأرقام.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="183" />
        <source>Not sold by this counter; found at %1.</source>
        <translation>لم تُبع من نقطة البيع هذه؛ وُجدت لدى %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="189" />
        <source>Some details could not be read; try Refresh.</source>
        <translation>تعذّرت قراءة بعض التفاصيل؛ جرّب «تحديث».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="66" />
        <location filename="../../app/ui/lookup_window.py" line="67" />
        <source>Look up an eSIM</source>
        <translation>الاستعلام عن شريحة eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="76" />
        <source>ICCID to look up</source>
        <translation>رقم ICCID للاستعلام</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="78" />
        <source>Type or scan the eSIM's ICCID, then press Enter.</source>
        <translation>اكتب رقم ICCID للشريحة أو امسحه ضوئيًا، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="80" />
        <source>ICCID (type or scan)</source>
        <translation>ICCID (اكتبه أو امسحه)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="82" />
        <source>&amp;ICCID</source>
        <translation>&amp;ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="84" />
        <source>&amp;Look up</source>
        <translation>&amp;استعلام</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="85" />
        <source>Look up</source>
        <translation>استعلام</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="88" />
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="89" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="90" />
        <source>Asks the provider again (F5).</source>
        <translation>يسأل المزوّد مجددًا (F5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="99" />
        <source>eSIM of this sale</source>
        <translation>شريحة eSIM من هذا البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="101" />
        <source>This sale has several eSIMs: choose the one to look up.</source>
        <translation>لهذا البيع عدة شرائح eSIM: اختر الشريحة المراد الاستعلام عنها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="104" />
        <source>e&amp;SIM</source>
        <translation>شريحة e&amp;SIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="122" />
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="123" />
        <source>Plan</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="124" />
        <source>Data used</source>
        <translation>البيانات المستخدمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="125" />
        <source>Data left</source>
        <translation>البيانات المتبقية</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="126" />
        <source>Expires</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="127" />
        <source>Installed</source>
        <translation>التثبيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="128" />
        <source>First used</source>
        <translation>أول استخدام</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="129" />
        <source>Last network</source>
        <translation>آخر شبكة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="130" />
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="131" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="132" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="133" />
        <source>Sale</source>
        <translation>البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="138" />
        <source>&amp;Top up…</source>
        <translation>&amp;شحن…</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="140" />
        <source>Top up this eSIM</source>
        <translation>شحن هذه الشريحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="144" />
        <location filename="../../app/ui/lookup_window.py" line="145" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="197" />
        <source>That is not an ICCID: it has 18 to 22 digits and starts with 89.</source>
        <translation>هذا ليس رقم ICCID: فهو يتكون من 18 إلى 22 رقمًا ويبدأ بـ 89.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="221" />
        <source>This sale has no eSIM to look up.</source>
        <translation>لا توجد في هذا البيع شريحة eSIM للاستعلام عنها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="227" />
        <source>eSIM %1 of %2: %3</source>
        <translation>الشريحة %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="263" />
        <source>The counter is not connected to the providers yet; try Refresh.</source>
        <translation>البرنامج غير متصل بالمزوّدين بعد؛ جرّب «تحديث».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_window.py" line="266" />
        <source>Asking the provider…</source>
        <translation>جارٍ سؤال المزوّد…</translation>
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
        <translation>تدريب — لا تُباع شرائح eSIM حقيقية</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292" />
        <location filename="../../app/ui/main_window.py" line="448" />
        <source>Loading the catalogue…</source>
        <translation>جارٍ تحميل الكتالوج…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Sales</source>
        <translation>&amp;المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178" />
        <source>&amp;History…</source>
        <translation>&amp;السجل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>&amp;Check unresolved sales</source>
        <translation>&amp;تحقق من المبيعات المعلّقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Day report…</source>
        <translation>&amp;تقرير اليوم…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Look up an eSIM…</source>
        <translation>&amp;الاستعلام عن شريحة eSIM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195" />
        <source>&amp;Counter</source>
        <translation>&amp;الكاونتر</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Price list…</source>
        <translation>&amp;قائمة الأسعار…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="514" />
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522" />
        <source>the provider accounts cannot be used.</source>
        <translation>لا يمكن استخدام حسابات المزوّدين.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="527" />
        <source>Not connected. Check the accounts in Counter › Settings, then save.</source>
        <translation>غير متصل. راجع الحسابات في البرنامج › الإعدادات، ثم احفظ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531" />
        <source>Connect again</source>
        <translation>الاتصال مجددًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="567" />
        <source>The catalogue could not be loaded. %1</source>
        <translation>تعذّر تحميل الكتالوج. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="621" />
        <source>%n earlier sale(s) need attention: see the list below.</source>
        <translation>
            <numerusform>مبيعات سابقة (%n) تحتاج إلى انتباه: راجع القائمة أدناه.</numerusform>
            <numerusform>بيع سابق واحد يحتاج إلى انتباه: راجع القائمة أدناه.</numerusform>
            <numerusform>بيعان سابقان يحتاجان إلى انتباه: راجع القائمة أدناه.</numerusform>
            <numerusform>%n مبيعات سابقة تحتاج إلى انتباه: راجع القائمة أدناه.</numerusform>
            <numerusform>%n بيعًا سابقًا يحتاج إلى انتباه: راجع القائمة أدناه.</numerusform>
            <numerusform>%n بيع سابق يحتاج إلى انتباه: راجع القائمة أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="691" />
        <source>&amp;Print receipt</source>
        <translation>&amp;طباعة الإيصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="692" />
        <source>Print &amp;install slip</source>
        <translation>طباعة &amp;ورقة التثبيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="789" />
        <source>Retry %1</source>
        <translation>إعادة محاولة %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="803" />
        <source>Asking the unavailable provider again…</source>
        <translation>جارٍ سؤال المزوّد غير المتاح مجددًا…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="812" />
        <source>Catalogue reloaded.</source>
        <translation>أُعيد تحميل الكتالوج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="835" />
        <source>A sale is in progress</source>
        <translation>عملية بيع جارية</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="837" />
        <source>A sale is waiting for the provider. Quit anyway? It is recorded and will be checked when the counter starts again.</source>
        <translation>هناك عملية بيع تنتظر المزوّد. هل تريد الخروج على أي حال؟ العملية مسجّلة وسيتم التحقق منها عند التشغيل التالي.</translation>
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
        <translation>رمز PIN للمدير</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="87" />
        <source>Manager PIN:</source>
        <translation>رمز PIN للمدير:</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="107" />
        <source>This plan is priced below the shop's cost. A manager must allow the sale.</source>
        <translation>سعر هذه الباقة أقل من تكلفتها على المتجر. يجب أن يوافق المدير على البيع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_override.py" line="130" />
        <source>That PIN is not right.</source>
        <translation>رمز PIN غير صحيح.</translation>
    </message>
</context>
<context>
    <name>MethodButtons</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="75" />
        <source>How the customer pays</source>
        <translation>طريقة دفع العميل</translation>
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
        <translation>فتح الوردية</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="52" />
        <source>Count the cash in the drawer before the first sale.</source>
        <translation>عُدّ النقد في الدرج قبل أول عملية بيع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="54" />
        <source>Opening &amp;float</source>
        <translation>النقد الا&amp;فتتاحي</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="63" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="74" />
        <source>Type the float as an amount, e.g. 100, or 0 for none.</source>
        <translation>اكتب النقد الافتتاحي كمبلغ، مثل 100، أو 0 إن لم يوجد.</translation>
    </message>
</context>
<context>
    <name>OwnerButton</name>
    <message>
        <location filename="../../app/ui/history.py" line="502" />
        <source>Show cost and margin</source>
        <translation>عرض التكلفة والربح</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="509" />
        <source>Asks the manager PIN, then shows cost and margin until the window closes (Ctrl+M)</source>
        <translation>يطلب رمز PIN للمدير، ثم يعرض التكلفة والربح حتى تُغلق النافذة (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="515" />
        <source>For the owner: asks for the manager PIN (Ctrl+M)</source>
        <translation>لصاحب المتجر: يطلب رمز PIN للمدير (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="529" />
        <source>Cost and margin are for the owner.</source>
        <translation>التكلفة والربح لصاحب المتجر فقط.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="32" />
        <source>&amp;Cash</source>
        <translation>&amp;نقدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="33" />
        <source>C&amp;ard</source>
        <translation>ب&amp;طاقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="34" />
        <source>&amp;Bank transfer</source>
        <translation>&amp;تحويل بنكي</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="35" />
        <source>&amp;Other</source>
        <translation>&amp;أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="38" />
        <source>cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="39" />
        <source>card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="40" />
        <source>bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_widgets.py" line="41" />
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>PendingList</name>
    <message>
        <location filename="../../app/ui/pending_list.py" line="38" />
        <location filename="../../app/ui/pending_list.py" line="42" />
        <source>Pending and unresolved sales</source>
        <translation>المبيعات المنتظرة والمعلّقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="44" />
        <source>Enter shows a ready eSIM's QR code, or checks a sale that needs checking</source>
        <translation>Enter يعرض رمز QR لشريحة جاهزة، أو يتحقق من بيع يحتاج إلى تحقق</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="50" />
        <location filename="../../app/ui/pending_list.py" line="145" />
        <source>Show QR</source>
        <translation>عرض QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="104" />
        <source>✔ Ready — %1 (%2): select to show the QR</source>
        <translation>✔ جاهزة — %1 (%2): اخترها لعرض رمز QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="110" />
        <source>⏳ Waiting for the provider — %1 (%2)</source>
        <translation>⏳ بانتظار المزوّد — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="115" />
        <source>⚠ Needs checking: outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ تحتاج إلى تحقق: النتيجة غير معروفة، لا تبع مرة أخرى — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="125" />
        <source>💵 Money owed to the customer: give back %3 — %1 (%2)</source>
        <translation>💵 مال مستحق للعميل: أعِد %3 — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="128" />
        <source>⚠ Needs checking: the customer is owed an eSIM or their money, %3. Outcome unknown, do not sell again — %1 (%2)</source>
        <translation>⚠ يحتاج إلى تحقق: للعميل شريحة eSIM أو ماله، %3. النتيجة غير معروفة، لا تبع مرة أخرى — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="141" />
        <source>Hand back…</source>
        <translation>إعادة المال…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pending_list.py" line="143" />
        <source>Check now</source>
        <translation>تحقق الآن</translation>
    </message>
</context>
<context>
    <name>PhoneCheckDialog</name>
    <message>
        <location filename="../../app/ui/phone_check.py" line="53" />
        <source>Phone check</source>
        <translation>فحص الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="58" />
        <source>Before paying, check with the traveller:</source>
        <translation>قبل الدفع، تحقّق مع المسافر:</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="64" />
        <source>1. Is the phone unlocked? It must take another network's SIM, not only its own operator's.</source>
        <translation>1. هل الهاتف غير مقفل على شبكة معينة؟ يجب أن يقبل شريحة شبكة أخرى، لا شريحة مشغّله فقط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="67" />
        <source>2. Can the model use an eSIM? Find it in the list below.</source>
        <translation>2. هل يدعم الطراز شريحة eSIM؟ ابحث عنه في القائمة أدناه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="69" />
        <source>3. Is its system new enough? iPhone: the iOS version shown here or later. Android: updates installed.</source>
        <translation>3. هل نظامه حديث بما يكفي؟ آيفون: إصدار iOS المعروض هنا أو أحدث. أندرويد: التحديثات مثبّتة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="81" />
        <source>Type the phone model, e.g. iPhone 13 or Pixel 8</source>
        <translation>اكتب طراز الهاتف، مثل iPhone 13 أو Pixel 8</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="82" />
        <source>Search the phone model</source>
        <translation>البحث عن طراز الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="84" />
        <source>Up and Down pick a phone from the list; Enter answers Checked, OK</source>
        <translation>السهمان لأعلى ولأسفل يختاران هاتفًا من القائمة؛ وEnter يجيب «تم التحقق، مناسب»</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="89" />
        <source>eSIM-capable phones</source>
        <translation>الهواتف الداعمة لـ eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="97" />
        <source>Not in the list? Ask the traveller to look on the phone: Settings → Mobile data (Cellular) → Add eSIM. No such option: not compatible.</source>
        <translation>ليس في القائمة؟ اطلب من المسافر البحث في الهاتف: الإعدادات ← بيانات الجوال (الخلوي) ← إضافة eSIM. إن لم يوجد هذا الخيار: غير متوافق.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="105" />
        <source>&amp;Checked — OK</source>
        <translation>تم ال&amp;تحقق — مناسب</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="106" />
        <source>Checked, OK</source>
        <translation>تم التحقق، مناسب</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="108" />
        <source>&amp;Not compatible</source>
        <translation>&amp;غير متوافق</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="109" />
        <source>Not compatible</source>
        <translation>غير متوافق</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="111" />
        <source>Stops the sale: nothing is charged or recorded</source>
        <translation>يوقف البيع: لا يُخصم أي مبلغ ولا يُسجَّل شيء</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="113" />
        <source>S&amp;kip the check</source>
        <translation>&amp;تخطي الفحص</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="114" />
        <source>Skip the check</source>
        <translation>تخطي الفحص</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="166" />
        <source>%1 — eSIM from %2 %3</source>
        <translation>%1 — eSIM بدءًا من %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="185" />
        <source>No phone of that name in the list.</source>
        <translation>لا يوجد هاتف بهذا الاسم في القائمة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/phone_check.py" line="187" />
        <source>%n phone(s) listed.</source>
        <translation>
            <numerusform>في القائمة %n هاتف.</numerusform>
            <numerusform>في القائمة %n هاتف.</numerusform>
            <numerusform>في القائمة %n هاتفان.</numerusform>
            <numerusform>في القائمة %n هواتف.</numerusform>
            <numerusform>في القائمة %n هاتفًا.</numerusform>
            <numerusform>في القائمة %n هاتف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check.py" line="190" />
        <source>Chosen: %1</source>
        <translation>المختار: %1</translation>
    </message>
</context>
<context>
    <name>PhoneCheckStep</name>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="79" />
        <source>The list of eSIM phones is missing. Ask the traveller whether the phone takes an eSIM; the owner can switch the phone check off in Settings.</source>
        <translation>قائمة هواتف eSIM مفقودة. اسأل المسافر إن كان هاتفه يقبل شريحة eSIM؛ ويمكن لصاحب المتجر إيقاف فحص الهاتف في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_check_step.py" line="100" />
        <source>Sale stopped: the traveller's phone cannot use an eSIM. Nothing was charged or recorded.</source>
        <translation>أُوقف البيع: هاتف المسافر لا يدعم eSIM. لم يُخصم أي مبلغ ولم يُسجَّل شيء.</translation>
    </message>
</context>
<context>
    <name>PhoneListRow</name>
    <message numerus="yes">
        <location filename="../../app/ui/phone_list_update.py" line="100" />
        <source>Phone list updated: %n phone(s). The next check uses it.</source>
        <translation>
            <numerusform>حُدّثت قائمة الهواتف (عدد الهواتف: %n). يستخدمها الفحص التالي.</numerusform>
            <numerusform>حُدّثت قائمة الهواتف (عدد الهواتف: %n). يستخدمها الفحص التالي.</numerusform>
            <numerusform>حُدّثت قائمة الهواتف (عدد الهواتف: %n). يستخدمها الفحص التالي.</numerusform>
            <numerusform>حُدّثت قائمة الهواتف (عدد الهواتف: %n). يستخدمها الفحص التالي.</numerusform>
            <numerusform>حُدّثت قائمة الهواتف (عدد الهواتف: %n). يستخدمها الفحص التالي.</numerusform>
            <numerusform>حُدّثت قائمة الهواتف (عدد الهواتف: %n). يستخدمها الفحص التالي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneListUpdate</name>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="37" />
        <source>&amp;Update the phone list from a file…</source>
        <translation>&amp;تحديث قائمة الهواتف من ملف…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="41" />
        <source>Update the phone list from a file</source>
        <translation>تحديث قائمة الهواتف من ملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="44" />
        <source>A JSON list of eSIM-capable phones; the one shipped with the program serves until then</source>
        <translation>قائمة JSON بالهواتف الداعمة لـ eSIM؛ وتُستخدم القائمة المرفقة بالبرنامج حتى ذلك الحين</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="63" />
        <source>Phone list</source>
        <translation>قائمة الهواتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="65" />
        <source>Phone lists (*.json)</source>
        <translation>قوائم الهواتف (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="80" />
        <source>The counter is not open yet, so there is no place to keep the list. Try again in a moment.</source>
        <translation>البرنامج لم يُفتح بعد، لذلك لا يوجد مكان لحفظ القائمة. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="88" />
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_list_update.py" line="108" />
        <source>This file was refused: %1. The phone list in use was kept; ask for a corrected file.</source>
        <translation>رُفض هذا الملف: %1. أُبقيت قائمة الهواتف المستخدمة؛ اطلب ملفًا مصحّحًا.</translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="23" />
        <source>%n call minute(s)</source>
        <translation>
            <numerusform>دقائق المكالمات: %n</numerusform>
            <numerusform>دقائق المكالمات: %n</numerusform>
            <numerusform>دقائق المكالمات: %n</numerusform>
            <numerusform>دقائق المكالمات: %n</numerusform>
            <numerusform>دقائق المكالمات: %n</numerusform>
            <numerusform>دقائق المكالمات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="26" />
        <source>%n SMS</source>
        <translation>
            <numerusform>رسائل SMS: %n</numerusform>
            <numerusform>رسائل SMS: %n</numerusform>
            <numerusform>رسائل SMS: %n</numerusform>
            <numerusform>رسائل SMS: %n</numerusform>
            <numerusform>رسائل SMS: %n</numerusform>
            <numerusform>رسائل SMS: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="29" />
        <source>Networks in %n countries (hover to see them)</source>
        <translation>
            <numerusform>شبكات في بلدان عددها %n (مرّر المؤشر لرؤيتها)</numerusform>
            <numerusform>شبكات في بلدان عددها %n (مرّر المؤشر لرؤيتها)</numerusform>
            <numerusform>شبكات في بلدان عددها %n (مرّر المؤشر لرؤيتها)</numerusform>
            <numerusform>شبكات في بلدان عددها %n (مرّر المؤشر لرؤيتها)</numerusform>
            <numerusform>شبكات في بلدان عددها %n (مرّر المؤشر لرؤيتها)</numerusform>
            <numerusform>شبكات في بلدان عددها %n (مرّر المؤشر لرؤيتها)</numerusform>
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
        <translation>4G، بدون 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="41" />
        <source>top-up possible</source>
        <translation>الشحن ممكن</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="43" />
        <source>no top-up</source>
        <translation>بدون شحن</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="45" />
        <source>hotspot allowed</source>
        <translation>نقطة الاتصال مسموحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="52" />
        <source>Data only, no calls or SMS</source>
        <translation>بيانات فقط، بلا مكالمات أو SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="63" />
        <source>unlimited calls</source>
        <translation>مكالمات غير محدودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="67" />
        <source>unlimited SMS</source>
        <translation>رسائل SMS غير محدودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="71" />
        <source>own phone number</source>
        <translation>رقم هاتف خاص</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="73" />
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="74" />
        <source>calls or SMS included</source>
        <translation>تشمل مكالمات أو SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="82" />
        <source>Validity starts at the first connection at the destination.</source>
        <translation>تبدأ الصلاحية عند أول اتصال في الوجهة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="86" />
        <source>Validity starts at installation: install it just before the trip.</source>
        <translation>تبدأ الصلاحية عند التثبيت: ثبّتها قبيل الرحلة مباشرة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_details_text.py" line="99" />
        <source>Networks: %1</source>
        <translation>الشبكات: %1</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../app/ui/plans_model.py" line="71" />
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="72" />
        <source>Validity</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="73" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="74" />
        <source>Plan</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="75" />
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="129" />
        <source>Unlimited</source>
        <translation>غير محدودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="133" />
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_model.py" line="136" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_model.py" line="169" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>أقل من التكلفة: بيعها يتطلب رمز PIN للمدير.</translation>
    </message>
</context>
<context>
    <name>PlansPane</name>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="39" />
        <location filename="../../app/ui/plans_pane.py" line="61" />
        <source>Plans</source>
        <translation>الباقات</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="41" />
        <source>Enter, a click or a double-click chooses a plan</source>
        <translation>Enter أو نقرة أو نقرة مزدوجة تختار باقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="71" />
        <source>Data filter</source>
        <translation>تصفية البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="76" />
        <source>Validity filter</source>
        <translation>تصفية الصلاحية</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>Any validity</source>
        <translation>أي صلاحية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_pane.py" line="79" />
        <source>%n+ day(s)</source>
        <translation>
            <numerusform>%n يوم فأكثر</numerusform>
            <numerusform>يوم واحد فأكثر</numerusform>
            <numerusform>يومان فأكثر</numerusform>
            <numerusform>%n أيام فأكثر</numerusform>
            <numerusform>%n يومًا فأكثر</numerusform>
            <numerusform>%n يوم فأكثر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="85" />
        <source>&amp;5G only</source>
        <translation>&amp;5G فقط</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="86" />
        <source>5G only</source>
        <translation>5G فقط</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="88" />
        <source>Shows only plans whose provider lists a 5G network</source>
        <translation>يعرض فقط الباقات التي يذكر مزوّدها شبكة 5G</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="90" />
        <source>Top-&amp;up</source>
        <translation>&amp;الشحن</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="91" />
        <source>Top-up possible</source>
        <translation>الشحن ممكن</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="93" />
        <source>Shows only plans the counter can top up later</source>
        <translation>يعرض فقط الباقات التي يمكن للبرنامج شحنها لاحقًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="95" />
        <source>Ca&amp;lls/SMS</source>
        <translation>&amp;مكالمات/SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="96" />
        <source>Calls or SMS</source>
        <translation>مكالمات أو SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="98" />
        <source>Shows only plans with calls, texts or a phone number</source>
        <translation>يعرض فقط الباقات التي تشمل مكالمات أو رسائل أو رقم هاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="138" />
        <source>Any data</source>
        <translation>أي حجم بيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="140" />
        <source>Unlimited only</source>
        <translation>غير محدودة فقط</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="141" />
        <source>%1 GB or more</source>
        <translation>%1 غيغابايت فأكثر</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="165" />
        <source>No 5G plans for %1.</source>
        <translation>لا توجد باقات 5G لـ %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="167" />
        <source>No plans for %1 can be topped up.</source>
        <translation>لا توجد باقات لـ %1 قابلة للشحن.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="169" />
        <source>No plans for %1 include calls or SMS.</source>
        <translation>لا توجد باقات لـ %1 تشمل مكالمات أو SMS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="171" />
        <source>No plans for %1 match the filters.</source>
        <translation>لا توجد باقات لـ %1 تطابق عوامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="173" />
        <source>Clear a filter to see the others.</source>
        <translation>ألغِ أحد عوامل التصفية لرؤية الباقات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="180" />
        <source>Plans for %1</source>
        <translation>باقات %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="182" />
        <source>Loading plans…</source>
        <translation>جارٍ تحميل الباقات…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_pane.py" line="191" />
        <source>No plans for this destination.</source>
        <translation>لا توجد باقات لهذه الوجهة.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="21" />
        <source>Every plan</source>
        <translation>كل الباقات</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="22" />
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="23" />
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="24" />
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="25" />
        <source>One plan</source>
        <translation>باقة واحدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="31" />
        <source>No rounding (cents up)</source>
        <translation>بلا تقريب (إلى السنت الأعلى)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="32" />
        <source>Up to x.99</source>
        <translation>تقريب للأعلى إلى x.99</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="33" />
        <source>Up to the next 0.50</source>
        <translation>تقريب للأعلى إلى أقرب 0.50</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="34" />
        <source>Up to a whole unit</source>
        <translation>تقريب للأعلى إلى وحدة كاملة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="35" />
        <source>Up to the next 250</source>
        <translation>تقريب للأعلى إلى أقرب 250</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="36" />
        <source>Up to the next 500</source>
        <translation>تقريب للأعلى إلى أقرب 500</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="37" />
        <source>Up to the next 1,000</source>
        <translation>تقريب للأعلى إلى أقرب 1000</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="45" />
        <source>%1 must be a number such as 12.5, with a point and no thousands separator.</source>
        <translation>%1: أدخل رقمًا مثل 12.5، بنقطة عشرية ومن دون فاصل للآلاف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="118" />
        <source>Plan</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="119" />
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="120" />
        <source>Retail</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="121" />
        <source>Margin</source>
        <translation>الربح</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="122" />
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_parts.py" line="149" />
        <source>below cost</source>
        <translation>أقل من التكلفة</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="51" />
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="63" />
        <source>The stored price list was damaged. Saving replaces it with this one.</source>
        <translation>كانت قائمة الأسعار المحفوظة تالفة. الحفظ يستبدلها بهذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="80" />
        <source>This destination's plans priced</source>
        <translation>باقات هذه الوجهة بأسعارها</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="85" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="95" />
        <source>This counter is in a chain: the price list the chain publishes replaces changes made here at the next pull (within a minute). To change the prices of every counter, the owner publishes a price list file with: esim-counter chain publish-prices FILE</source>
        <translation>نقطة البيع هذه ضمن سلسلة: قائمة الأسعار التي تنشرها السلسلة تحلّ محل التغييرات التي تُجرى هنا عند السحب التالي (خلال دقيقة). لتغيير أسعار كل نقاط البيع، ينشر المالك ملف قائمة أسعار بالأمر: esim-counter chain publish-prices FILE</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="100" />
        <source>The chain's price list</source>
        <translation>قائمة أسعار السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="107" />
        <source>Rules (the most specific one wins)</source>
        <translation>القواعد (تُطبَّق القاعدة الأكثر تحديدًا)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="109" />
        <source>Preview: this destination's plans</source>
        <translation>معاينة: باقات هذه الوجهة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="129" />
        <location filename="../../app/ui/price_list_dialog.py" line="132" />
        <source>Sale currency</source>
        <translation>عملة البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="133" />
        <source>Empty: sell each plan in the provider's currency</source>
        <translation>فارغ: تُباع كل باقة بعملة المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="138" />
        <location filename="../../app/ui/price_list_dialog.py" line="139" />
        <source>Wallet currency of the exchange rate</source>
        <translation>عملة المحفظة في سعر الصرف</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="142" />
        <source>Sale currency for one unit</source>
        <translation>عملة البيع مقابل وحدة واحدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="147" />
        <source>Warn when the rate is older than, in days</source>
        <translation>التنبيه عندما يكون سعر الصرف أقدم من (أيام)</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Tax rate in percent</source>
        <translation>نسبة الضريبة بالمئة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="149" />
        <source>Included in the prices</source>
        <translation>مشمولة في الأسعار</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="151" />
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="157" />
        <source>Sale currency:</source>
        <translation>عملة البيع:</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="158" />
        <source>Exchange rate:</source>
        <translation>سعر الصرف:</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="159" />
        <source>Warn after (days):</source>
        <translation>التنبيه بعد (أيام):</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="160" />
        <source>Tax included (%):</source>
        <translation>الضريبة المشمولة (%):</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="190" />
        <source>The exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="192" />
        <source>The exchange rate must be more than zero.</source>
        <translation>يجب أن يكون سعر الصرف أكبر من صفر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="201" />
        <source>The tax rate</source>
        <translation>نسبة الضريبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="203" />
        <source>The tax rate must be from 0 to 100 %.</source>
        <translation>يجب أن تكون نسبة الضريبة بين 0 و⁦100 %⁩.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="205" />
        <source>That is not a currency code such as USD or IQD.</source>
        <translation>هذا ليس رمز عملة مثل USD أو IQD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="235" />
        <source>set on %1</source>
        <translation>حُدِّد في %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="237" />
        <source>(out of date)</source>
        <translation>(قديم)</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="69" />
        <source>The price list is damaged, so the counter cannot work out prices. Ask the owner to open Counter → Price list and save it again.</source>
        <translation>قائمة الأسعار تالفة، لذا لا يستطيع البرنامج حساب الأسعار. اطلب من صاحب المتجر فتح الكاونتر ← قائمة الأسعار وحفظها من جديد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="76" />
        <source>The price list has no exchange rate for this plan's currency. Ask the owner to set one in Counter → Price list.</source>
        <translation>لا تحتوي قائمة الأسعار على سعر صرف لعملة هذه الباقة. اطلب من صاحب المتجر تحديده في الكاونتر ← قائمة الأسعار.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="81" />
        <source>This plan cannot be priced with the owner's price list. Ask the owner to check the price list.</source>
        <translation>لا يمكن تسعير هذه الباقة بقائمة أسعار صاحب المتجر. اطلب من صاحب المتجر مراجعة قائمة الأسعار.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pricing_source.py" line="89" />
        <source>The exchange rate is out of date. Ask the owner to update it in Counter → Price list.</source>
        <translation>سعر الصرف قديم. اطلب من صاحب المتجر تحديثه في الكاونتر ← قائمة الأسعار.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="50" />
        <source>This code is too long to show as a QR code.</source>
        <translation>هذا الرمز أطول من أن يُعرض كرمز QR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/qr_widget.py" line="51" />
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="29" />
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="30" />
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="31" />
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="32" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="35" />
        <source>Tax no. %1</source>
        <translation>الرقم الضريبي %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="36" />
        <source>Counter</source>
        <translation>نقطة البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="37" />
        <source>Receipt no.</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="38" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="39" />
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="40" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="41" />
        <source>Net</source>
        <translation>قبل الضريبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="42" />
        <source>Tax %1%</source>
        <translation>الضريبة %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="43" />
        <source>Total</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="44" />
        <source>Cash given</source>
        <translation>المدفوع نقدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="45" />
        <source>Change</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="46" />
        <source>Payment not recorded</source>
        <translation>لم يُسجَّل الدفع</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="47" />
        <source>eSIM (ICCID)</source>
        <translation>شريحة eSIM (ICCID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="48" />
        <source>COPY</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="49" />
        <source>Reprinted %1</source>
        <translation>أُعيدت طباعته في %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="50" />
        <source>TRAINING — NOT A SALE</source>
        <translation>تدريب — ليست عملية بيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="51" />
        <source>Thank you for your purchase.</source>
        <translation>شكرًا لشرائكم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/layout.py" line="52" />
        <source>Top-up for eSIM (ICCID)</source>
        <translation>شحن لشريحة eSIM (ICCID)</translation>
    </message>
</context>
<context>
    <name>ReceiptFlow</name>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="87" />
        <source>No sale has been delivered yet: nothing to print.</source>
        <translation>لم يُسلَّم أي بيع بعد: لا شيء للطباعة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="95" />
        <source>This sale has no install slip to print.</source>
        <translation>لا توجد ورقة تثبيت لهذا البيع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="113" />
        <source>Only a delivered sale has a receipt.</source>
        <translation>الإيصال متاح فقط للبيع الذي تم تسليمه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="118" />
        <source>This sale was made before the counter kept retail prices, so it has no receipt. Write one by hand if the customer needs it.</source>
        <translation>تمّ هذا البيع قبل أن يحفظ البرنامج أسعار البيع، لذلك ليس له إيصال. اكتب إيصالًا بخط اليد إذا احتاجه العميل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="123" />
        <source>Receipts are switched off. Ask the shop owner to choose a printer in Settings → Receipts.</source>
        <translation>الإيصالات متوقفة. اطلب من صاحب المتجر اختيار طابعة في الإعدادات ← الإيصالات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="144" />
        <source>The journal is not open yet. Try again in a moment.</source>
        <translation>سجل المبيعات لم يُفتح بعد. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="204" />
        <source>Receipt %1 printed.</source>
        <translation>طُبع الإيصال %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_flow.py" line="206" />
        <source>Install slip printed. Hand it over folded: it is private.</source>
        <translation>طُبعت ورقة التثبيت. سلّمها مطويّة: فهي خاصة.</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="58" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="138" />
        <source>Shop address</source>
        <translation>عنوان المتجر</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="59" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="139" />
        <source>Tax number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="60" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="140" />
        <source>Counter name</source>
        <translation>اسم نقطة البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="62" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="141" />
        <source>Print receipts to</source>
        <translation>طباعة الإيصالات على</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="64" />
        <source>Do not print receipts</source>
        <translation>عدم طباعة الإيصالات</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="65" />
        <source>A printer of this computer</source>
        <translation>طابعة على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="66" />
        <source>PDF files in a folder</source>
        <translation>ملفات PDF في مجلد</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="67" />
        <source>A thermal receipt printer (ESC/POS)</source>
        <translation>طابعة إيصالات حرارية (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="71" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="177" />
        <source>Folder for PDF receipts</source>
        <translation>مجلد إيصالات PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="72" />
        <source>Documents/eSIM Counter receipts</source>
        <translation>Documents/eSIM Counter receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="73" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="74" />
        <source>Choose the folder for PDF receipts</source>
        <translation>اختيار مجلد إيصالات PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="77" />
        <source>Thermal printer connection</source>
        <translation>اتصال الطابعة الحرارية</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="79" />
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="80" />
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="81" />
        <source>Serial port</source>
        <translation>منفذ تسلسلي</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="85" />
        <source>Thermal printer address</source>
        <translation>عنوان الطابعة الحرارية</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="88" />
        <source>Network: 192.168.1.50:9100. USB: vendor:product, such as 04b8:0e15. Serial: COM3.</source>
        <translation>الشبكة: 192.168.1.50:9100. USB: المصنّع:المنتج، مثل 04b8:0e15. تسلسلي: COM3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="92" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="145" />
        <source>Paper width</source>
        <translation>عرض الورق</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="93" />
        <source>80 mm</source>
        <translation>80 مم</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="94" />
        <source>58 mm</source>
        <translation>58 مم</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="97" />
        <source>When to print</source>
        <translation>وقت الطباعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="98" />
        <source>After every delivered sale</source>
        <translation>بعد كل عملية بيع مُسلَّمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="99" />
        <source>Only when the clerk presses Print</source>
        <translation>فقط عندما يضغط الموظف «طباعة»</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="102" />
        <source>Offer an install slip (QR and codes) for travellers who install later</source>
        <translation>عرض ورقة تثبيت (QR والرموز) على المسافرين الذين يثبّتون الشريحة لاحقًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="105" />
        <source>Offer an install slip</source>
        <translation>عرض ورقة تثبيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="107" />
        <location filename="../../app/ui/receipts/settings_tab.py" line="108" />
        <source>Print test receipt</source>
        <translation>طباعة إيصال تجريبي</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="110" />
        <source>Prints a sample receipt where the settings above say, before saving.</source>
        <translation>يطبع إيصالًا نموذجيًا حيث تحدد الإعدادات أعلاه، قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="126" />
        <source>This counter is in a chain: the shop name, address and tax number the chain publishes replace changes made here at the next pull (within a minute). The owner publishes them from their counter with: esim-counter chain publish-shop (and the clerks with: esim-counter chain publish-clerks)</source>
        <translation>نقطة البيع هذه ضمن سلسلة: اسم المتجر والعنوان والرقم الضريبي التي تنشرها السلسلة تحلّ محل التغييرات التي تُجرى هنا عند السحب التالي (خلال دقيقة). ينشرها المالك من نقطة البيع الخاصة به بالأمر: esim-counter chain publish-shop (والموظفين بالأمر: esim-counter chain publish-clerks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="132" />
        <source>The chain's shop details</source>
        <translation>بيانات المتجر من السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="142" />
        <source>PDF folder</source>
        <translation>مجلد PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="143" />
        <source>Printer connection</source>
        <translation>اتصال الطابعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="144" />
        <source>Printer address</source>
        <translation>عنوان الطابعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="146" />
        <source>Print</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="170" />
        <source>192.168.1.50:9100</source>
        <translation>192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="171" />
        <source>04b8:0e15 (vendor:product)</source>
        <translation>04b8:0e15 (المصنّع:المنتج)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="172" />
        <source>COM3 or /dev/ttyUSB0</source>
        <translation>COM3 أو /dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="201" />
        <source>The receipt's lines are one line of at most 200 characters each.</source>
        <translation>كل بيان من بيانات الإيصال سطر واحد بحد أقصى 200 حرف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="218" />
        <source>Printing a test receipt…</source>
        <translation>جارٍ طباعة إيصال تجريبي…</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="231" />
        <source>The test receipt was sent to the printer.</source>
        <translation>أُرسل الإيصال التجريبي إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipts/settings_tab.py" line="234" />
        <source>The test receipt was saved as %1.</source>
        <translation>حُفظ الإيصال التجريبي باسم %1.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="29" />
        <location filename="../../app/ui/refund_dialog.py" line="30" />
        <location filename="../../app/ui/refund_dialog.py" line="65" />
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="40" />
        <source>eSIMs refunded</source>
        <translation>شرائح eSIM المستردة</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="45" />
        <source>Reason for the refund</source>
        <translation>سبب الاسترداد</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="46" />
        <source>Reason (required), e.g. trip cancelled</source>
        <translation>السبب (مطلوب)، مثل: أُلغيت الرحلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="48" />
        <source>&amp;Reason (required)</source>
        <translation>&amp;السبب (مطلوب)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="50" />
        <source>The shop bears the cost (shop's own &amp;loss)</source>
        <translation>يتحمّل المتجر التكلفة (&amp;خسارة على المتجر)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="51" />
        <source>The shop bears the cost</source>
        <translation>يتحمّل المتجر التكلفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="52" />
        <source>Claim it from &amp;Octopus</source>
        <translation>المطالبة بها من &amp;Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="53" />
        <source>Claim it from Octopus</source>
        <translation>المطالبة بها من Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="56" />
        <source>Note for the owner</source>
        <translation>ملاحظة لصاحب المتجر</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="57" />
        <source>Note for the owner (the claim)</source>
        <translation>ملاحظة لصاحب المتجر (المطالبة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="64" />
        <source>&amp;Refund</source>
        <translation>ا&amp;سترداد</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="68" />
        <location filename="../../app/ui/refund_dialog.py" line="95" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="87" />
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <location filename="../../app/ui/refund_dialog.py" line="101" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="135" />
        <source>Type the reason for the refund first.</source>
        <translation>اكتب سبب الاسترداد أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="144" />
        <source>Write a note for the owner about the claim.</source>
        <translation>اكتب ملاحظة لصاحب المتجر عن المطالبة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="148" />
        <source>Refunding…</source>
        <translation>جارٍ الاسترداد…</translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="125" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>البرنامج ما زال قيد التشغيل؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="127" />
        <source>Checking with %1…</source>
        <translation>جارٍ التحقق لدى %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="142" />
        <source>eSIM %1: %2</source>
        <translation>eSIM %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="161" />
        <source>%1 goes back to the customer</source>
        <translation>يُعاد %1 إلى العميل</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="163" />
        <source>: %1.</source>
        <translation>: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="167" />
        <source>%1 cannot cancel an eSIM. The counter refunds the customer as the shop's own loss, or records it as claimed from %1 with a note for the owner.</source>
        <translation>لا تستطيع %1 إلغاء شريحة eSIM. يردّ البرنامج المبلغ إلى العميل كخسارة على المتجر، أو يسجّله كمطالبة من %1 مع ملاحظة لصاحب المتجر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/refund_flow.py" line="172" />
        <source>Not installed. %1 cancels every eSIM of this sale that is not installed together: these %n eSIMs are refunded together.</source>
        <translation>
            <numerusform>غير مثبتة. تُلغي %1 معًا كل شرائح eSIM غير المثبتة في هذا البيع: تُسترد هذه الشرائح (%n) معًا.</numerusform>
            <numerusform>غير مثبتة. تُلغي %1 معًا كل شرائح eSIM غير المثبتة في هذا البيع: تُسترد هذه الشريحة (%n).</numerusform>
            <numerusform>غير مثبتة. تُلغي %1 معًا كل شرائح eSIM غير المثبتة في هذا البيع: تُسترد هاتان الشريحتان (%n) معًا.</numerusform>
            <numerusform>غير مثبتة. تُلغي %1 معًا كل شرائح eSIM غير المثبتة في هذا البيع: تُسترد هذه الشرائح الـ%n معًا.</numerusform>
            <numerusform>غير مثبتة. تُلغي %1 معًا كل شرائح eSIM غير المثبتة في هذا البيع: تُسترد هذه الـ%n شريحة معًا.</numerusform>
            <numerusform>غير مثبتة. تُلغي %1 معًا كل شرائح eSIM غير المثبتة في هذا البيع: تُسترد هذه الـ%n شريحة معًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="178" />
        <source>Not installed: %1 can cancel this eSIM and refund it.</source>
        <translation>غير مثبتة: تستطيع %1 إلغاء شريحة eSIM هذه واستردادها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="227" />
        <source>Refunded as the shop's own loss. Give the customer %1 back.</source>
        <translation>تم الاسترداد كخسارة على المتجر. أعِد %1 إلى العميل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="232" />
        <source>Refunded: %1 cancelled the eSIM. Give the customer %2 back.</source>
        <translation>تم الاسترداد: ألغت %1 شريحة eSIM. أعِد %2 إلى العميل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="238" />
        <source>Refunded and recorded as claimed from %1. Give the customer %2 back.</source>
        <translation>تم الاسترداد وسُجّل كمطالبة من %1. أعِد %2 إلى العميل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="245" />
        <source>Refund requested: %1 cancelled the eSIM and confirms the refund later. Give the customer %2 back.</source>
        <translation>طُلب الاسترداد: ألغت %1 شريحة eSIM وستؤكد الاسترداد لاحقًا. أعِد %2 إلى العميل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="253" />
        <source>%1 refused the refund. Nothing was refunded.</source>
        <translation>رفضت %1 الاسترداد. لم يُسترد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="256" />
        <source>%1's answer was lost. The counter will check again; nothing is sent twice. Do not give the money back yet.</source>
        <translation>فُقد ردّ %1. سيتحقق البرنامج مرة أخرى؛ لا يُرسل أي شيء مرتين. لا تُعِد المال بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="271" />
        <source>A refund that was under way when the counter last stopped has gone through: %1, sold %2.</source>
        <translation>اكتمل استرداد كان جاريًا عندما توقفت نقطة البيع آخر مرة: %1، بيع في %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="281" />
        <location filename="../../app/ui/refund_flow.py" line="287" />
        <source>A refund went through</source>
        <translation>اكتمل استرداد</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="316" />
        <source>The refund is recorded, but its receipt did not print: %1</source>
        <translation>سُجّل الاسترداد، لكن إيصاله لم يُطبع: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_flow.py" line="327" />
        <source>Refund receipt printed.</source>
        <translation>طُبع إيصال الاسترداد.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="209" />
        <source>&amp;Print</source>
        <translation>&amp;طباعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="210" />
        <source>Print the report on the receipt printer</source>
        <translation>طباعة التقرير على طابعة الإيصالات</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="212" />
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="213" />
        <source>Save the report as a PDF file</source>
        <translation>حفظ التقرير كملف PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="215" />
        <location filename="../../app/ui/shift_dialogs.py" line="216" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="143" />
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Applies to</source>
        <translation>تنطبق على</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Which</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Markup</source>
        <translation>نسبة الزيادة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="46" />
        <source>Fixed</source>
        <translation>مبلغ ثابت</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="47" />
        <location filename="../../app/ui/price_rules_editor.py" line="71" />
        <source>Rounding</source>
        <translation>التقريب</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="54" />
        <source>Price rules</source>
        <translation>قواعد التسعير</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="58" />
        <source>Rule applies to</source>
        <translation>القاعدة تنطبق على</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="60" />
        <source>octopus, europe, TR or a plan id</source>
        <translation>octopus أو europe أو TR أو معرّف باقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="61" />
        <source>Which provider, region, destination or plan</source>
        <translation>أي مزوّد أو منطقة أو وجهة أو باقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="64" />
        <source>Markup in percent</source>
        <translation>نسبة الزيادة بالمئة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="67" />
        <source>Fixed markup in the sale currency</source>
        <translation>زيادة ثابتة بعملة البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="72" />
        <source>&amp;Add or replace rule</source>
        <translation>&amp;إضافة قاعدة أو استبدالها</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="73" />
        <source>Add or replace rule</source>
        <translation>إضافة قاعدة أو استبدالها</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="75" />
        <source>&amp;Remove rule</source>
        <translation>&amp;حذف القاعدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="76" />
        <source>Remove the selected rule</source>
        <translation>حذف القاعدة المحددة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="116" />
        <source>Say which provider, region, destination or plan the rule is for.</source>
        <translation>حدّد المزوّد أو المنطقة أو الوجهة أو الباقة التي تنطبق عليها القاعدة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="118" />
        <source>The markup</source>
        <translation>نسبة الزيادة</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="121" />
        <source>The markup must be above -100 % and at most %1 %.</source>
        <translation>يجب أن تكون نسبة الزيادة أكبر من ⁦-100 %⁩ وألا تتجاوز ⁦%1 %⁩.</translation>
    </message>
    <message>
        <location filename="../../app/ui/price_rules_editor.py" line="125" />
        <source>The fixed markup</source>
        <translation>الزيادة الثابتة</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="137" />
        <source>A sale of this same plan is still unresolved. Sell again only if you are sure the customer did not get that eSIM.</source>
        <translation>هناك عملية بيع لنفس الباقة ما زالت معلّقة. لا تبع مرة أخرى إلا إذا كنت متأكدًا أن العميل لم يحصل على تلك الشريحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="160" />
        <source>This plan would sell below what it costs the shop. Ask the owner to change the price list.</source>
        <translation>ستُباع هذه الباقة بأقل من تكلفتها على المتجر. اطلب من المالك تغيير قائمة الأسعار.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="232" />
        <source>Sold. The QR code is on the customer display.</source>
        <translation>تم البيع. رمز QR معروض على شاشة العميل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="241" />
        <source>Paid; the provider is still preparing the eSIM. You will be told here when it is ready.</source>
        <translation>تم الدفع؛ المزوّد ما زال يجهّز الشريحة. سيتم إعلامك هنا عندما تصبح جاهزة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="257" />
        <source>The provider refused the sale: %1</source>
        <translation>رفض المزوّد عملية البيع: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="258" />
        <source>no reason given</source>
        <translation>دون ذكر سبب</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="263" />
        <source>Not sold. %1</source>
        <translation>لم تتم عملية البيع. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="406" />
        <source>Checking the sale with the provider…</source>
        <translation>جارٍ التحقق من عملية البيع لدى المزوّد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="440" />
        <source>A top-up went through: eSIM %1 has its %2.</source>
        <translation>تمّ الشحن: حصلت شريحة eSIM %1 على %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="448" />
        <source>An eSIM is ready: select it in the pending list to show the QR code.</source>
        <translation>شريحة eSIM جاهزة: اخترها من قائمة الانتظار لعرض رمز QR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="469" />
        <source>A sale was not completed: %1</source>
        <translation>لم تكتمل عملية بيع: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sale_flow.py" line="470" />
        <source>no money moved</source>
        <translation>لم يُخصم أي مبلغ</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../app/ui/account_box.py" line="49" />
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="77" />
        <source>will be removed</source>
        <translation>ستُزال</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>will be replaced</source>
        <translation>سيُستبدل</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="79" />
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>stored ✓</source>
        <translation>محفوظ ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="81" />
        <source>not stored</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Type a new value to replace it</source>
        <translation>اكتب قيمة جديدة لاستبدالها</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="83" />
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_box.py" line="87" />
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
</context>
<context>
    <name>SecretMessages</name>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="22" />
        <source>eSIMfly access code</source>
        <translation>رمز الوصول إلى eSIMfly</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="23" />
        <source>eSIMfly secret key</source>
        <translation>المفتاح السري لـ eSIMfly</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="24" />
        <source>Octopus API key</source>
        <translation>مفتاح API لـ Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="25" />
        <source>Octopus API secret</source>
        <translation>سر API لـ Octopus</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="30" />
        <source>Windows Credential Manager</source>
        <translation>مدير بيانات الاعتماد في Windows</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="33" />
        <source>macOS Keychain</source>
        <translation>سلسلة مفاتيح macOS</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="34" />
        <source>Secret Service (GNOME Keyring)</source>
        <translation>Secret Service (حلقة مفاتيح GNOME)</translation>
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
        <translation>حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="67" />
        <source>Use Windows Credential Manager, the macOS Keychain, or GNOME Keyring or KWallet on Linux.</source>
        <translation>استخدم مدير بيانات الاعتماد في Windows أو سلسلة مفاتيح macOS أو GNOME Keyring أو KWallet على Linux.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="73" />
        <source>Provider secrets are kept in %1.</source>
        <translation>تُحفظ أسرار المزوّدين في: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="77" />
        <source>The only keyring on this computer keeps secrets in a file, which the counter does not use. No safe keyring is available, so no secrets are kept.</source>
        <translation>حلقة المفاتيح الوحيدة على هذا الحاسوب تحفظ الأسرار في ملف، ولا يستخدمها البرنامج. لا توجد حلقة مفاتيح آمنة، لذلك لا تُحفظ أي أسرار.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="84" />
        <source>The keyring on this computer (%1) is not one the counter knows to be safe, so no secrets are kept.</source>
        <translation>حلقة المفاتيح على هذا الحاسوب (%1) ليست من الحلقات التي يعرف البرنامج أنها آمنة، لذلك لا تُحفظ أي أسرار.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="93" />
        <source>The keyring (%1) is locked or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>حلقة المفاتيح (%1) مقفلة أو رفضت الوصول. افتح قفلها، أو سجّل الخروج ثم الدخول، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="99" />
        <source>No safe keyring is available on this computer, so the counter cannot keep provider secrets.</source>
        <translation>لا توجد حلقة مفاتيح آمنة على هذا الحاسوب، لذلك لا يستطيع البرنامج حفظ أسرار المزوّدين.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="118" />
        <source>The field is empty; nothing was stored.</source>
        <translation>الحقل فارغ؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="124" />
        <source>The keyring is locked, or its unlock prompt was dismissed. Unlock it and try again.</source>
        <translation>حلقة المفاتيح مقفلة، أو أُغلقت نافذة فتح القفل. افتح قفلها وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="129" />
        <source>The keyring failed or refused access. Unlock it, or log out and in again, then try again.</source>
        <translation>فشلت حلقة المفاتيح أو رفضت الوصول. افتح قفلها، أو سجّل الخروج ثم الدخول، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="135" />
        <source>The keyring could not be used.</source>
        <translation>تعذّر استخدام حلقة المفاتيح.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="139" />
        <source>%1: not stored.</source>
        <translation>%1: لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="140" />
        <source>%1: could not be read.</source>
        <translation>%1: تعذّرت قراءته.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="141" />
        <source>%1: not removed.</source>
        <translation>%1: لم يُحذف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="150" />
        <source>Missing from the keyring: %1. Enter it in Settings, or run: %2</source>
        <translation>غير موجود في حلقة المفاتيح: %1. أدخله في الإعدادات، أو شغّل: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="181" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>عدد كبير من أرقام PIN الخاطئة. حاول مجددًا بعد %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="185" />
        <source>Enter the PIN.</source>
        <translation>أدخل رقم PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="187" />
        <source>The PIN must contain digits only (0-9).</source>
        <translation>يجب أن يحتوي رقم PIN على أرقام فقط (0-9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/secret_messages.py" line="191" />
        <source>The PIN must be %1 to %2 digits long.</source>
        <translation>يجب أن يتكون رقم PIN من %1 إلى %2 أرقام.</translation>
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
        <translation>البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="81" />
        <location filename="../../app/ui/sell_panel.py" line="193" />
        <source>Choose a destination and a plan.</source>
        <translation>اختر وجهة وباقة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="113" />
        <source>Number of eSIMs</source>
        <translation>عدد شرائح eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="115" />
        <source>eSIMs</source>
        <translation>شرائح eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="121" />
        <source>Sell</source>
        <translation>بيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="139" />
        <source>Show QR again</source>
        <translation>عرض QR مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="204" />
        <source>via %1</source>
        <translation>عبر %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="248" />
        <source>Below the shop's cost: selling it needs the manager PIN.</source>
        <translation>أقل من التكلفة: بيعها يتطلب رمز PIN للمدير.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_panel.py" line="311" />
        <source>Selling… %1 s</source>
        <translation>جارٍ البيع… %1 ث</translation>
    </message>
</context>
<context>
    <name>SendEmailDialog</name>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="46" />
        <location filename="../../app/ui/email_dialog.py" line="47" />
        <source>Send the eSIM by e-mail</source>
        <extracomment>Sent and journalled: the address as sent.</extracomment>
        <translation>إرسال شريحة eSIM بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="62" />
        <source>Octopus Cards e-mails the eSIM %1 to the traveller, to install later from another screen. Type their address and check it with them.</source>
        <translation>ترسل Octopus Cards شريحة eSIM %1 إلى المسافر بالبريد الإلكتروني، ليثبّتها لاحقًا من شاشة أخرى. اكتب عنوانه وتحقّق منه معه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="67" />
        <source>&amp;E-mail address</source>
        <translation>&amp;عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="70" />
        <source>The traveller's e-mail address</source>
        <translation>عنوان البريد الإلكتروني للمسافر</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="82" />
        <source>&amp;Send</source>
        <translation>&amp;إرسال</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="83" />
        <source>Send the e-mail</source>
        <translation>إرسال البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="107" />
        <source>The counter is not ready yet; try again in a moment.</source>
        <translation>البرنامج غير جاهز بعد؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="114" />
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="125" />
        <source>Type the traveller's e-mail address first.</source>
        <translation>اكتب عنوان البريد الإلكتروني للمسافر أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="127" />
        <source>An e-mail address has no spaces. Check it with the traveller.</source>
        <translation>لا يحتوي عنوان البريد الإلكتروني على مسافات. تحقّق منه مع المسافر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="129" />
        <source>An e-mail address has one @, like name@example.com. Check it.</source>
        <translation>يحتوي عنوان البريد الإلكتروني على @ واحدة، مثل name@example.com. تحقّق منه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="132" />
        <source>The part after @ is not a mail domain like example.com. Check it with the traveller.</source>
        <translation>الجزء الذي بعد @ ليس نطاق بريد مثل example.com. تحقّق منه مع المسافر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="136" />
        <source>This address is too long for e-mail. Check it with the traveller.</source>
        <translation>هذا العنوان أطول مما يسمح به البريد الإلكتروني. تحقّق منه مع المسافر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="138" />
        <source>The part before @ has characters an e-mail address cannot have. Check it with the traveller.</source>
        <translation>الجزء الذي قبل @ يحتوي على أحرف لا يمكن أن يحتويها عنوان بريد إلكتروني. تحقّق منه مع المسافر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="153" />
        <source>Octopus Cards did not accept this address. Check it with the traveller and send again.</source>
        <translation>لم تقبل Octopus Cards هذا العنوان. تحقّق منه مع المسافر وأعد الإرسال.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="158" />
        <source>Octopus Cards does not know this order, so it cannot e-mail it. Show the QR code instead.</source>
        <translation>لا تعرف Octopus Cards هذا الطلب، لذلك لا يمكنها إرساله بالبريد الإلكتروني. اعرض رمز QR بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="162" />
        <source>Not sent. %1</source>
        <translation>لم يُرسل. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/email_dialog.py" line="165" />
        <source>Not sent: something went wrong. Try again, or show the QR code.</source>
        <translation>لم يُرسل: حدث خطأ ما. حاول مجددًا، أو اعرض رمز QR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="34" />
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="102" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112" />
        <source>Checking the keyring…</source>
        <translation>جارٍ التحقق من سلسلة المفاتيح…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142" />
        <source>With no account switched on, the counter runs in training mode.</source>
        <translation>إذا لم يكن أي حساب مفعّلًا، يعمل البرنامج في وضع التدريب.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="44" />
        <location filename="../../app/ui/settings_tabs.py" line="60" />
        <source>Shop name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="45" />
        <location filename="../../app/ui/settings_tabs.py" line="61" />
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="65" />
        <source>in each account's wallet currency (USD 50, EUR 50…)</source>
        <translation>بعملة محفظة كل حساب (USD 50، EUR 50…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="47" />
        <location filename="../../app/ui/settings_tabs.py" line="74" />
        <source>Warn when a balance is below</source>
        <translation>التنبيه عندما يقل الرصيد عن</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="49" />
        <location filename="../../app/ui/settings_tabs.py" line="76" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="89" />
        <location filename="../../app/ui/settings_tabs.py" line="93" />
        <source>Ask the phone check before each sale</source>
        <translation>إجراء فحص الهاتف قبل كل عملية بيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="112" />
        <source>Automatic (second screen if there is one)</source>
        <translation>تلقائي (الشاشة الثانية إن وُجدت)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="127" />
        <source>Close the customer display after</source>
        <translation>إغلاق شاشة العميل بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="130" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="131" />
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="185" />
        <source>Touch mode: larger buttons and rows, lists scroll by dragging</source>
        <translation>وضع اللمس: أزرار وصفوف أكبر، والقوائم تُمرَّر بالسحب</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="191" />
        <source>Touch mode</source>
        <translation>وضع اللمس</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="197" />
        <location filename="../../app/ui/settings_tabs.py" line="213" />
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="199" />
        <source>The size of all text, from 100 to 200 percent</source>
        <translation>حجم كل النصوص، من 100 إلى 200 بالمئة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="204" />
        <source>Both apply to every window as soon as the settings are saved.</source>
        <translation>يُطبَّق الاثنان على كل النوافذ فور حفظ الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="123" />
        <location filename="../../app/ui/settings_tabs.py" line="136" />
        <source>Customer display on</source>
        <translation>شاشة العميل على</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="139" />
        <source>Close it after</source>
        <translation>إغلاقها بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="149" />
        <source>Repeat the new PIN</source>
        <translation>أعِد كتابة رمز PIN الجديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="155" />
        <source>Type a new PIN to change it</source>
        <translation>اكتب رمز PIN جديدًا لتغييره</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="157" />
        <source>4 to 12 digits</source>
        <translation>من 4 إلى 12 رقمًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="160" />
        <source>Ask for the manager PIN before settings open</source>
        <translation>طلب رمز PIN للمدير قبل فتح الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="147" />
        <location filename="../../app/ui/settings_tabs.py" line="168" />
        <source>New PIN</source>
        <translation>رمز PIN جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_tabs.py" line="169" />
        <source>Repeat it</source>
        <translation>أعد كتابته</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="158" />
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159" />
        <source>Shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="160" />
        <source>Customer display</source>
        <translation>شاشة العميل</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="161" />
        <source>Manager PIN</source>
        <translation>رمز PIN للمدير</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="163" />
        <source>Receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="164" />
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165" />
        <source>Clerks</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166" />
        <source>Chain</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231" />
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="236" />
        <source>Connected. Balance: %1</source>
        <translation>تم الاتصال. الرصيد: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="263" />
        <source>The balance warning must be an amount, like 50.</source>
        <translation>يجب أن يكون حد التنبيه مبلغًا، مثل 50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="278" />
        <source>The shop name and the clerk are one line of at most 200 characters.</source>
        <translation>اسم المتجر واسم البائع سطر واحد لكلٍّ منهما بحد أقصى 200 حرف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="298" />
        <source>The two PINs are not the same.</source>
        <translation>رمزا PIN غير متطابقين.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="303" />
        <source>Type a PIN to switch the PIN on.</source>
        <translation>اكتب رمز PIN لتفعيله.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="328" />
        <source>Testing the connection before saving…</source>
        <translation>جارٍ اختبار الاتصال قبل الحفظ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="359" />
        <source>Not saved. Correct the account, or switch it off.</source>
        <translation>لم يُحفظ. صحّح الحساب أو أوقفه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="367" />
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="29" />
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="30" />
        <source>The connection test failed:
%1

Save anyway? The counter will show REAL — NOT CONNECTED until it connects.</source>
        <translation>فشل اختبار الاتصال:
%1

هل تحفظ رغم ذلك؟ سيعرض البرنامج «حقيقي — غير متصل» حتى يتصل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="39" />
        <source>Save anyway</source>
        <translation>احفظ رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_save.py" line="42" />
        <source>Go back</source>
        <translation>رجوع</translation>
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
        <translation>رمز PIN للمدير</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="50" />
        <source>Manager PIN:</source>
        <translation>رمز PIN للمدير:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_flow.py" line="67" />
        <source>That PIN is not right.</source>
        <translation>رمز PIN غير صحيح.</translation>
    </message>
</context>
<context>
    <name>SetupMessages</name>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="21" />
        <source>Enter the provider's address; it must start with https://</source>
        <translation>أدخل عنوان المزوّد؛ يجب أن يبدأ بـ https://</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="24" />
        <source>The address must not contain spaces or backslashes.</source>
        <translation>يجب ألا يحتوي العنوان على مسافات أو شرطات مائلة عكسية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="27" />
        <source>The address is not a valid web address.</source>
        <translation>العنوان ليس عنوان ويب صالحًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="30" />
        <source>The address must start with https://</source>
        <translation>يجب أن يبدأ العنوان بـ https://</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="33" />
        <source>The address has no server name after https://</source>
        <translation>لا يوجد اسم خادم بعد https:// في العنوان</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="36" />
        <source>The address must not contain a user name or password.</source>
        <translation>يجب ألا يحتوي العنوان على اسم مستخدم أو كلمة مرور.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="39" />
        <source>The address must not contain '?' or '#'.</source>
        <translation>يجب ألا يحتوي العنوان على '?' أو '#'.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="42" />
        <source>The address must start with https:// (http:// is only allowed for this computer itself, such as http://127.0.0.1:8000).</source>
        <translation>يجب أن يبدأ العنوان بـ https:// (يُسمح بـ http:// لهذا الحاسوب نفسه فقط، مثل http://127.0.0.1:8000).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="53" />
        <source>%1: the wallet currency must be a three-letter code such as USD.</source>
        <translation>%1: يجب أن تكون عملة المحفظة رمزًا من ثلاثة أحرف مثل USD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="58" />
        <source>%1: the address is not usable. %2</source>
        <translation>%1: العنوان غير صالح للاستخدام. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="73" />
        <source>The disk is full, so the sales journal cannot be written. Nothing was sent. Free some space, then try again.</source>
        <translation>القرص ممتلئ، لذلك تتعذّر الكتابة في سجل المبيعات. لم يُرسل شيء. أفرغ بعض المساحة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="79" />
        <source>The sales journal at %1 cannot be written. Nothing was sent. Make sure this user may write to its folder, then start the counter again.</source>
        <translation>تتعذّر الكتابة في سجل المبيعات في %1. لم يُرسل شيء. تأكد من أن هذا المستخدم يستطيع الكتابة في مجلده، ثم شغّل البرنامج من جديد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="85" />
        <source>The sales journal at %1 is damaged. It was left untouched. Restart the counter to restore a backup or start a new journal.</source>
        <translation>سجل المبيعات في %1 تالف. تُرك كما هو دون تعديل. أعد تشغيل البرنامج لاستعادة نسخة احتياطية أو بدء سجل جديد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_messages.py" line="90" />
        <source>The sales journal cannot be used, so nothing was sent. Do not sell until it is fixed; the details are in the log file.</source>
        <translation>لا يمكن استخدام سجل المبيعات، لذلك لم يُرسل شيء. لا تبع حتى يُصلح؛ التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="56" />
        <location filename="../../app/ui/sign_in_dialog.py" line="60" />
        <source>Clerk name</source>
        <translation>اسم الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="57" />
        <source>Pick a name from the list or type it</source>
        <translation>اختر اسمًا من القائمة أو اكتبه</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="63" />
        <location filename="../../app/ui/sign_in_dialog.py" line="86" />
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="67" />
        <source>Sign-in problem</source>
        <translation>مشكلة في تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="70" />
        <location filename="../../app/ui/sign_in_dialog.py" line="72" />
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="79" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="81" />
        <source>Quit the counter</source>
        <translation>الخروج من البرنامج</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="85" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="98" />
        <source>Type or pick your name first.</source>
        <translation>اكتب اسمك أو اختره أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="102" />
        <source>Type your PIN, then press Enter.</source>
        <translation>اكتب رمز PIN، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="112" />
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app/ui/single_instance.py" line="109" />
        <source>eSIM Counter was started again: this is the one already open.</source>
        <translation>شُغّل eSIM Counter مرة أخرى: هذه هي النافذة المفتوحة من قبل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="120" />
        <source>eSIM Counter is already open. Its window has been brought to the front; if you do not see it, click it on the taskbar.</source>
        <translation>eSIM Counter مفتوح بالفعل. أُحضرت نافذته إلى الأمام؛ إن لم ترها فانقر عليها في شريط المهام.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="126" />
        <source>eSIM Counter is already open but is not answering. Wait a moment; if its window does not come back, close it from the taskbar and start it again.</source>
        <translation>eSIM Counter مفتوح بالفعل لكنه لا يستجيب. انتظر قليلًا؛ إن لم تعد نافذته فأغلقه من شريط المهام ثم شغّله من جديد.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="48" />
        <source>Chain sync</source>
        <translation>مزامنة السلسلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="63" />
        <source>Chain: pushing…</source>
        <translation>السلسلة: جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="100" />
        <source>Chain: status unknown</source>
        <translation>السلسلة: الحالة غير معروفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="101" />
        <source>The sync status could not be read.</source>
        <translation>تعذّرت قراءة حالة المزامنة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="129" />
        <source>Chain: in sync</source>
        <translation>السلسلة: متزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="132" />
        <source>Chain: checking…</source>
        <translation>السلسلة: جارٍ التحقق…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="133" />
        <source>Chain: %n row(s) waiting</source>
        <translation>
            <numerusform>السلسلة: %n صف بانتظار الإرسال</numerusform>
            <numerusform>السلسلة: %n صف بانتظار الإرسال</numerusform>
            <numerusform>السلسلة: %n صفان بانتظار الإرسال</numerusform>
            <numerusform>السلسلة: %n صفوف بانتظار الإرسال</numerusform>
            <numerusform>السلسلة: %n صفًا بانتظار الإرسال</numerusform>
            <numerusform>السلسلة: %n صف بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="135" />
        <source>Offline — selling on; %n row(s) waiting</source>
        <translation>
            <numerusform>غير متصل — البيع مستمر؛ %n صف بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — البيع مستمر؛ %n صف بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — البيع مستمر؛ %n صفان بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — البيع مستمر؛ %n صفوف بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — البيع مستمر؛ %n صفًا بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — البيع مستمر؛ %n صف بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="137" />
        <source>; prices from %1</source>
        <translation>؛ الأسعار من %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="142" />
        <source>Last push: %1</source>
        <translation>آخر إرسال: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="144" />
        <source>Nothing pushed yet.</source>
        <translation>لم يُرسل شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="147" />
        <source>Last problem: %1</source>
        <translation>آخر مشكلة: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_indicator.py" line="148" />
        <source>Click to push now.</source>
        <translation>انقر للإرسال الآن.</translation>
    </message>
</context>
<context>
    <name>TillController</name>
    <message>
        <location filename="../../app/ui/till_menu.py" line="79" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>البرنامج ما زال قيد التشغيل؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="122" />
        <source>Shift %1 is already open; close it (Z) before opening another.</source>
        <translation>الوردية %1 مفتوحة بالفعل؛ أغلقها (Z) قبل فتح وردية أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="137" />
        <source>Shift %1 is open with a float of %2.</source>
        <translation>فُتحت الوردية %1 بنقد افتتاحي قدره %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="147" />
        <source>No shift is open. Open a shift with its float first (Till menu).</source>
        <translation>لا توجد وردية مفتوحة. افتح وردية بنقدها الافتتاحي أولًا (قائمة الصندوق).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="161" />
        <source>Pay-in of %1 recorded.</source>
        <translation>سُجّل إيداع نقدي بمبلغ %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="163" />
        <source>Pay-out of %1 recorded.</source>
        <translation>سُجّل سحب نقدي بمبلغ %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="178" />
        <source>X report</source>
        <translation>تقرير X</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="180" />
        <source>X report, shift %1: %2 expected in the drawer</source>
        <translation>تقرير X، الوردية %1: المتوقع في الدرج %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="221" />
        <source>Z report %1</source>
        <translation>تقرير Z رقم %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="222" />
        <source>Z %1 written. Counted %2, expected %3, difference %4.</source>
        <translation>كُتب Z %1. المعدود %2، المتوقع %3، الفرق %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="241" />
        <source>Report printed.</source>
        <translation>طُبع التقرير.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="243" />
        <source>Report saved as %1.</source>
        <translation>حُفظ التقرير باسم %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="255" />
        <source>No receipt printer is set up (Settings › Receipts).</source>
        <translation>لم تُضبط أي طابعة إيصالات (الإعدادات › الإيصالات).</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="260" />
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_menu.py" line="269" />
        <source>Saved as %1.</source>
        <translation>حُفظ باسم %1.</translation>
    </message>
</context>
<context>
    <name>TillMenu</name>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="37" />
        <source>A refund needs a manager.</source>
        <translation>يتطلب الاسترداد مديرًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="38" />
        <source>Closing the shift (Z) needs a manager.</source>
        <translation>يتطلب إغلاق الوردية (Z) مديرًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="65" />
        <source>&amp;Till</source>
        <translation>ال&amp;صندوق</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="68" />
        <source>&amp;Open shift…</source>
        <translation>&amp;فتح الوردية…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="69" />
        <source>Pay &amp;in…</source>
        <translation>إ&amp;يداع نقدي…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="70" />
        <source>Pay o&amp;ut…</source>
        <translation>&amp;سحب نقدي…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="72" />
        <source>&amp;X report…</source>
        <translation>تقرير &amp;X…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_wiring.py" line="74" />
        <source>&amp;Close shift (Z)…</source>
        <translation>إ&amp;غلاق الوردية (Z)…</translation>
    </message>
</context>
<context>
    <name>TillReport</name>
    <message>
        <location filename="../../app/ui/till_docs.py" line="26" />
        <source>X REPORT</source>
        <translation>تقرير X</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="27" />
        <source>Z REPORT</source>
        <translation>تقرير Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="28" />
        <source>Z %1</source>
        <translation>Z %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="29" />
        <source>Corrects Z %1: %2</source>
        <translation>يصحّح Z %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="30" />
        <source>Shift %1</source>
        <translation>الوردية %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="31" />
        <source>Opened %1 by %2</source>
        <translation>فُتحت في %1 بواسطة %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="32" />
        <source>Made %1 by %2</source>
        <translation>أُعدّ في %1 بواسطة %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="33" />
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="34" />
        <source>Number of sales</source>
        <translation>عدد المبيعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="35" />
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="36" />
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="37" />
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="38" />
        <source>Refunds</source>
        <translation>المستردات</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="39" />
        <source>Takings (sales less refunds)</source>
        <translation>الإيرادات (المبيعات ناقص المستردات)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="40" />
        <source>Delivered sales without a price: %1</source>
        <translation>مبيعات مُسلَّمة بدون سعر: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="41" />
        <source>By payment method</source>
        <translation>حسب طريقة الدفع</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="42" />
        <source>%1 refunded</source>
        <translation>المُسترد (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="43" />
        <source>By clerk</source>
        <translation>حسب الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="44" />
        <source>(no clerk)</source>
        <translation>(بدون موظف)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="45" />
        <source>%1: %2 sale(s)</source>
        <translation>%1: %2 عملية بيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="46" />
        <source>%1: %2 refund(s)</source>
        <translation>%1: %2 عملية استرداد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="47" />
        <source>Refund of %1 (%2)</source>
        <translation>استرداد %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="48" />
        <source>Pay-ins and pay-outs</source>
        <translation>الإيداعات والسحوبات النقدية</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="49" />
        <source>Pay-in: %1</source>
        <translation>إيداع نقدي: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="50" />
        <source>Pay-out: %1</source>
        <translation>سحب نقدي: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="51" />
        <source>Cash drawer</source>
        <translation>درج النقد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="52" />
        <source>Opening float</source>
        <translation>النقد الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="53" />
        <source>Cash taken</source>
        <translation>النقد المقبوض</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="54" />
        <source>Cash refunded</source>
        <translation>النقد المسترد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="55" />
        <source>Cash handed back</source>
        <translation>النقد المُعاد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="56" />
        <source>Pay-ins</source>
        <translation>الإيداعات النقدية</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="57" />
        <source>Pay-outs</source>
        <translation>السحوبات النقدية</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="58" />
        <source>Expected in the drawer</source>
        <translation>المتوقع في الدرج</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="59" />
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="60" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="61" />
        <source>Still owed to customers (in the drawer)</source>
        <translation>ما زال مستحقًا للعملاء (في الدرج)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="62" />
        <source>Paid, not delivered yet (in the drawer)</source>
        <translation>مدفوع، لم يُسلَّم بعد (في الدرج)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="63" />
        <source>Provider balances</source>
        <translation>أرصدة المزوّدين</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="64" />
        <source>%1 at opening</source>
        <translation>%1 عند الفتح</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="65" />
        <source>%1 now</source>
        <translation>%1 الآن</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="66" />
        <source>not read</source>
        <translation>لم يُقرأ</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="67" />
        <source>%1 balance used</source>
        <translation>الرصيد المستخدم لدى %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="68" />
        <source>%1 charged less refunded</source>
        <translation>%1: المُحصَّل ناقص المسترد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="69" />
        <source>%1 difference</source>
        <translation>فرق %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="70" />
        <source>May explain it: %1 — %2</source>
        <translation>قد يفسّره: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="71" />
        <source>Other currencies (not added up)</source>
        <translation>عملات أخرى (غير مجمّعة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="72" />
        <source>TRAINING — NOT REAL MONEY</source>
        <translation>تدريب — ليست أموالًا حقيقية</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="73" />
        <source>REFUND</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="74" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="75" />
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="76" />
        <source>Sale</source>
        <translation>البيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="77" />
        <source>eSIM %1</source>
        <translation>eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="78" />
        <source>Paid back by %1</source>
        <translation>أُعيد عبر %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="79" />
        <source>Total paid back</source>
        <translation>إجمالي المبلغ المُعاد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="80" />
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="83" />
        <source>outcome not known yet</source>
        <translation>النتيجة غير معروفة بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="84" />
        <source>sent, no answer yet</source>
        <translation>أُرسل، ولا رد بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="85" />
        <source>pending at the provider</source>
        <translation>قيد الانتظار لدى المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="86" />
        <source>charge not known</source>
        <translation>المبلغ المحصّل غير معروف</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="87" />
        <source>refund not yet back on the balance</source>
        <translation>لم يعد الاسترداد إلى الرصيد بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="88" />
        <source>another currency</source>
        <translation>عملة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="89" />
        <source>owed</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_docs.py" line="90" />
        <source>not delivered</source>
        <translation>لم يُسلَّم</translation>
    </message>
</context>
<context>
    <name>TopupDialog</name>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="47" />
        <source>Top up an eSIM</source>
        <extracomment>The clerk chose a package and a quantity: (TopupPackage, int).</extracomment>
        <translation>شحن شريحة eSIM</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="52" />
        <source>Top up eSIM %1</source>
        <translation>شحن شريحة eSIM %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="62" />
        <source>Asking eSIMfly which top-ups this eSIM can take…</source>
        <translation>جارٍ سؤال eSIMfly عن باقات الشحن المتاحة لهذه الشريحة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="71" />
        <source>Top-ups for this eSIM</source>
        <translation>باقات الشحن لهذه الشريحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="73" />
        <source>Use the arrow keys to choose a top-up, then press Enter to take payment.</source>
        <translation>استخدم مفاتيح الأسهم لاختيار باقة شحن، ثم اضغط Enter لاستلام الدفع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Top-up</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Validity</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="76" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="93" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="95" />
        <source>How many times this top-up is added to the eSIM.</source>
        <translation>عدد مرات إضافة باقة الشحن هذه إلى الشريحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="98" />
        <source>&amp;Quantity</source>
        <translation>&amp;الكمية</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="110" />
        <source>Take payment…</source>
        <translation>استلام الدفع…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="113" />
        <source>Take payment for the chosen top-up</source>
        <translation>استلام الدفع مقابل باقة الشحن المختارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="116" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="145" />
        <source>no price: see the price list</source>
        <translation>بلا سعر: راجع قائمة الأسعار</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/topup_dialog.py" line="148" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="157" />
        <source>Choose a top-up, then take payment.</source>
        <translation>اختر باقة شحن، ثم استلم الدفع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="161" />
        <source>eSIMfly offers no top-up for this eSIM.</source>
        <translation>لا تقدّم eSIMfly أي باقة شحن لهذه الشريحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="175" />
        <source>Unlimited</source>
        <translation>غير محدودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_dialog.py" line="179" />
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
</context>
<context>
    <name>TopupFlow</name>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="110" />
        <source>The counter is still starting; try again in a moment.</source>
        <translation>البرنامج ما زال قيد التشغيل؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="130" />
        <source>Sold as: %1</source>
        <translation>بيعت باسم: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="171" />
        <source>Take payment for a top-up</source>
        <translation>استلام الدفع مقابل الشحن</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="175" />
        <source>Take payment, then top up eSIM %1?</source>
        <translation>استلام الدفع، ثم شحن شريحة eSIM %1؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="179" />
        <location filename="../../app/ui/topup_flow.py" line="180" />
        <source>Top up now</source>
        <translation>اشحن الآن</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="190" />
        <source>Topping up the eSIM…</source>
        <translation>جارٍ شحن الشريحة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="210" />
        <source>Not topped up. %1</source>
        <translation>لم يتم الشحن. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="218" />
        <source>Outcome unknown: do not top up this eSIM again until the sale is checked. It is in the list of sales that need attention.</source>
        <translation>النتيجة غير معروفة: لا تشحن هذه الشريحة مرة أخرى حتى يُتحقق من البيع. إنه في قائمة المبيعات التي تحتاج إلى انتباه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="235" />
        <source>Topped up: %1 added to eSIM %2 (%3 paid).</source>
        <translation>تم الشحن: أُضيف %1 إلى شريحة eSIM %2 (المدفوع %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="244" />
        <source>Top-up</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <location filename="../../app/ui/topup_flow.py" line="250" />
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>Waits</name>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="162" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="165" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <location filename="../../app/ui/lookup_text.py" line="94" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>يتبقى %n يوم</numerusform>
            <numerusform>يتبقى %n يوم</numerusform>
            <numerusform>يتبقى %n يوم</numerusform>
            <numerusform>يتبقى %n أيام</numerusform>
            <numerusform>يتبقى %n يومًا</numerusform>
            <numerusform>يتبقى %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/lookup_text.py" line="97" />
        <source>less than a day left</source>
        <translation>يتبقى أقل من يوم</translation>
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
        <translation>إغلاق الوردية %1 (Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="36" />
        <source>Count the cash in the drawer and type what you counted.</source>
        <translation>عُدّ النقد في الدرج واكتب ما عددته.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="38" />
        <source>&amp;Counted cash</source>
        <translation>النقد ال&amp;معدود</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="50" />
        <location filename="../../app/ui/z_close.py" line="54" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="52" />
        <source>Expected in the drawer</source>
        <translation>المتوقع في الدرج</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="53" />
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="59" />
        <source>The Z report gets the next number and can never be changed afterwards.</source>
        <translation>يحصل تقرير Z على الرقم التالي ولا يمكن تغييره بعد ذلك أبدًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="65" />
        <source>Close shift</source>
        <translation>إغلاق الوردية</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="67" />
        <source>Close shift and write the Z report</source>
        <translation>إغلاق الوردية وكتابة تقرير Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="70" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="94" />
        <source>%1 short</source>
        <translation>عجز %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="97" />
        <source>%1 over</source>
        <translation>زيادة %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="100" />
        <source>None: the drawer is right</source>
        <translation>لا فرق: الدرج مضبوط</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="110" />
        <source>Type the cash you counted, e.g. 250, or 0.</source>
        <translation>اكتب النقد الذي عددته، مثل 250، أو 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/z_close.py" line="113" />
        <source>Closing the shift…</source>
        <translation>جارٍ إغلاق الوردية…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="29" />
        <source>Something unexpected went wrong. Sales already recorded are safe.

If it happens again, send this file to support: %1</source>
        <translation>حدث خطأ غير متوقع. المبيعات المسجّلة آمنة.

إذا تكرر ذلك، أرسل هذا الملف إلى الدعم: %1</translation>
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
        <translation>طباعة الإيصال</translation>
    </message>
</context>
<context>
    <name>manager</name>
    <message>
        <location filename="../../app/ui/price_list_dialog.py" line="260" />
        <source>The price list is for the owner.</source>
        <translation>قائمة الأسعار لصاحب المتجر فقط.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="54" />
        <source>The provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>حدث خطأ ما. كُتبت التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Balance too low: %1 more needed.</source>
        <translation>الرصيد غير كافٍ: يلزم %1 إضافية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Balance too low at %1 for this sale.</source>
        <translation>رصيد %1 غير كافٍ لهذه العملية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97" />
        <source>%1 says this computer's clock is wrong. Correct the clock.</source>
        <translation>يشير %1 إلى أن ساعة هذا الحاسوب غير صحيحة. صحّح الساعة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>%1 Ask the shop owner to check the account in Settings.</source>
        <translation>%1 اطلب من صاحب المتجر مراجعة الحساب في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112" />
        <source>Too many requests to %1. Selling resumes in %2.</source>
        <translation>طلبات كثيرة جدًا إلى %1. يُستأنف البيع بعد %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118" />
        <source>Too many requests to %1. Wait a moment, then try again.</source>
        <translation>طلبات كثيرة جدًا إلى %1. انتظر قليلًا ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>No clear answer from %1: the outcome is unknown. Do not sell again until this sale is checked.</source>
        <translation>لا يوجد رد واضح من %1: النتيجة غير معروفة. لا تبع مرة أخرى حتى يتم التحقق من هذه العملية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>This plan is no longer available. Pick another plan.</source>
        <translation>هذه الباقة لم تعد متاحة. اختر باقة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>The price of this plan has changed. Reload the plans and check the price.</source>
        <translation>تغيّر سعر هذه الباقة. أعد تحميل الباقات وتحقق من السعر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136" />
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>لم يرد %1 في الوقت المحدد. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140" />
        <source>Cannot reach %1. Check the internet connection, then try again.</source>
        <translation>تعذّر الوصول إلى %1. تحقق من الاتصال بالإنترنت ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144" />
        <source>%1 sent an answer the counter cannot read.</source>
        <translation>أرسل %1 ردًا لا يستطيع البرنامج قراءته.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149" />
        <source>This is a training sale; it is checked when the counter sells in training mode again.</source>
        <translation>هذا بيع تدريبي؛ سيُتحقق منه عندما يعود البرنامج إلى البيع في وضع التدريب.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>This is a real sale; it is checked when the counter sells for real again.</source>
        <translation>هذا بيع حقيقي؛ سيُتحقق منه عندما يعود البرنامج إلى البيع الحقيقي.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159" />
        <source>This counter has no %1 account switched on. Switch it on in Settings to check this sale.</source>
        <translation>لا يوجد في هذا البرنامج حساب %1 مفعّل. فعّله في الإعدادات للتحقق من هذا البيع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165" />
        <source>This sale is too old to send again safely; check it with %1.</source>
        <translation>هذا البيع أقدم من أن يُرسل مجددًا بأمان؛ تحقق منه لدى %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169" />
        <source>An earlier sale of this plan is not checked yet and %1 did not answer. Nothing was sold; check the earlier sale first (Check now), then sell again.</source>
        <translation>لم يُتحقق بعد من بيع سابق لهذه الباقة ولم يُجب %1. لم يُبع شيء؛ تحقق من البيع السابق أولًا (تحقق الآن)، ثم بِع مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>%1 has no order for this sale (yet). It is checked again shortly.</source>
        <translation>لا يوجد لدى %1 طلب لهذا البيع (حتى الآن). سيُتحقق منه مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>%1 refused the order: %2</source>
        <translation>رفض %1 الطلب: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201" />
        <source>Only eSIMfly eSIMs can be topped up here. Sell the traveller a new eSIM.</source>
        <translation>لا يمكن هنا شحن إلا شرائح eSIM من eSIMfly. بِع للمسافر شريحة eSIM جديدة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="205" />
        <source>This eSIM cannot be topped up: its plan does not allow it. Sell the traveller a new eSIM instead.</source>
        <translation>لا يمكن شحن هذه الشريحة: باقتها لا تسمح بذلك. بِع للمسافر شريحة eSIM جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213" />
        <source>This eSIM is not installed yet, so it cannot be topped up. Install it first; it still has all its data.</source>
        <translation>هذه الشريحة لم تُثبَّت بعد، لذلك لا يمكن شحنها. ثبّتها أولًا؛ فما زالت كل بياناتها متاحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219" />
        <source>This eSIM has expired, so it cannot be topped up. Sell the traveller a new eSIM.</source>
        <translation>انتهت صلاحية هذه الشريحة، لذلك لا يمكن شحنها. بِع للمسافر شريحة eSIM جديدة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223" />
        <source>This eSIM cannot be topped up in its present state (%1).</source>
        <translation>لا يمكن شحن هذه الشريحة في حالتها الحالية (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227" />
        <source>This top-up is no longer offered for this eSIM. Choose another.</source>
        <translation>لم تعد باقة الشحن هذه متاحة لهذه الشريحة. اختر باقة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231" />
        <source>eSIMfly has no eSIM with this ICCID on the shop's account. Check the number.</source>
        <translation>لا توجد لدى eSIMfly شريحة eSIM بهذا الرقم ICCID في حساب المتجر. تحقّق من الرقم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241" />
        <source>The eSIM is already installed on the traveller's phone, so %1 will not refund it. Nothing was refunded.</source>
        <translation>شريحة eSIM مثبتة بالفعل على هاتف المسافر، لذلك لن تستردها %1. لم يُسترد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247" />
        <source>This eSIM has already been refunded, or its refund is still being checked. It is not refunded twice.</source>
        <translation>تم استرداد شريحة eSIM هذه بالفعل، أو ما زال استردادها قيد التحقق. لا تُسترد مرتين.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="253" />
        <source>Only a delivered eSIM can be refunded. Nothing was refunded.</source>
        <translation>لا يمكن استرداد إلا شريحة eSIM تم تسليمها. لم يُسترد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257" />
        <source>%1 cannot cancel an eSIM. Record the refund as the shop's own loss, or as claimed from %1 with a note for the owner.</source>
        <translation>لا تستطيع %1 إلغاء شريحة eSIM. سجّل الاسترداد كخسارة على المتجر، أو كمطالبة من %1 مع ملاحظة لصاحب المتجر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="270" />
        <source>The receipt printer is out of paper. Put in a new roll, then print the receipt again from History.</source>
        <translation>نفد الورق من طابعة الإيصالات. ضع لفة جديدة، ثم أعد طباعة الإيصال من السجل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="276" />
        <source>The receipt printer (%1) cannot be reached. Check that it is switched on and connected, then print the receipt again from History.</source>
        <translation>تعذّر الوصول إلى طابعة الإيصالات (%1). تأكد من أنها مشغّلة ومتصلة، ثم أعد طباعة الإيصال من السجل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282" />
        <source>The receipt printer is not set up correctly. Ask the shop owner to check Settings → Receipts.</source>
        <translation>طابعة الإيصالات غير مضبوطة بشكل صحيح. اطلب من صاحب المتجر مراجعة الإعدادات ← الإيصالات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288" />
        <source>The receipt could not be saved in %1. Ask the shop owner to choose another folder in Settings → Receipts.</source>
        <translation>تعذّر حفظ الإيصال في %1. اطلب من صاحب المتجر اختيار مجلد آخر في الإعدادات ← الإيصالات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="293" />
        <source>The receipt could not be printed. The sale is not affected; print the receipt again from History.</source>
        <translation>تعذّرت طباعة الإيصال. عملية البيع لم تتأثر؛ أعد طباعة الإيصال من السجل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="327" />
        <source>That name and PIN do not match a clerk. Check both and try again.</source>
        <translation>هذا الاسم والرقم السري لا يطابقان أي موظف. تحقق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="331" />
        <source>%1 can no longer sign in at this counter. Ask the shop owner.</source>
        <translation>لم يعد بإمكان %1 تسجيل الدخول على هذا الجهاز. اسأل صاحب المتجر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="350" />
        <source>%1 Check the address and both keys in the provider's account page.</source>
        <translation>%1 راجع العنوان والمفتاحين في صفحة حساب المزوّد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="358" />
        <source>REAL — not connected: %1</source>
        <translation>حقيقي — غير متصل: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364" />
        <source>Waiting for the chain's database to check which orders other counters already claimed; this sale is checked again when the database answers. Do not sell it again.</source>
        <translation>بانتظار قاعدة بيانات السلسلة للتحقق من الطلبات التي حجزتها نقاط البيع الأخرى؛ سيُتحقق من هذا البيع مجددًا عندما ترد قاعدة البيانات. لا تبعه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="371" />
        <source>An earlier sale of this plan on counter %1 is not checked yet; this sale is checked again after it. Do not sell it again.</source>
        <translation>لم يُتحقق بعد من بيع سابق لهذه الباقة في نقطة البيع %1؛ سيُتحقق من هذا البيع مجددًا بعده. لا تبعه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="377" />
        <source>Waiting for counter %1 to send its latest sales to the chain before this sale's order is confirmed; it is checked again in a moment. Do not sell it again.</source>
        <translation>بانتظار أن ترسل نقطة البيع %1 آخر مبيعاتها إلى السلسلة قبل تأكيد طلب هذا البيع؛ سيُتحقق منه مرة أخرى بعد لحظة. لا تبعه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383" />
        <source>The order found for this sale was claimed by another counter's sale at the same moment; this sale is checked again. Do not sell it again.</source>
        <translation>الطلب الذي وُجد لهذا البيع حجزته عملية بيع في نقطة بيع أخرى في اللحظة نفسها؛ سيُتحقق من هذا البيع مجددًا. لا تبعه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="388" />
        <source>This sale is checked again shortly. Do not sell it again.</source>
        <translation>سيُتحقق من هذا البيع مجددًا بعد قليل. لا تبعه مرة أخرى.</translation>
    </message>
</context>
</TS>