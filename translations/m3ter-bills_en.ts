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
</context>
</TS>
