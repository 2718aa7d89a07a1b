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
        <name>DownloadImport</name>
        <message numerus="yes">
            <source>%n answer(s) filled from your data download.</source>
            <translation>
                <numerusform>%n answer filled from your data download.</numerusform>
                <numerusform>%n answers filled from your data download.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message numerus="yes">
            <source>If you do the %n step(s) you ticked, your score would be %1 of 100.</source>
            <translation>
                <numerusform>If you do the step you ticked, your score would be %1 of 100.</numerusform>
                <numerusform>If you do the %n steps you ticked, your score would be %1 of 100.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>If you do the %n step(s) you ticked, your score would be %1 of 100 (%2).</source>
            <translation>
                <numerusform>If you do the step you ticked, your score would be %1 of 100 (%2).</numerusform>
                <numerusform>If you do the %n steps you ticked, your score would be %1 of 100 (%2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first three steps take your score from %1 to %2. All %n step(s) take it to %3.</source>
            <translation>
                <numerusform>The first three steps take your score from %1 to %2. The one step takes it to %3.</numerusform>
                <numerusform>The first three steps take your score from %1 to %2. All %n steps take it to %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of your things</source>
            <translation>
                <numerusform>%n of your things</numerusform>
                <numerusform>%n of your things</numerusform>
            </translation>
        </message>
    </context>
</TS>
