<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <source>%n account(s) chosen.</source>
        <translation>
            <numerusform>%n account chosen.</numerusform>
            <numerusform>%n accounts chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>If you do the %n step(s) you ticked, your score would be %1 of 100 (%2).</source>
        <translation>
            <numerusform>If you do the step you ticked, your score would be %1 of 100 (%2).</numerusform>
            <numerusform>If you do the %n steps you ticked, your score would be %1 of 100 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadImport</name>
    <message numerus="yes">
        <source>%n answer(s) filled from your data download.</source>
        <translation>
            <numerusform>%n answer filled from your data download.</numerusform>
            <numerusform>%n answers filled from your data download.</numerusform>
        </translation>
    </message>
</context>
</TS>
