<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>Live</name>
    <message numerus="yes">
        <location filename="../../erbij_desktop/ui/live/texts.py" line="61"/>
        <source>%n min achter op schema</source>
        <translation>
            <numerusform>%n min achter op schema</numerusform>
            <numerusform>%n min achter op schema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../erbij_desktop/ui/live/texts.py" line="62"/>
        <source>%n min voor op schema</source>
        <translation>
            <numerusform>%n min voor op schema</numerusform>
            <numerusform>%n min voor op schema</numerusform>
        </translation>
    </message>
</context>
</TS>
