<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>m3ter::BillDetailPane</name>
    <message numerus="yes">
        <source>%n line item(s)</source>
        <translation>
            <numerusform>%n line item</numerusform>
            <numerusform>%n line items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line item(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n line item to “%1”.</numerusform>
            <numerusform>Exported %n line items to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::BillFilter</name>
    <message numerus="yes">
        <source>%n selected bill(s)</source>
        <translation>
            <numerusform>%n selected bill</numerusform>
            <numerusform>%n selected bills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::ChangesPanel</name>
    <message numerus="yes">
        <source>%Ln change(s) since you last looked.</source>
        <translation>
            <numerusform>%Ln change since you last looked.</numerusform>
            <numerusform>%Ln changes since you last looked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since you last looked, %1 shown.</source>
        <extracomment>Changes panel: how many changes there are, and how many the filters leave.</extracomment>
        <translation>
            <numerusform>%Ln change since you last looked, %1 shown.</numerusform>
            <numerusform>%Ln changes since you last looked, %1 shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::CurrencySumsButton</name>
    <message numerus="yes">
        <source>%Ln currencies…</source>
        <extracomment>Status bar, when no sum fits: how many per-currency sums the button&apos;s menu lists.</extracomment>
        <translation>
            <numerusform>%Ln currency…</numerusform>
            <numerusform>%Ln currencies…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more…</source>
        <extracomment>Status bar, after the sums that fit: how many more currencies the button&apos;s menu lists.</extracomment>
        <translation>
            <numerusform>+%Ln more…</numerusform>
            <numerusform>+%Ln more…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::GenerateStatementsDialog</name>
    <message numerus="yes">
        <source>Generate statements for %Ln bill(s)?</source>
        <translation>
            <numerusform>Generate a statement for %Ln bill?</numerusform>
            <numerusform>Generate statements for %Ln bills?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these bills already have a statement, which will be replaced. To save the existing statements without regenerating them, use Download existing statements instead.</source>
        <translation>
            <numerusform>%Ln of these bills already has a statement, which will be replaced. To save the existing statement without regenerating it, use Download existing statements instead.</numerusform>
            <numerusform>%Ln of these bills already have a statement, which will be replaced. To save the existing statements without regenerating them, use Download existing statements instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <extracomment>JSON viewer: an object&apos;s summary, e.g. &quot;{5 fields}&quot;.</extracomment>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <extracomment>JSON viewer: an array&apos;s summary, e.g. &quot;[3 items]&quot;.</extracomment>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::MainWindow</name>
    <message numerus="yes">
        <source>%Ln bill(s) loaded (more available)</source>
        <translation>
            <numerusform>%Ln bill loaded (more available)</numerusform>
            <numerusform>%Ln bills loaded (more available)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln bill(s) loaded</source>
        <translation>
            <numerusform>All %Ln bill loaded</numerusform>
            <numerusform>All %Ln bills loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s) loaded</source>
        <translation>
            <numerusform>%Ln bill loaded</numerusform>
            <numerusform>%Ln bills loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected: %1</source>
        <extracomment>Status bar: number of selected bills and their sums per currency.</extracomment>
        <translation>
            <numerusform>%Ln selected: %1</numerusform>
            <numerusform>%Ln selected: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting by “%1” needs every matching bill, but only %Ln are loaded so far.</source>
        <translation>
            <numerusform>Sorting by “%1” needs every matching bill, but only %Ln are loaded so far.</numerusform>
            <numerusform>Sorting by “%1” needs every matching bill, but only %Ln are loaded so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s) are still being generated or downloaded.</source>
        <translation>
            <numerusform>%Ln statement is still being generated or downloaded.</numerusform>
            <numerusform>%Ln statements are still being generated or downloaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored bill(s), %1</source>
        <extracomment>Status bar: bills shown from the copy kept on this computer; %1: &quot;as of &lt;time&gt;&quot;.</extracomment>
        <translation>
            <numerusform>%Ln stored bill, %1</numerusform>
            <numerusform>%Ln stored bills, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since you last looked</source>
        <extracomment>Status bar after a refresh found differences with what was stored.</extracomment>
        <translation>
            <numerusform>%Ln change since you last looked</numerusform>
            <numerusform>%Ln changes since you last looked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line item change(s) in this bill</source>
        <extracomment>Status bar: a bill opened again has line items that changed since it was last opened.</extracomment>
        <translation>
            <numerusform>%Ln line item change in this bill</numerusform>
            <numerusform>%Ln line item changes in this bill</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln bill(s) match the search</source>
        <extracomment>Status bar while a search is typed: %1 bills shown of the %Ln loaded or stored.</extracomment>
        <translation>
            <numerusform>%1 of %Ln bill matches the search</numerusform>
            <numerusform>%1 of %Ln bills match the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s), refreshing…</source>
        <extracomment>Status bar while Refresh reads the list again over the bills shown, which it updates in place.</extracomment>
        <translation>
            <numerusform>%Ln bill, refreshing…</numerusform>
            <numerusform>%Ln bills, refreshing…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::SelfTest</name>
    <message numerus="yes">
        <source>Bill list: %n bill(s) on the first page (%1); totals %2.</source>
        <translation>
            <numerusform>Bill list: %n bill on the first page (%1); totals %2.</numerusform>
            <numerusform>Bill list: %n bills on the first page (%1); totals %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bill detail: %1 (account %2), %n line item(s), total %3.</source>
        <translation>
            <numerusform>Bill detail: %1 (account %2), %n line item, total %3.</numerusform>
            <numerusform>Bill detail: %1 (account %2), %n line items, total %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::StatementActions</name>
    <message numerus="yes">
        <source>Generating %Ln statement(s)…</source>
        <translation>
            <numerusform>Generating %Ln statement…</numerusform>
            <numerusform>Generating %Ln statements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln existing statement(s)…</source>
        <translation>
            <numerusform>Downloading %Ln existing statement…</numerusform>
            <numerusform>Downloading %Ln existing statements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s) downloaded</source>
        <translation>
            <numerusform>%Ln statement downloaded</numerusform>
            <numerusform>%Ln statements downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not (see the statements panel)</source>
        <extracomment>Appended to &quot;N statements downloaded&quot;.</extracomment>
        <translation>
            <numerusform>, %Ln not (see the statements panel)</numerusform>
            <numerusform>, %Ln not (see the statements panel)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::StatementBatchSubmitter</name>
    <message numerus="yes">
        <source>The statement job could not be created after %n attempt(s).</source>
        <translation>
            <numerusform>The statement job could not be created after %n attempt.</numerusform>
            <numerusform>The statement job could not be created after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::StatementPanel</name>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <translation>
            <numerusform>%Ln in progress</numerusform>
            <numerusform>%Ln in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded</source>
        <translation>
            <numerusform>%Ln downloaded</numerusform>
            <numerusform>%Ln downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueue</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
