<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="154"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="182"/>
        <source>Changed elsewhere; your unsaved edits are kept.</source>
        <translation>此客户已在别处修改；你未保存的编辑仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="198"/>
        <source>This account has been deleted.</source>
        <translation>此客户已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="200"/>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="221"/>
        <location filename="../../ui/editors/account_editor.py" line="274"/>
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="239"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="252"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="262"/>
        <source>Saved. Ctrl+Z undoes it.</source>
        <translation>已保存。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="277"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="291"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="292"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>关闭前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="332"/>
        <location filename="../../ui/editors/account_editor.py" line="349"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="351"/>
        <source>Account</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="352"/>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="353"/>
        <source>Activities (%1)</source>
        <translation>活动记录（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="357"/>
        <source>Save the new account first.</source>
        <translation>请先保存新客户。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="358"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="188"/>
        <source>All channel types</source>
        <translation>全部渠道类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="189"/>
        <source>All cooperation modes</source>
        <translation>全部合作模式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="190"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="191"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="192"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="197"/>
        <source>Channel type</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="198"/>
        <source>Cooperation mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="199"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="200"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="201"/>
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="202"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="203"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="209"/>
        <source>Key accounts only</source>
        <translation>仅看大客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="210"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="216"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="217"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
</context>
<context>
    <name>AccountOpener</name>
    <message>
        <location filename="../../ui/pages/account_opener.py" line="29"/>
        <source>Account editor</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_opener.py" line="30"/>
        <source>The account editor is not available in this version yet.</source>
        <translation>此版本尚未提供客户资料编辑。</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="110"/>
        <source>Name</source>
        <extracomment>Account id of each row in sort order (the proxy&apos;s filter reads it per row).</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="111"/>
        <source>Channel type</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="112"/>
        <source>Cooperation</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="113"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="114"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="115"/>
        <source>Province / city</source>
        <translation>省 / 市</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="116"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="117"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="118"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="119"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="120"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="121"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="290"/>
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="147"/>
        <source>Accounts</source>
        <translation>渠道客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="236"/>
        <source>The accounts could not be loaded: %1</source>
        <translation>无法加载客户列表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="341"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="342"/>
        <source>Loading accounts…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="344"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/accounts_page.py" line="347"/>
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 / %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/accounts_page.py" line="350"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>共 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="354"/>
        <source>No accounts yet. Click “New account” to add the first one.</source>
        <translation>还没有客户。点击“新建客户”添加第一个。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="358"/>
        <source>No account matches the search and filters. Try fewer words.</source>
        <translation>没有符合搜索和筛选条件的客户。试试减少关键词。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="394"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="395"/>
        <source>Add an account (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="397"/>
        <source>Search names, contacts, phones, WeChat — Chinese or pinyin (Ctrl+F)</source>
        <translation>搜索名称、联系人、电话、微信，支持中文或拼音（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="112"/>
        <source>Mark next step done: %1</source>
        <translation>标记下一步已完成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="112"/>
        <source>Reopen next step: %1</source>
        <translation>重新打开下一步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="133"/>
        <source>Reopen next step</source>
        <translation>重新打开下一步</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="133"/>
        <source>Mark next step done</source>
        <translation>标记下一步已完成</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="138"/>
        <source>Log activity…</source>
        <translation>记录活动…</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="61"/>
        <source>Log activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="62"/>
        <source>Activity: %1</source>
        <translation>活动：%1</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/editors/field_widgets.py" line="193"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="29"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="30"/>
        <source>Contact %1</source>
        <translation>联系人：%1</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="59"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/editors/date_fields.py" line="92"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="96"/>
        <source>e.g. 0571-8888 6666 or 138 0013 8000</source>
        <translation>如 0571-8888 6666 或 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="97"/>
        <source>name@example.com</source>
        <translation>如 name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="98"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="99"/>
        <source>other tags, separated by commas</source>
        <translation>其他标签，用逗号分隔</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="19"/>
        <source>Account name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="20"/>
        <location filename="../../ui/editors/texts.py" line="51"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="21"/>
        <source>What happened</source>
        <translation>详细经过</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="22"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="26"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="27"/>
        <source>Channel type</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="28"/>
        <source>Cooperation mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="29"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="30"/>
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="31"/>
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="32"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="33"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="34"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="35"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="36"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="37"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="38"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="39"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="40"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="41"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="42"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="43"/>
        <source>Owner rep</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="44"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="45"/>
        <source>Credit limit (¥)</source>
        <translation>信用额度（元）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="46"/>
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="47"/>
        <source>Purchase potential (¥)</source>
        <translation>采购潜力（元）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="48"/>
        <source>Share of customer (%)</source>
        <translation>客户份额（%）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="49"/>
        <source>Annual sales target (¥)</source>
        <translation>年度销售目标（元）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="50"/>
        <source>Contract ends</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="52"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="53"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="54"/>
        <source>Org level</source>
        <translation>组织层级</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="55"/>
        <source>Guide / insider</source>
        <translation>向导 / 内线</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="56"/>
        <source>Political style</source>
        <translation>谈判风格</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="57"/>
        <source>Date and time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="58"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="59"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="60"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="61"/>
        <source>Customer action</source>
        <translation>客户行动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="62"/>
        <source>Action date</source>
        <translation>行动日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="63"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="64"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="65"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="56"/>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/follow_up_table_model.py" line="57"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="81"/>
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="73"/>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="74"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="75"/>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="76"/>
        <source>Credit and potential</source>
        <translation>信用与潜力</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="77"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="78"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="79"/>
        <source>How to reach</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="80"/>
        <source>Standing with us</source>
        <translation>与我方关系</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="81"/>
        <source>The call</source>
        <translation>本次沟通</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="82"/>
        <source>Result</source>
        <translation>结果与经过</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="83"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="140"/>
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln 项更改待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>About RepDesk</source>
        <translation>关于 RepDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>RepDesk — a workstation for channel and key-account sales reps.</source>
        <translation>RepDesk 渠道销售工作台：专为渠道与大客户销售代表打造。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>RepDesk — Channel sales workstation</source>
        <translation>RepDesk — 渠道销售工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Print account plan…</source>
        <translation>打印客户计划(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;About RepDesk</source>
        <translation>关于 RepDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="91"/>
        <source>Today</source>
        <extracomment>Emitted when data the page asked for is on screen (pages call :meth:`loaded`).</extracomment>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="92"/>
        <source>Accounts</source>
        <translation>渠道客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="93"/>
        <source>Key-account tracker</source>
        <translation>大客户跟踪表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="94"/>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="95"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="96"/>
        <source>Profiles</source>
        <translation>人物画像</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="97"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="101"/>
        <source>%1 — coming in a later version.</source>
        <translation>%1：将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>RecentActivityTableModel</name>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="30"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="31"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="32"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="33"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="34"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="63"/>
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <location filename="../../ui/commands.py" line="64"/>
        <source>Add account %1</source>
        <translation>添加客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="65"/>
        <source>Edit account %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="66"/>
        <source>Delete account %1</source>
        <translation>删除客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="67"/>
        <source>Add contact %1</source>
        <translation>添加联系人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="68"/>
        <source>Edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="69"/>
        <source>Delete contact %1</source>
        <translation>删除联系人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="70"/>
        <source>Log activity %1</source>
        <translation>记录活动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="71"/>
        <source>Edit activity %1</source>
        <translation>编辑活动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="72"/>
        <source>Delete activity %1</source>
        <translation>删除活动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="77"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="78"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="79"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/editors/record_dialog.py" line="90"/>
        <location filename="../../ui/editors/record_dialog.py" line="123"/>
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/record_dialog.py" line="125"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <location filename="../../ui/editors/record_list.py" line="244"/>
        <source>Edit…</source>
        <extracomment>Column sorted on first show, and whether newest/largest first.</extracomment>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/record_list.py" line="245"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today_page.py" line="123"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="151"/>
        <source>Today&apos;s list could not be loaded: %1</source>
        <translation>无法加载今日列表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="173"/>
        <source>Today — %1</source>
        <translation>今日 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="174"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="176"/>
        <source>Follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="182"/>
        <source>Follow-ups: %1 overdue, %2 due today</source>
        <translation>待跟进：%1 项逾期，%2 项今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="187"/>
        <source> — the %1 most recent are listed</source>
        <translation>（仅列出最近的 %1 项）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="191"/>
        <source>No follow-ups due — well done.</source>
        <translation>没有到期的跟进事项，干得好！</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="193"/>
        <source>No activities logged yet. Calls and visits you log appear here.</source>
        <translation>还没有活动记录。你记录的电话和拜访会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="195"/>
        <source>Recent activities</source>
        <translation>最近活动</translation>
    </message>
</context>
</TS>
