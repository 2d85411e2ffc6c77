<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChainReportsWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="284"/>
        <source>%n sale(s) on this day; %1.</source>
        <translation>
            <numerusform>%n sale on this day; %1.</numerusform>
            <numerusform>%n sales on this day; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chain_reports.py" line="372"/>
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n sale exported.</numerusform>
            <numerusform>%n sales exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>This computer&apos;s clock is %n minute(s) ahead. Correct the clock.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead. Correct the clock.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead. Correct the clock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="68"/>
        <source>This computer&apos;s clock is %n minute(s) behind. Correct the clock.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind. Correct the clock.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind. Correct the clock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmSaleDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/confirm_dialog.py" line="81"/>
        <source>Take payment, then sell these %n eSIMs?</source>
        <translation>
            <numerusform>Take payment, then sell this eSIM?</numerusform>
            <numerusform>Take payment, then sell these %n eSIMs?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="196"/>
        <source>%n sale(s) of the other mode (training or real) are not counted.</source>
        <translation>
            <numerusform>%n sale of the other mode (training or real) is not counted.</numerusform>
            <numerusform>%n sales of the other mode (training or real) are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="206"/>
        <source>%n refund(s) in %1: %2, already taken off the payment methods and the drawer.</source>
        <translation>
            <numerusform>%n refund in %1: %2, already taken off the payment methods and the drawer.</numerusform>
            <numerusform>%n refunds in %1: %2, already taken off the payment methods and the drawer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_report.py" line="244"/>
        <source>(after %n refund(s): %1 paid back)</source>
        <translation>
            <numerusform>(after %n refund: %1 paid back)</numerusform>
            <numerusform>(after %n refunds: %1 paid back)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/history.py" line="476"/>
        <source>%n sale(s) exported.</source>
        <translation>
            <numerusform>%n sale exported.</numerusform>
            <numerusform>%n sales exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/history_model.py" line="273"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="621"/>
        <source>%n earlier sale(s) need attention: see the list below.</source>
        <translation>
            <numerusform>%n earlier sale needs attention: see the list below.</numerusform>
            <numerusform>%n earlier sales need attention: see the list below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneCheckDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/phone_check.py" line="187"/>
        <source>%n phone(s) listed.</source>
        <translation>
            <numerusform>%n phone listed.</numerusform>
            <numerusform>%n phones listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneListRow</name>
    <message numerus="yes">
        <location filename="../../app/ui/phone_list_update.py" line="100"/>
        <source>Phone list updated: %n phone(s). The next check uses it.</source>
        <translation>
            <numerusform>Phone list updated: %n phone. The next check uses it.</numerusform>
            <numerusform>Phone list updated: %n phones. The next check uses it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="23"/>
        <source>%n call minute(s)</source>
        <translation>
            <numerusform>%n call minute</numerusform>
            <numerusform>%n call minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="26"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_details_text.py" line="29"/>
        <source>Networks in %n countries (hover to see them)</source>
        <translation>
            <numerusform>Networks in %n country (hover to see them)</numerusform>
            <numerusform>Networks in %n countries (hover to see them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/plans_model.py" line="136"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPane</name>
    <message numerus="yes">
        <location filename="../../app/ui/plans_pane.py" line="79"/>
        <source>%n+ day(s)</source>
        <translation>
            <numerusform>%n+ day</numerusform>
            <numerusform>%n+ days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message numerus="yes">
        <location filename="../../app/ui/refund_flow.py" line="172"/>
        <source>Not installed. %1 cancels every eSIM of this sale that is not installed together: these %n eSIMs are refunded together.</source>
        <translation>
            <numerusform>Not installed. %1 cancels every eSIM of this sale that is not installed together: this %n eSIM is refunded.</numerusform>
            <numerusform>Not installed. %1 cancels every eSIM of this sale that is not installed together: these %n eSIMs are refunded together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="133"/>
        <source>Chain: %n row(s) waiting</source>
        <translation>
            <numerusform>Chain: %n row waiting</numerusform>
            <numerusform>Chain: %n rows waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_indicator.py" line="135"/>
        <source>Offline — selling on; %n row(s) waiting</source>
        <translation>
            <numerusform>Offline — selling on; %n row waiting</numerusform>
            <numerusform>Offline — selling on; %n rows waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopupDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/topup_dialog.py" line="148"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waits</name>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="162"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/secret_messages.py" line="165"/>
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
        <location filename="../../app/ui/lookup_text.py" line="94"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
