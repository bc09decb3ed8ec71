<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="154"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="182"/>
        <source>Changed elsewhere; your unsaved edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="198"/>
        <source>This account has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="200"/>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="221"/>
        <location filename="../../ui/editors/account_editor.py" line="274"/>
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="239"/>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="252"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="262"/>
        <source>Saved. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="277"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="291"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="292"/>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="332"/>
        <location filename="../../ui/editors/account_editor.py" line="349"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="351"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="352"/>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="353"/>
        <source>Activities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="357"/>
        <source>Save the new account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="358"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="188"/>
        <source>All channel types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="189"/>
        <source>All cooperation modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="190"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="191"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="192"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="197"/>
        <source>Channel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="198"/>
        <source>Cooperation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="199"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="200"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="201"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="202"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="203"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="209"/>
        <source>Key accounts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="210"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="216"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="217"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountOpener</name>
    <message>
        <location filename="../../ui/pages/account_opener.py" line="29"/>
        <source>Account editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_opener.py" line="30"/>
        <source>The account editor is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="110"/>
        <source>Name</source>
        <extracomment>Account id of each row in sort order (the proxy&apos;s filter reads it per row).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="111"/>
        <source>Channel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="112"/>
        <source>Cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="113"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="114"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="115"/>
        <source>Province / city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="116"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="117"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="118"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="119"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="120"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="121"/>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="290"/>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="147"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="236"/>
        <source>The accounts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="341"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="342"/>
        <source>Loading accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="344"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/accounts_page.py" line="347"/>
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform>
            <numerusform>%1 of %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/accounts_page.py" line="350"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="354"/>
        <source>No accounts yet. Click “New account” to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="358"/>
        <source>No account matches the search and filters. Try fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="394"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="395"/>
        <source>Add an account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="397"/>
        <source>Search names, contacts, phones, WeChat — Chinese or pinyin (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="112"/>
        <source>Mark next step done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="112"/>
        <source>Reopen next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="133"/>
        <source>Reopen next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="133"/>
        <source>Mark next step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="138"/>
        <source>Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="61"/>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="62"/>
        <source>Activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/editors/field_widgets.py" line="193"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="29"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="30"/>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="59"/>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/editors/date_fields.py" line="92"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="96"/>
        <source>e.g. 0571-8888 6666 or 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="97"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="98"/>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="99"/>
        <source>other tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="19"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="20"/>
        <location filename="../../ui/editors/texts.py" line="51"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="21"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="22"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="25"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="26"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="27"/>
        <source>Channel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="28"/>
        <source>Cooperation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="29"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="30"/>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="31"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="32"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="33"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="34"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="35"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="36"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="37"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="38"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="39"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="40"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="41"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="42"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="43"/>
        <source>Owner rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="44"/>
        <source>Credit rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="45"/>
        <source>Credit limit (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="46"/>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="47"/>
        <source>Purchase potential (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="48"/>
        <source>Share of customer (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="49"/>
        <source>Annual sales target (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="50"/>
        <source>Contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="52"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="53"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="54"/>
        <source>Org level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="55"/>
        <source>Guide / insider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="56"/>
        <source>Political style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="57"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="58"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="59"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="60"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="61"/>
        <source>Customer action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="62"/>
        <source>Action date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="63"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="64"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="65"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="56"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/follow_up_table_model.py" line="57"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="81"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="73"/>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="74"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="75"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="76"/>
        <source>Credit and potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="77"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="78"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="79"/>
        <source>How to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="80"/>
        <source>Standing with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="81"/>
        <source>The call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="82"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="83"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="140"/>
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln change waiting to sync</numerusform>
            <numerusform>%Ln changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>About RepDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>RepDesk — a workstation for channel and key-account sales reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>RepDesk — Channel sales workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Print account plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;About RepDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="91"/>
        <source>Today</source>
        <extracomment>Emitted when data the page asked for is on screen (pages call :meth:`loaded`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="92"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="93"/>
        <source>Key-account tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="94"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="95"/>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="96"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="97"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="101"/>
        <source>%1 — coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentActivityTableModel</name>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="30"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="31"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="32"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="33"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="34"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="63"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <location filename="../../ui/commands.py" line="64"/>
        <source>Add account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="65"/>
        <source>Edit account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="66"/>
        <source>Delete account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="67"/>
        <source>Add contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="68"/>
        <source>Edit contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="69"/>
        <source>Delete contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="70"/>
        <source>Log activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="71"/>
        <source>Edit activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="72"/>
        <source>Delete activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="77"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="78"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="79"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/editors/record_dialog.py" line="90"/>
        <location filename="../../ui/editors/record_dialog.py" line="123"/>
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/record_dialog.py" line="125"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <location filename="../../ui/editors/record_list.py" line="244"/>
        <source>Edit…</source>
        <extracomment>Column sorted on first show, and whether newest/largest first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/record_list.py" line="245"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today_page.py" line="123"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="151"/>
        <source>Today&apos;s list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="173"/>
        <source>Today — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="174"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="176"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="182"/>
        <source>Follow-ups: %1 overdue, %2 due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="187"/>
        <source> — the %1 most recent are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="191"/>
        <source>No follow-ups due — well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="193"/>
        <source>No activities logged yet. Calls and visits you log appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="195"/>
        <source>Recent activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
