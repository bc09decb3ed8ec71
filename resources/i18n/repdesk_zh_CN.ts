<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="164" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="192" />
        <source>Changed elsewhere; your unsaved edits are kept.</source>
        <translation>此客户已在别处修改；你未保存的编辑仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="210" />
        <source>This account has been deleted.</source>
        <translation>此客户已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="212" />
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="233" />
        <location filename="../../ui/editors/account_editor.py" line="286" />
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="251" />
        <source>Nothing to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="264" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="274" />
        <source>Saved. Ctrl+Z undoes it.</source>
        <translation>已保存。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="289" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="300" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="301" />
        <source>Save the changes to %1 before closing?</source>
        <translation>关闭前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="322" />
        <location filename="../../ui/editors/account_editor.py" line="340" />
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="342" />
        <source>Account</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="343" />
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="344" />
        <source>Activities (%1)</source>
        <translation>活动记录（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="346" />
        <source>Credit and collection</source>
        <translation>信用与回款</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="347" />
        <source>Qualification and reviews</source>
        <translation>资质与季度评估</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="350" />
        <source>Save the new account first.</source>
        <translation>请先保存新客户。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="351" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="68" />
        <source>All channel types</source>
        <translation>全部渠道类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="69" />
        <source>All cooperation modes</source>
        <translation>全部合作模式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="70" />
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="71" />
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="72" />
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="77" />
        <source>Channel type</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="78" />
        <source>Cooperation mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="79" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="80" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="81" />
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="82" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="83" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="85" />
        <source>Key accounts only</source>
        <translation>仅看大客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="86" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="92" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="93" />
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
</context>
<context>
    <name>AccountOpener</name>
    <message>
        <location filename="../../ui/pages/account_opener.py" line="30" />
        <source>Account editor</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/account_opener.py" line="31" />
        <source>The account editor is not available in this version yet.</source>
        <translation>此版本尚未提供客户资料编辑。</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="107" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="108" />
        <source>Channel type</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="109" />
        <source>Cooperation</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="110" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="111" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="112" />
        <source>Province / city</source>
        <translation>省 / 市</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="113" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="114" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="115" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="116" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="117" />
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="118" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="250" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="112" />
        <source>Accounts</source>
        <translation>渠道客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="167" />
        <source>The accounts could not be loaded: %1</source>
        <translation>无法加载客户列表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="227" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="228" />
        <source>Loading accounts…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="230" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/accounts_page.py" line="233" />
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 / %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/accounts_page.py" line="236" />
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>共 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="240" />
        <source>No accounts yet. Click “New account” to add the first one.</source>
        <translation>还没有客户。点击“新建客户”添加第一个。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="244" />
        <source>No account matches the search and filters. Try fewer words.</source>
        <translation>没有符合搜索和筛选条件的客户。试试减少关键词。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="261" />
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="262" />
        <source>Add an account (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="264" />
        <source>Search names, contacts, phones, WeChat — Chinese or pinyin (Ctrl+F)</source>
        <translation>搜索名称、联系人、电话、微信，支持中文或拼音（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="113" />
        <source>Mark next step done: %1</source>
        <translation>标记下一步已完成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="113" />
        <source>Reopen next step: %1</source>
        <translation>重新打开下一步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="134" />
        <source>Reopen next step</source>
        <translation>重新打开下一步</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="134" />
        <source>Mark next step done</source>
        <translation>标记下一步已完成</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="139" />
        <source>Log activity…</source>
        <translation>记录活动…</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="61" />
        <source>Log activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="62" />
        <source>Activity: %1</source>
        <translation>活动：%1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="84" />
        <source>The profiling content in %1 has an error, so RepDesk cannot start:

%2</source>
        <translation>%1 中的全脑画像内容文件有错误，RepDesk 无法启动：

%2</translation>
    </message>
</context>
<context>
    <name>CalculatorsPanel</name>
    <message>
        <location filename="../../ui/channel/calculators.py" line="191" />
        <source>Enter a margin and a rate above 0.</source>
        <extracomment>What the calculators show now (None while an input makes no sense).</extracomment>
        <translation>请输入大于 0 的利润率和利率。</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="201" />
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="210" />
        <source>Extra sales to make up a bad debt</source>
        <translation>坏账需要多少额外销售额弥补</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="211" />
        <source>Bad debt</source>
        <translation>坏账金额</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="212" />
        <location filename="../../ui/channel/calculators.py" line="224" />
        <source>Net margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="213" />
        <source>Extra sales needed</source>
        <translation>需额外销售额</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="216" />
        <source>Pre-filled with what is open more than 90 days past its due date. Extra sales = loss ÷ net margin: every yuan lost must be earned again at the margin.</source>
        <translation>预填逾期超过 90 天仍未收的金额。额外销售额 = 损失 ÷ 净利润率：每损失一元，都要按利润率重新赚回来。</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="220" />
        <source>Months of delay that eat the net profit</source>
        <translation>货款拖延多久吃掉全部净利润</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="225" />
        <source>Borrowing rate (a year)</source>
        <translation>资金成本（年利率）</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="226" />
        <source>Profit gone after</source>
        <translation>利润耗尽时间</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="227" />
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="228" />
        <source>Average days late</source>
        <translation>平均逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="229" />
        <source>Cost of the delay so far</source>
        <translation>至今的拖欠成本</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="230" />
        <source>Net profit left on it</source>
        <translation>剩余净利润</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="237" />
        <source>Months = net margin ÷ borrowing rate × 12. Money owed costs the borrowing rate; once the delay is longer, the sale has made a loss.</source>
        <translation>月数 = 净利润率 ÷ 资金年利率 × 12。被拖欠的货款要付出资金成本；拖欠超过这个时间，这笔生意就亏了。</translation>
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="241" />
        <source>Reset to the account's figures</source>
        <translation>恢复为该客户的数据</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/board/calls.py" line="117" />
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/board/calls.py" line="132" />
        <source>Log call</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../ui/board/calls.py" line="133" />
        <source>Call: %1</source>
        <translation>拜访：%1</translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <location filename="../../ui/board/calls.py" line="212" />
        <source>Log call…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/board/calls.py" line="213" />
        <source>Log a call and its outcome (Ctrl+L)</source>
        <translation>记录一次拜访及其结果 (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsTab</name>
    <message>
        <location filename="../../ui/settings_channel.py" line="189" />
        <source>Sum: %1. Weights are relative: they need not add up to 1, but one must be more than 0.</source>
        <translation>合计：%1。权重是相对的：不必加起来等于 1，但至少要有一项大于 0。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="221" />
        <source>%1 weights</source>
        <translation>%1权重</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="233" />
        <source>The weights and thresholds of channel management. Changes apply to new qualifications and reviews, the segmentation and the calculators.</source>
        <translation>渠道管理的权重与阈值。修改后用于新的资质评估和季度评估、攻守细分以及逾期付款计算器。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="238" />
        <source>Partner qualification</source>
        <translation>渠道伙伴资质评估</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="239" />
        <source>Quarterly review</source>
        <translation>季度评估</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="240" />
        <source>Attack and defence</source>
        <translation>攻守细分</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="241" />
        <source>Late-payment calculators</source>
        <translation>逾期付款计算器</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="250" />
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="253" />
        <source> yuan a year</source>
        <translation> 元/年</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="258" />
        <source> % a year</source>
        <translation> %/年</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="262" />
        <source>Recruit from:</source>
        <translation>招募分数线：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="263" />
        <source>Trial from:</source>
        <translation>试合作分数线：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="264" />
        <source>Reward from:</source>
        <translation>奖励分数线：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="265" />
        <source>Phase out below:</source>
        <translation>低于此分淘汰：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="266" />
        <source>Low potential below:</source>
        <translation>低潜力（放弃）低于：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="267" />
        <source>High potential from:</source>
        <translation>高潜力起点：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="268" />
        <source>High share of customer from:</source>
        <translation>高份额起点：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="269" />
        <source>Net profit margin:</source>
        <translation>净利润率：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="270" />
        <source>Borrowing rate:</source>
        <translation>资金成本：</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/editors/field_widgets.py" line="193" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/column_chooser.py" line="192" />
        <source>Reset columns</source>
        <extracomment>Which columns show changed (a tick, or a reset): the page fits the other widths again.</extracomment>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../ui/sync_models.py" line="68" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="69" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="70" />
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="71" />
        <source>Lost value</source>
        <translation>落选的值</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="72" />
        <source>Lost edit by</source>
        <translation>落选值修改人</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="73" />
        <source>Kept edit by</source>
        <translation>保留值修改人</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="74" />
        <source>Lost edit made</source>
        <translation>落选修改时间</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="84" />
        <source>Deleted record</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="88" />
        <source>Deleted by someone else</source>
        <translation>已被他人删除</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="92" />
        <source>Your edit: %1</source>
        <translation>你的修改：%1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="100" />
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="101" />
        <source>Contact %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="118" />
        <source>Profile…</source>
        <translation>画像…</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../ui/board/seat_models.py" line="91" />
        <source>Drag onto a role, or press Enter to choose the role</source>
        <translation>拖到某个角色上，或按回车选择角色</translation>
    </message>
</context>
<context>
    <name>ContactProfileWindow</name>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="291" />
        <source>Profile card — %1</source>
        <translation>画像卡 —— %1</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="140" />
        <source>Whole brain</source>
        <translation>全脑偏好</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="244" />
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="245" />
        <source>Profile…</source>
        <translation>画像…</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="182" />
        <source>Could not load: %1</source>
        <extracomment>The day figures are worked out for (tests set the demo's day).</extracomment>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="226" />
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="227" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="228" />
        <source>Limit used</source>
        <translation>额度占用</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="229" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="230" />
        <source>DSO (days)</source>
        <translation>DSO（天）</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="233" />
        <source>Invoices and credit notes</source>
        <translation>发票与红字发票</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="234" />
        <source>Payments received</source>
        <translation>已收货款</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="235" />
        <source>Add invoice…</source>
        <translation>新增发票…</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="236" />
        <source>Record payment…</source>
        <translation>登记收款…</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="239" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="240" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="241" />
        <source>Issued</source>
        <translation>开票日</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="242" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="243" />
        <location filename="../../ui/channel/credit_tab.py" line="250" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="244" />
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="245" />
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="246" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="250" />
        <source>Paid on</source>
        <translation>收款日</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="250" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="250" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="252" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="258" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="277" />
        <source>DSO at earlier quarter ends: %1</source>
        <translation>此前各季度末 DSO：%1</translation>
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="306" />
        <source>advance</source>
        <translation>预收款</translation>
    </message>
</context>
<context>
    <name>DailyNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/channel/notifier.py" line="37" />
        <source>%n follow-up(s) due</source>
        <extracomment>The last message shown (title, text), for tests and the log.</extracomment>
        <translation>
            <numerusform>%n 项跟进到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channel/notifier.py" line="38" />
        <source>%n contract(s) ending</source>
        <translation>
            <numerusform>%n 份合同即将到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channel/notifier.py" line="39" />
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n 个季度评估待做</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channel/notifier.py" line="41" />
        <source>%n invoice(s) newly overdue</source>
        <translation>
            <numerusform>%n 张发票刚逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/channel/notifier.py" line="57" />
        <source>RepDesk — today's reminders</source>
        <translation>RepDesk — 今日提醒</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="177" />
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="237" />
        <source>¥10,000 (万)</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="258" />
        <source>Open pipeline by step: %1 projects, %2</source>
        <translation>各阶段在途商机：%1 个项目，%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="276" />
        <source>Receivables %1, overdue %2, DSO %3 days</source>
        <translation>应收 %1，逾期 %2，DSO %3 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="291" />
        <source>Not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="298" />
        <source>Attack/defence: %1 accounts placed</source>
        <translation>攻守细分：已定位 %1 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="305" />
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="306" />
        <source>Pace to date</source>
        <translation>按进度应达</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="307" />
        <location filename="../../ui/pages/dashboard_page.py" line="382" />
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="308" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="320" />
        <source>%1: %2 of target, %3% of the quarter gone</source>
        <translation>%1：完成目标 %2，本季度已过 %3%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="359" />
        <source>Total %1 (invoiced so far %2): %3</source>
        <translation>合计 %1（本季已开票 %2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="371" />
        <source>Dashboard — %1</source>
        <translation>仪表盘 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="374" />
        <source>Churn warnings (%1) — double-click to open</source>
        <translation>流失预警（%1）— 双击打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="378" />
        <source>Forecast for %1: run-rate + weighted pipeline</source>
        <translation>%1 销售预测：常规业务 + 加权商机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="380" />
        <location filename="../../ui/pages/dashboard_page.py" line="382" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="380" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="382" />
        <source>Invoiced so far</source>
        <translation>本季已开票</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="382" />
        <source>How</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/editors/date_fields.py" line="92" />
        <source>No date</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../ui/channel/evaluation_base.py" line="159" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluation_base.py" line="164" />
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="131" />
        <source>Qualify as partner…</source>
        <extracomment>The day the dialogs start from (tests set the demo's day).</extracomment>
        <translation>资质评估…</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="132" />
        <source>Quarterly review…</source>
        <translation>季度评估…</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="133" />
        <source>Qualifications and quarterly reviews, newest first</source>
        <translation>资质评估与季度评估（最新在前）</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="137" />
        <source>Qualification</source>
        <translation>资质评估</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="138" />
        <source>Quarterly review</source>
        <translation>季度评估</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="145" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="146" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="147" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="148" />
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="149" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>FactorsPanel</name>
    <message>
        <location filename="../../ui/board/factors.py" line="118" />
        <source>Factor</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="119" />
        <source>Rating (1–5)</source>
        <translation>评分(1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="120" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="123" />
        <source>1 = weak for us, 5 = strong for us</source>
        <translation>1 = 对我们不利，5 = 对我们有利</translation>
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="124" />
        <source>What the customer said or showed</source>
        <translation>客户说了什么或表现出什么</translation>
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="125" />
        <source>Need vs want</source>
        <translation>需要与想要</translation>
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="127" />
        <source>What the customer needs, and what it only wants</source>
        <translation>客户真正需要的，以及只是想要的</translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="96" />
        <source>e.g. 0571-8888 6666 or 138 0013 8000</source>
        <translation>如 0571-8888 6666 或 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="97" />
        <source>name@example.com</source>
        <translation>如 name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="98" />
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="99" />
        <source>other tags, separated by commas</source>
        <translation>其他标签，用逗号分隔</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="19" />
        <source>Account name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="20" />
        <location filename="../../ui/editors/texts.py" line="51" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="21" />
        <source>What happened</source>
        <translation>详细经过</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="22" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="25" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="26" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="27" />
        <source>Channel type</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="28" />
        <source>Cooperation mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="29" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="30" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="31" />
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="32" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="33" />
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="34" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="35" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="36" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="37" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="38" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="39" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="40" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="41" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="42" />
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="43" />
        <source>Owner rep</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="44" />
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="45" />
        <source>Credit limit (¥)</source>
        <translation>信用额度（元）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="46" />
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="47" />
        <source>Purchase potential (¥)</source>
        <translation>采购潜力（元）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="48" />
        <source>Share of customer (%)</source>
        <translation>客户份额（%）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="49" />
        <source>Annual sales target (¥)</source>
        <translation>年度销售目标（元）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="50" />
        <source>Contract ends</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="52" />
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="53" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="54" />
        <source>Org level</source>
        <translation>组织层级</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="55" />
        <source>Guide / insider</source>
        <translation>向导 / 内线</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="56" />
        <source>Political style</source>
        <translation>谈判风格</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="57" />
        <source>Date and time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="58" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="59" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="60" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="61" />
        <source>Customer action</source>
        <translation>客户行动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="62" />
        <source>Action date</source>
        <translation>行动日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="63" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="64" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="65" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="56" />
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/follow_up_table_model.py" line="57" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="81" />
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="73" />
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="74" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="75" />
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="76" />
        <source>Credit and potential</source>
        <translation>信用与潜力</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="77" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="78" />
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="79" />
        <source>How to reach</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="80" />
        <source>Standing with us</source>
        <translation>与我方关系</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="81" />
        <source>The call</source>
        <translation>本次沟通</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="82" />
        <source>Result</source>
        <translation>结果与经过</translation>
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="83" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="108" />
        <source>Funnel</source>
        <extracomment>A step was clicked (its code): show the tracker sheet filtered to it.</extracomment>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="157" />
        <source>%1: %2 reached, %3 open</source>
        <translation>%1:到达 %2,进行中 %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="190" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="207" />
        <source>Show the projects at this step</source>
        <translation>查看处于该步骤的项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="215" />
        <source>Sales funnel — the six steps</source>
        <translation>销售漏斗——六个步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="218" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="221" />
        <source>Win rate %1 (won %2, lost %3)</source>
        <translation>赢单率 %1(赢 %2,输 %3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="228" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="229" />
        <source>Open projects</source>
        <translation>进行中项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="230" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="231" />
        <source>Conversion to next step</source>
        <translation>进入下一步的转化率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="232" />
        <source>Average time in step</source>
        <translation>平均停留时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="240" />
        <source>Bar width: projects that reached the step. Click a step (or select it in the table and press Enter) to see its open projects in the tracker sheet.</source>
        <translation>条形宽度：到达该步骤的项目数。点击某一步骤(或在表格中选中后按回车),即可在跟踪表中查看该步骤的进行中项目。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="219" />
        <source>Profile history of %1</source>
        <translation>%1 的画像历史</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="228" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="229" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="230" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="231" />
        <source>Dominant</source>
        <translation>主导象限</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="232" />
        <source>Confidence</source>
        <translation>把握度</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="233" />
        <source>By</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="234" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="132" />
        <source>Checking the credit limit…</source>
        <translation>正在核对信用额度…</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="160" />
        <source>This invoice takes the account over its credit limit.

Credit limit: %1
Used: %2
This invoice: %3
Over the limit by: %4

Save it anyway?</source>
        <translation>这张发票将使该客户超出信用额度。

信用额度：%1
已用：%2
本张发票：%3
超出额度：%4

仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="174" />
        <source>Over the credit limit</source>
        <translation>超出信用额度</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="183" />
        <source>New invoice or credit note</source>
        <translation>新增发票或红字发票</translation>
    </message>
</context>
<context>
    <name>KiteChart</name>
    <message>
        <location filename="../../ui/profiling/chart.py" line="194" />
        <source>This buyer</source>
        <translation>这位客户</translation>
    </message>
</context>
<context>
    <name>LedgerFields</name>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="43" />
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="44" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="45" />
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="46" />
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="47" />
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="48" />
        <source>Against invoice</source>
        <translation>对应发票</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="49" />
        <source>Paid on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="50" />
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="51" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>Online</source>
        <extracomment>The workstation's pages in navigation order: key, module, class, and the title the page's ``title()`` gives (``self.tr`` in the class's context), so the navigation can name a page before it is built. The dashboard follows Today: the morning overview before the lists.</extracomment>
        <translation>在线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="252" />
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln 项更改待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="253" />
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln 个待处理冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391" />
        <source>Sending changes…</source>
        <translation>正在上传更改…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>Receiving changes…</source>
        <translation>正在下载更改…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393" />
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394" />
        <source>Repairing…</source>
        <translation>正在修复…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406" />
        <source>Synced: %1 sent, %2 received, %3 conflict(s), %4 refused</source>
        <translation>已同步：上传 %1 条，下载 %2 条，冲突 %3 个，被拒 %4 条</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410" />
        <source>Sync cancelled; what was done is kept.</source>
        <translation>同步已取消；已完成的部分会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417" />
        <location filename="../../ui/main_window.py" line="426" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>About RepDesk</source>
        <translation>关于 RepDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>RepDesk — a workstation for channel and key-account sales reps.</source>
        <translation>RepDesk 渠道销售工作台：专为渠道与大客户销售代表打造。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446" />
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452" />
        <source>RepDesk — Channel sales workstation</source>
        <translation>RepDesk — 渠道销售工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456" />
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459" />
        <source>&amp;Print account plan…</source>
        <translation>打印客户计划(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460" />
        <source>&amp;Export account plans…</source>
        <translation>导出客户计划(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466" />
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468" />
        <source>&amp;About RepDesk</source>
        <translation>关于 RepDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/board/new_project.py" line="186" />
        <source>New project %1</source>
        <translation>新建项目 %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="202" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="241" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="242" />
        <source>Account *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="243" />
        <source>Project name *</source>
        <translation>项目名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="244" />
        <source>Type to search accounts</source>
        <translation>输入以搜索客户</translation>
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="245" />
        <source>e.g. Warehouse system upgrade</source>
        <translation>例如：仓储系统升级</translation>
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="248" />
        <source>The project starts open at the first step, %1, today; the account's owner is its salesperson.</source>
        <translation>项目今天从第一步“%1”开始，状态为进行中；客户的负责人即为项目的营销人员。</translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="117" />
        <source>%1 of %2 cues ticked — %3 left</source>
        <translation>已勾选 %1/%2 项 —— 还可选 %3 项</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="119" />
        <source>%1 of %2 cues ticked — none left; untick one to change</source>
        <translation>已勾选 %1/%2 项 —— 已满；要更换请先取消一项</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="173" />
        <source>Profile %1 — thinking-style estimate</source>
        <translation>评估 %1 —— 全脑思维偏好(观察评估)</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="177" />
        <source>Tick what you have seen and heard of %1 — at most %2 cues, the clearest ones. This gives an estimate of his thinking preferences, not a test result.</source>
        <translation>勾选你对 %1 的所见所闻——最多 %2 项，选最明显的。结果是对他思维偏好的估计，不是测评结果。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="187" />
        <source>1 — only a hunch</source>
        <translation>1 —— 只是直觉</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="188" />
        <source>2 — a few signs</source>
        <translation>2 —— 有些迹象</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="189" />
        <source>3 — fairly sure</source>
        <translation>3 —— 比较有把握</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="190" />
        <source>4 — sure</source>
        <translation>4 —— 有把握</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="191" />
        <source>5 — very sure</source>
        <translation>5 —— 很有把握</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="195" />
        <source>Confidence</source>
        <translation>把握度</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="195" />
        <source>Observed on</source>
        <translation>观察日期</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="195" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="79" />
        <source>Sync password</source>
        <translation>同步密码</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="80" />
        <source>Password for %1 on %2:</source>
        <translation>%1 在 %2 的密码：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="82" />
        <source>That password was not accepted. Try again.</source>
        <translation>密码未被接受，请重试。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="228" />
        <source>Record a payment</source>
        <translation>登记收款</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="153" />
        <source>Cancel</source>
        <extracomment>Emitted with the new assessment's id once it is saved.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="154" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="175" />
        <source>Tick what you observed to see the profile.</source>
        <translation>勾选你观察到的表现，即可看到画像。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="182" />
        <source>Code %1 · %2</source>
        <translation>代码 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="185" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="96" />
        <source>Today</source>
        <extracomment>Emitted when data the page asked for is on screen (pages call :meth:`loaded`). Background reads of which only the newest load's answers reach the page.</extracomment>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="97" />
        <source>Accounts</source>
        <translation>渠道客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="98" />
        <source>Key-account tracker</source>
        <translation>大客户跟踪表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="99" />
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="100" />
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="101" />
        <source>Profiles</source>
        <translation>人物画像</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="102" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="106" />
        <source>%1 — coming in a later version.</source>
        <translation>%1：将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../ui/plan_export.py" line="210" />
        <source>Writing plans…</source>
        <translation>正在生成计划…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="219" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="232" />
        <source>Writing plans… %1 of %2</source>
        <translation>正在生成计划… %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_export.py" line="239" />
        <source>Wrote %n plan(s) to %1.</source>
        <translation>
            <numerusform>已生成 %n 份计划，保存在 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_export.py" line="248" />
        <source>Cancelled: %n plan(s) were written.</source>
        <translation>
            <numerusform>已取消：已生成 %n 份计划。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="252" />
        <source>Could not write the plans: %1</source>
        <translation>无法生成客户计划：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="259" />
        <source>Folder for the plans</source>
        <translation>保存计划的文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_export.py" line="282" />
        <source>Export %n plan(s)</source>
        <translation>
            <numerusform>导出 %n 份计划</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="283" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="283" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="289" />
        <source>Export account plans</source>
        <translation>导出客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="291" />
        <source>All key accounts (%1)</source>
        <translation>全部大客户(%1 个)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="292" />
        <source>The accounts ticked below</source>
        <translation>下面勾选的客户</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="293" />
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="294" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="295" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="296" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="297" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <location filename="../../ui/plan_preview.py" line="201" />
        <source>Save account plan</source>
        <translation>保存客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="201" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="211" />
        <location filename="../../ui/plan_preview.py" line="279" />
        <source>Account plan</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="212" />
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1:%2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="217" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="227" />
        <source>Print account plan</source>
        <translation>打印客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="265" />
        <source>Could not make the plan: %1</source>
        <translation>无法生成客户计划：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="267" />
        <source>Making the account plan…</source>
        <translation>正在生成客户计划…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_preview.py" line="270" />
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1 · 共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="279" />
        <source>Account plan — %1</source>
        <translation>客户计划 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="281" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="282" />
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="283" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="284" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PoliticalStyleDialog</name>
    <message>
        <location filename="../../ui/profiling/political_dialog.py" line="117" />
        <source>Answer both questions to see his style.</source>
        <extracomment>Emitted with the style code once it is saved.</extracomment>
        <translation>回答两个问题即可看到他的风格。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/political_dialog.py" line="155" />
        <source>Political style of %1</source>
        <translation>%1 的政治风格</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/political_dialog.py" line="161" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/political_dialog.py" line="162" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProfileCardView</name>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="161" />
        <source>What he is like</source>
        <translation>他是什么样的人</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="162" />
        <source>How to communicate with him</source>
        <translation>怎样和他沟通</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="163" />
        <source>Put in the proposal</source>
        <translation>方案里要放</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="164" />
        <source>Leave out of the proposal</source>
        <translation>方案里不要放</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="165" />
        <source>Walk-around checklist</source>
        <translation>四象限沟通环走检查</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="166" />
        <source>Political style</source>
        <translation>政治风格</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="167" />
        <source>You and this buyer</source>
        <translation>你和这位客户</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="173" />
        <source>No contact chosen</source>
        <translation>未选择联系人</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="174" />
        <source>Choose a contact to see his profile card.</source>
        <translation>选择一位联系人，查看他的画像卡。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="197" />
        <source>%1 — use “Profile this buyer…” after your next meeting.</source>
        <translation>%1 —— 下次会面后用“评估此人…”记下你的观察。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="202" />
        <source>confidence %1 of 5</source>
        <translation>把握度 %1/5</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="204" />
        <source>by %1</source>
        <translation>评估人 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profiling/profile_card.py" line="205" />
        <source>%n assessment(s) in history</source>
        <translation>
            <numerusform>历史中共 %n 次评估</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="208" />
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="218" />
        <source>You (%1)</source>
        <translation>你(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="227" />
        <source>Not profiled yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="230" />
        <source>Tick what you observe of him — the words he uses, what he asks for, his office, how he decides — and the card fills in with advice.</source>
        <translation>勾选你观察到的表现——他用的词、向你要什么、他的办公室、他怎么做决定——画像卡就会给出建议。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="260" />
        <source>Profile him first.</source>
        <translation>请先评估此人。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="273" />
        <source>his quadrant</source>
        <translation>他的主导象限</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="287" />
        <source>answer the two questions under “Political style…”.</source>
        <translation>请在“政治风格…”中回答两个问题。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="304" />
        <source>Fill in your own profile (“My profile…”) to see where your style and this buyer's differ most, and what to do differently.</source>
        <translation>先填写你自己的画像(“我的画像…”),就能看到你和这位客户的风格差别最大在哪里，以及你该怎样调整。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="310" />
        <source>Your profile: %1. Profile this buyer to compare.</source>
        <translation>你的画像：%1。评估这位客户后即可对比。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="324" />
        <source>Your profile (%1) and this buyer's match closely. Still check the proposal against the checklist.</source>
        <translation>你的画像(%1)与这位客户的很接近。仍请对照检查清单核对方案。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="329" />
        <source>You differ most in %1: he scores %2, you %3</source>
        <translation>你们差别最大的是 %1：他 %2 分，你 %3 分</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="335" />
        <source>He leans on it more than you do:</source>
        <translation>他比你更依赖这一象限：</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="338" />
        <source>You lean on it more than he does: keep that part of your pitch short and lead with what he leads in.</source>
        <translation>你比他更依赖这一象限：这部分内容要讲得简短，先讲他主导象限关心的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="345" />
        <source>Still check the proposal against the checklist.</source>
        <translation>仍请对照检查清单核对方案。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="354" />
        <source>Opposite quadrants: you lead in %1, he leads in %2</source>
        <translation>对角象限：你以 %1 为主导，他以 %2 为主导</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="359" />
        <source>He leads in %1, which you rarely use</source>
        <translation>他以 %1 为主导，而这是你很少用的</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="341" />
        <location filename="../../ui/profiling/profile_card.py" line="360" />
        <source>(%1 points apart)</source>
        <translation>(相差 %1 分)</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="36" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="37" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="38" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="39" />
        <source>Dominant</source>
        <translation>主导象限</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="40" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="41" />
        <source>Assessed</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="42" />
        <source>Political style</source>
        <translation>政治风格</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="186" />
        <source>Profile this buyer…</source>
        <extracomment>Emitted when a card is on screen (after each load).</extracomment>
        <translation>评估此人…</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="187" />
        <source>Political style…</source>
        <translation>政治风格…</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="188" />
        <source>History…</source>
        <translation>历史…</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="155" />
        <source>Profiles</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="245" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="249" />
        <source>%1 of %2 contacts shown · %3 profiled</source>
        <translation>显示 %1/%2 位联系人 · %3 位已评估</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="257" />
        <source>Search name, title, account or pinyin…</source>
        <translation>搜索姓名、职务、客户或拼音…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="258" />
        <source>Only profiled</source>
        <translation>只看已评估</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="259" />
        <source>My profile…</source>
        <translation>我的画像…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="260" />
        <source>Proposal check…</source>
        <translation>方案检查…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="263" />
        <source>You have not profiled yourself yet.</source>
        <translation>你还没有做自我评估。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="266" />
        <source>My profile: %1 (%2)</source>
        <translation>我的画像：%1(%2)</translation>
    </message>
</context>
<context>
    <name>ProfilingCommand</name>
    <message>
        <location filename="../../ui/profiling/commands.py" line="63" />
        <source>Profile %1</source>
        <translation>评估 %1</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/commands.py" line="70" />
        <source>Save my thinking-style profile</source>
        <translation>保存我的思维偏好画像</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/commands.py" line="92" />
        <source>Set political style of %1</source>
        <translation>设置 %1 的政治风格</translation>
    </message>
</context>
<context>
    <name>ProjectBoardWindow</name>
    <message>
        <location filename="../../ui/board/window.py" line="426" />
        <source>Loading…</source>
        <extracomment>Every role a contact can be given on the board, in menu order.</extracomment>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="460" />
        <source>This project has been deleted.</source>
        <translation>该项目已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="462" />
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="483" />
        <source>That contact already holds this role.</source>
        <translation>该联系人已担任此角色。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="492" />
        <source>Make %1 %2</source>
        <translation>将 %1 设为%2</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="508" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="510" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="521" />
        <source>Assign to role</source>
        <translation>指定角色</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="541" />
        <source>Select a contact first.</source>
        <translation>请先选中一位联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="591" />
        <source>Select a card to change its standing.</source>
        <translation>选中一张卡片以更改其态度。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="605" />
        <source>Change %1's standing</source>
        <translation>更改 %1 的态度</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="634" />
        <source>Remove %1 from %2</source>
        <translation>将 %1 移出%2</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="664" />
        <source>Profile…</source>
        <translation>画像…</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="668" />
        <location filename="../../ui/board/window.py" line="971" />
        <source>Remove from role</source>
        <translation>移出该角色</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="690" />
        <source>(nobody)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="705" />
        <source>Change salesperson of %1</source>
        <translation>更改 %1 的营销人员</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="750" />
        <location filename="../../ui/board/window.py" line="769" />
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="755" />
        <source>Nothing to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="761" />
        <location filename="../../ui/board/window.py" line="798" />
        <source>Saved. Ctrl+Z undoes it.</source>
        <translation>已保存。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="774" />
        <source>Edit project %1</source>
        <translation>编辑项目 %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="802" />
        <source>Rate the five factors of %1</source>
        <translation>为 %1 的五要素评分</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="811" />
        <source>Move %1 to %2</source>
        <translation>将 %1 推进到%2</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="838" />
        <source>Save your changes to %1 before closing?</source>
        <translation>关闭前保存对 %1 的更改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="841" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="840" />
        <source>Save the five factors of %1 before closing?</source>
        <translation>关闭前保存 %1 的五要素吗?</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="889" />
        <source>Guide %1 · Roles won %2/4 (covered %3/4) · Salesperson %4 · 1+2+1 %5</source>
        <translation>向导 %1 · 已赢角色 %2/4（覆盖 %3/4）· 营销人员 %4 · 1+2+1 %5</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="894" />
        <source>holds</source>
        <translation>成立</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="894" />
        <source>does not hold</source>
        <translation>不成立</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="898" />
        <source>Missing:</source>
        <translation>缺少:</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="900" />
        <source>Nothing missing.</source>
        <translation>没有缺项。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="904" />
        <source>Risks:</source>
        <translation>风险:</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="906" />
        <source>No risk flags.</source>
        <translation>没有风险提示。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="912" />
        <location filename="../../ui/board/window.py" line="947" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="917" />
        <source>Amount %1</source>
        <translation>金额 %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="918" />
        <source>Expected close %1</source>
        <translation>预计成交 %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="921" />
        <source>Step: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="926" />
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="936" />
        <source>Guide / insider</source>
        <translation>向导 / 内线</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="938" />
        <source>Only a guide counts for the first 1; insiders do not</source>
        <translation>只有向导才算第一个“1”,内线不算</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="942" />
        <source>Roles (1+2+1)</source>
        <translation>角色(1+2+1)</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="944" />
        <source>Calls (%1)</source>
        <translation>拜访记录 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="945" />
        <source>Five factors</source>
        <translation>采购五要素</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="946" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="948" />
        <source>Contacts — drag onto a role</source>
        <translation>联系人——拖到角色栏</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="949" />
        <source>Assign to role…</source>
        <translation>指定角色…</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="950" />
        <source>Give the selected contact a role (Enter)</source>
        <translation>为选中的联系人指定角色(回车)</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="951" />
        <source>Salesperson (the last 1)</source>
        <translation>营销人员(最后一个“1”)</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="952" />
        <source>The rep who drives this project.</source>
        <translation>推动该项目的销售代表。</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="955" />
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="956" />
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="957" />
        <source>Relationship</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="972" />
        <source>Save factors</source>
        <translation>保存五要素</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="973" />
        <source>Save the ratings and notes (Ctrl+S)</source>
        <translation>保存评分和备注 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="974" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="975" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="976" />
        <source>Close the board (Esc)</source>
        <translation>关闭看板 (Esc)</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../ui/board/project_form.py" line="43" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="44" />
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="45" />
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="46" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="47" />
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="48" />
        <location filename="../../ui/board/project_form.py" line="55" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="49" />
        <source>Next step due</source>
        <translation>下一步期限</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="54" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../../ui/board/project_form.py" line="147" />
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="148" />
        <source>Save the project's fields (Ctrl+S)</source>
        <translation>保存项目信息（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="149" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="151" />
        <source>Logging a call with a next step and due date updates the next step here.</source>
        <translation>记录拜访时填写下一步和期限，这里的下一步会随之更新。</translation>
    </message>
</context>
<context>
    <name>ProposalCheckDialog</name>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="158" />
        <source>no profile</source>
        <extracomment>Emitted when a check's result is on screen.</extracomment>
        <translation>无画像</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="214" />
        <source>Tick the people who will be in the room.</source>
        <translation>勾选将在场的人。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="221" />
        <source>%1 lead(s) in it</source>
        <translation>%1 以此为主导</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="245" />
        <source>No profile yet, so not checked: %1</source>
        <translation>尚无画像，未检查：%1</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="261" />
        <source>Proposal check</source>
        <translation>方案检查</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="262" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="263" />
        <source>Who will be in the room</source>
        <translation>谁会在场</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="264" />
        <source>What the proposal contains</source>
        <translation>方案包含的内容</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="265" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="172" />
        <source>Weighted total: –</source>
        <translation>加权总分：–</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="175" />
        <source>Weighted total: %1 of 5</source>
        <translation>加权总分：%1 / 5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channel/qualification_dialog.py" line="177" />
        <source> (so far; %n criteria not scored)</source>
        <translation>
            <numerusform>（目前；%n 项未评分）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="180" />
        <source>Recommendation: score every criterion</source>
        <translation>建议：请为每一项评分</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="185" />
        <source>Recommendation: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="214" />
        <source>Qualify %1</source>
        <translation>资质评估 %1</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="219" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="232" />
        <source>Partner qualification — %1</source>
        <translation>渠道伙伴资质评估 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="233" />
        <source>Qualify %1 as a channel partner</source>
        <translation>评估 %1 能否成为渠道伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="234" />
        <source>Score each criterion from 1 (poor) to 5 (excellent)</source>
        <translation>每项按 1（差）到 5（优）评分</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="237" />
        <source>Criterion</source>
        <translation>评估项</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="237" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="237" />
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="245" />
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="249" />
        <source>Recruit at %1 or more, trial from %2, reject below.</source>
        <translation>总分 %1 及以上招募，%2 起试合作，低于则不予招募。</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="253" />
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="254" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="255" />
        <source>Earlier qualifications</source>
        <translation>以往资质评估</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="257" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="257" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="257" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="257" />
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="156" />
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="212" />
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="221" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="227" />
        <source>%1 of %2 accounts shown: balance %3, overdue %4</source>
        <translation>显示 %1 / %2 个客户：余额 %3，逾期 %4</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="245" />
        <source>Receivables on %1</source>
        <translation>应收账款（截至 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="246" />
        <source>Search accounts (name or pinyin)</source>
        <translation>搜索客户（名称或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="248" />
        <source>All accounts with a balance</source>
        <translation>所有有余额的客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="249" />
        <location filename="../../ui/pages/receivables_page.py" line="261" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="250" />
        <source>Open over 90 days</source>
        <translation>有 90 天以上未收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="251" />
        <source>Over the credit limit</source>
        <translation>超出信用额度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="252" />
        <source>Collection slowing</source>
        <translation>回款变慢</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="253" />
        <source>Any warning</source>
        <translation>有预警</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="259" />
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="260" />
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="262" />
        <source>DSO (days)</source>
        <translation>DSO（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="263" />
        <source>Over limit</source>
        <translation>超额度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="264" />
        <source>Slowing</source>
        <translation>回款变慢</translation>
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="281" />
        <source>Aging by invoice date; overdue = past the due date. DSO = balance ÷ sales of the last %1 days × %1. Click a column to sort; double-click an account to open its credit and collection.</source>
        <translation>账龄按开票日计算；逾期 = 已过到期日。DSO = 应收余额 ÷ 近 %1 天销售额 × %1。点击列标题排序；双击客户打开其信用与回款。</translation>
    </message>
</context>
<context>
    <name>ReceivablesTableModel</name>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="72" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="73" />
        <source>Rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="74" />
        <source>Terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="75" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="76" />
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="77" />
        <source>Limit used</source>
        <translation>额度占用</translation>
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="79" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="80" />
        <source>Oldest overdue (days)</source>
        <translation>最长逾期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="81" />
        <source>DSO (days)</source>
        <translation>DSO（天）</translation>
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="82" />
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/receivables_table_model.py" line="146" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条预警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentActivityTableModel</name>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="30" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="31" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="32" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="33" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="34" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="63" />
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <location filename="../../ui/commands.py" line="65" />
        <source>Add account %1</source>
        <translation>添加客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="66" />
        <source>Edit account %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="67" />
        <source>Delete account %1</source>
        <translation>删除客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="68" />
        <source>Add contact %1</source>
        <translation>添加联系人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="69" />
        <source>Edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="70" />
        <source>Delete contact %1</source>
        <translation>删除联系人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="71" />
        <source>Log activity %1</source>
        <translation>记录活动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="72" />
        <source>Edit activity %1</source>
        <translation>编辑活动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="73" />
        <source>Delete activity %1</source>
        <translation>删除活动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="78" />
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="79" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="80" />
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="77" />
        <location filename="../../ui/editors/record_dialog.py" line="99" />
        <location filename="../../ui/editors/record_dialog.py" line="139" />
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="146" />
        <location filename="../../ui/editors/record_dialog.py" line="141" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <location filename="../../ui/editors/record_list.py" line="264" />
        <source>Edit…</source>
        <extracomment>Column sorted on first show, and whether newest/largest first. The column that takes the spare width (default: the last one). Rows as tall as the text plus this many pixels (None: the style's height). The view's signal that opens a record: "doubleClicked", or "activated" (Enter too).</extracomment>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/record_list.py" line="265" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RejectedTableModel</name>
    <message>
        <location filename="../../ui/sync_models.py" line="124" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="124" />
        <source>Changed fields</source>
        <translation>更改的字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="124" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="124" />
        <source>Made</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <location filename="../../ui/models/reminder_table_model.py" line="38" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/reminder_table_model.py" line="38" />
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/models/reminder_table_model.py" line="38" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/reminder_table_model.py" line="38" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="260" />
        <source>Score: –</source>
        <translation>得分：–</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="266" />
        <source>Score: %1 of 5</source>
        <translation>得分：%1 / 5</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="269" />
        <source>No suggested action: not enough indicators</source>
        <translation>无建议：指标不足</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="272" />
        <source>Suggested action: %1</source>
        <translation>建议措施：%1</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="279" />
        <source>First review</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="309" />
        <source>Review %1 %2</source>
        <translation>评估 %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="316" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="325" />
        <location filename="../../ui/channel/review_dialog.py" line="335" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="325" />
        <location filename="../../ui/channel/review_dialog.py" line="334" />
        <location filename="../../ui/channel/review_dialog.py" line="359" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="332" />
        <source>Quarterly review — %1</source>
        <translation>季度评估 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="333" />
        <source>Quarterly review of %1</source>
        <translation>%1 季度绩效评估</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="336" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="336" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="336" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="336" />
        <location filename="../../ui/channel/review_dialog.py" line="359" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="340" />
        <source> (computed)</source>
        <translation>（自动计算）</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="347" />
        <source>Computed from invoices and payments (shaded): sales %1 against a quarter target of %2; same quarter a year earlier %3. Change them if you know better; leave an indicator blank to skip it.</source>
        <translation>底色标出的指标由发票和收款算出：本季销售 %1，季度目标 %2；去年同季 %3。如有更准确的数据可以修改；留空的指标不计分。</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="355" />
        <source>Reviewed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="356" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="357" />
        <source>Earlier reviews (trend)</source>
        <translation>以往评估（趋势）</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="359" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="359" />
        <source>Action</source>
        <translation>建议措施</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../ui/settings_tracker.py" line="156" />
        <source>%1 (%2) must not be above %3 (%4).</source>
        <translation>%1（%2）不能高于%3（%4）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="164" />
        <source>%1: must be at least %2.</source>
        <translation>%1：不能小于 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="170" />
        <source>%1: must be at most %2.</source>
        <translation>%1：不能大于 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="175" />
        <source>%1: at least one weight must be more than 0.</source>
        <translation>%1：至少要有一项权重大于 0。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="177" />
        <source>%1: cannot be negative.</source>
        <translation>%1：不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="188" />
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>SeatCard</name>
    <message>
        <location filename="../../ui/board/seat_models.py" line="189" />
        <source>Infl. %1</source>
        <extracomment>The roles this list shows; a drop assigns the first one.</extracomment>
        <translation>影响 %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/seat_models.py" line="190" />
        <source>Rel. %1</source>
        <translation>关系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/seat_models.py" line="202" />
        <source>Influence %1</source>
        <translation>影响力 %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/seat_models.py" line="203" />
        <source>Relationship %1</source>
        <translation>关系强度 %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/seat_models.py" line="284" />
        <source>Insider — not a guide</source>
        <translation>内线——不算向导</translation>
    </message>
</context>
<context>
    <name>SegmentationPage</name>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="143" />
        <source>Attack / defence</source>
        <extracomment>An account's point was clicked (its id), after the editor was asked to open. Scatter series per strategy and the accounts behind their points, in order.</extracomment>
        <translation>攻守细分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="316" />
        <source>Off plan by %1 points</source>
        <translation>偏离计划 %1 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="327" />
        <source>No visits, meetings or calls logged in the window yet.</source>
        <translation>统计期内还没有拜访、会面或电话记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="329" />
        <source>Your time follows the strategy: no posture is off plan.</source>
        <translation>时间分配符合策略：没有偏离计划的类别。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="333" />
        <source>%1: %2% of your visits against %3% planned</source>
        <translation>%1：实际拜访占 %2%，计划 %3%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="339" />
        <source>Off plan — </source>
        <translation>偏离计划 — </translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="347" />
        <source>Attack / defence: where each account sits</source>
        <translation>攻守模型：每个客户的位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="348" />
        <source>Click an account to open it; hover to see why it sits there</source>
        <translation>点击客户打开；悬停查看定位原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="351" />
        <source>Purchase potential (¥ million a year)</source>
        <translation>采购潜力（百万元/年）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="352" />
        <source>Our share of customer</source>
        <translation>我方客户份额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="357" />
        <source>Where your time goes</source>
        <translation>你的时间花在哪里</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="360" />
        <source>Posture</source>
        <translation>攻守</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="361" />
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="362" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="363" />
        <source>Pipeline</source>
        <translation>商机金额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="364" />
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="365" />
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/segmentation_page.py" line="373" />
        <source>%n account(s) cannot be placed: enter their purchase potential and share.</source>
        <translation>
            <numerusform>%n 个客户无法定位：请填写其采购潜力和份额。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="388" />
        <source>Potential below ¥%1 million: abandon. From ¥%2 million: acquire, or retain at a share of %3% or more; in between: harass, or maintain. Planned = the effort each strategy asks for; actual = your visits, meetings and calls.</source>
        <translation>采购潜力低于 ¥%1 百万：放弃。¥%2 百万起：获取，份额达 %3% 及以上则保留；介于两者之间：侵扰，或维持。计划 = 各策略应投入的精力；实际 = 你的拜访、会面和电话。</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="99" />
        <source>%1 of %2 picked</source>
        <translation>已选 %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="107" />
        <source>%1 of %2 picked in all</source>
        <translation>共已选 %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="115" />
        <source>There is no rep in this database to save the profile for.</source>
        <translation>数据库中没有销售代表，无法保存画像。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="122" />
        <source>Pick exactly %1 in each grid (still short: grid %2).</source>
        <translation>每组须恰好选 %1 项(还差：第 %2 组)。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="154" />
        <source>Grid %1: %2</source>
        <translation>第 %1 组：%2</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="158" />
        <source>My thinking-style profile — self-assessment</source>
        <translation>我的全脑思维偏好 —— 自我评估</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="161" />
        <source>Pick exactly %1 elements in each of the three grids. There are no right answers: the profile shows preferences, not abilities. RepDesk compares it with each buyer's profile and tells you where to adapt.</source>
        <translation>三组中每组恰好选 %1 项。没有对错之分：画像反映的是偏好，不是能力。RepDesk 会把它和每位客户的画像对比，告诉你该在哪里调整。</translation>
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="166" />
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="254" />
        <source>Server address: enter the address of your sync server.</source>
        <translation>服务器地址：请输入同步服务器的地址。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="259" />
        <source>Server address: “%1” is not a server address; write it like https://sync.example.com</source>
        <translation>服务器地址：“%1”不是有效的服务器地址，格式如 https://sync.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="266" />
        <source>Server address: plain http:// would send your password unencrypted to %1; use https://, or tick “Allow plain HTTP”.</source>
        <translation>服务器地址：http:// 会把密码以明文发送到 %1；请使用 https://，或勾选“允许明文 HTTP”。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270" />
        <source>Login: enter your login on the sync server.</source>
        <translation>登录名：请输入你在同步服务器上的登录名。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="272" />
        <source>Password: enter your password to log in the first time.</source>
        <translation>密码：首次登录请输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="351" />
        <source>The settings could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="403" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="404" />
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="405" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="407" />
        <source>1+2+1 tracker</source>
        <translation>1+2+1 跟踪</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="408" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="411" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="412" />
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="413" />
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="414" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="415" />
        <source>Automatic sync:</source>
        <translation>自动同步：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="416" />
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="417" />
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="419" />
        <source>Allow plain HTTP to a server on another machine (unencrypted)</source>
        <translation>允许以明文 HTTP 连接其他机器上的服务器（不加密）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="423" />
        <source>Used once to log in. RepDesk keeps only a sign-in token, in the system's password store; where there is none it asks again next time.</source>
        <translation>仅用于登录一次。RepDesk 只把登录令牌保存在系统密码库中；没有密码库时，下次会再次询问。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="427" />
        <source>Leave empty, or enter it to log in again.</source>
        <translation>可留空；输入则重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="431" />
        <source>This database syncs with %1 as %2. It cannot switch to another server or login: open a new database file for that.</source>
        <translation>此数据库以 %2 的身份与 %1 同步，不能切换到其他服务器或登录名；如需切换，请打开新的数据库文件。</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../ui/board/steps.py" line="94" />
        <source>%1 day(s)</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="102" />
        <source>Current step: %1 (%2 of 6)</source>
        <translation>当前步骤：%1(第 %2 步，共 6 步)</translation>
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="118" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="118" />
        <source>Entered on</source>
        <translation>进入日期</translation>
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="118" />
        <source>Time in step</source>
        <translation>停留时间</translation>
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="120" />
        <source>Move to</source>
        <translation>推进到</translation>
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="121" />
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="122" />
        <source>Move step</source>
        <translation>推进步骤</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="31" />
        <source>Offline: the server could not be reached. %n change(s) kept for the next sync.</source>
        <translation>离线：无法连接服务器。%n 项更改已保留，下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="177" />
        <location filename="../../ui/pages/sync_page.py" line="306" />
        <location filename="../../ui/pages/sync_page.py" line="327" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="245" />
        <source>Restore my value: %1</source>
        <translation>恢复我的值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="259" />
        <source>Keep the other value: %1</source>
        <translation>保留对方的值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="294" />
        <source>Export refused changes</source>
        <translation>导出被拒的更改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="296" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="328" />
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="329" />
        <source>Waiting to sync:</source>
        <translation>待同步：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="330" />
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="331" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="332" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="333" />
        <source>Sync settings…</source>
        <translation>同步设置…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="334" />
        <source>Restore my value</source>
        <translation>恢复我的值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="335" />
        <source>Keep the other value</source>
        <translation>保留对方的值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="336" />
        <source>Export to JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="339" />
        <source>When you and someone else changed the same field, the later edit was kept. Restore puts your value back; it is sent with the next sync.</source>
        <translation>你和别人改了同一字段时，保留较晚的修改。“恢复”会把你的值改回来，并在下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="345" />
        <source>No sync server set.</source>
        <translation>尚未设置同步服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="348" />
        <source>%1 as %2</source>
        <translation>%1，登录名 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="353" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="355" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync_page.py" line="358" />
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln 项更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="361" />
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="362" />
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="366" />
        <source>Changes the server refused (%1) — kept here, not sent again</source>
        <translation>服务器拒绝的更改（%1）— 保留在本机，不再发送</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="376" />
        <source>Never synced.</source>
        <translation>尚未同步过。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="380" />
        <source>%1: %2 sent, %3 received, %4 conflict(s), %5 refused</source>
        <translation>%1：上传 %2 条，下载 %3 条，冲突 %4 个，被拒 %5 条</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="388" />
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../../ui/sync_models.py" line="26" />
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="27" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="28" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="29" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="30" />
        <source>Project role</source>
        <translation>项目角色</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="31" />
        <source>Project step</source>
        <translation>项目阶段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="32" />
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="33" />
        <source>Profile assessment</source>
        <translation>画像测评</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="34" />
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="35" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="36" />
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="48" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="49" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today_page.py" line="159" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="245" />
        <source>Today's list could not be loaded: %1</source>
        <translation>无法加载今日列表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="272" />
        <source>Today — %1</source>
        <translation>今日 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="273" />
        <location filename="../../ui/pages/today_page.py" line="303" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="275" />
        <source>Follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="281" />
        <source>Follow-ups: %1 overdue, %2 due today</source>
        <translation>待跟进：%1 项逾期，%2 项今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="286" />
        <source> — the %1 most recent are listed</source>
        <translation>（仅列出最近的 %1 项）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="290" />
        <source>No follow-ups due — well done.</source>
        <translation>没有到期的跟进事项，干得好！</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="292" />
        <source>No activities logged yet. Calls and visits you log appear here.</source>
        <translation>还没有活动记录。你记录的电话和拜访会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="294" />
        <source>Recent activities</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="302" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="307" />
        <source>Reminders: %1 contracts ending, %2 reviews due, %3 invoices newly overdue</source>
        <translation>提醒：%1 份合同到期，%2 个季度评估待做，%3 张发票新近逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="315" />
        <source>%1 invoices overdue at %2 accounts, %3</source>
        <translation>%2 个客户共 %1 张发票逾期，%3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="322" />
        <source> — open Receivables</source>
        <translation> — 打开应收账款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="325" />
        <source>No contract ending, review due or invoice newly overdue.</source>
        <translation>没有即将到期的合同、待做的评估或新逾期的发票。</translation>
    </message>
</context>
<context>
    <name>TrackerFilterBar</name>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="38" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="39" />
        <source>All steps</source>
        <translation>全部步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="41" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="42" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="43" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="44" />
        <source>Expected close month</source>
        <translation>预计成交月份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="46" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="50" />
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="51" />
        <source>Closing %1</source>
        <translation>预计 %1 成交</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="52" />
        <source>Any close month</source>
        <translation>任意成交月份</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="176" />
        <source>Key-account tracker</source>
        <translation>大客户跟踪表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="282" />
        <source>The tracker could not be loaded: %1</source>
        <translation>无法加载跟踪表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="292" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="293" />
        <source>Loading projects…</source>
        <translation>正在加载项目…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="295" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/tracker_page.py" line="298" />
        <source>%1 of %Ln open project(s)</source>
        <translation>
            <numerusform>%1 / %Ln 个进行中项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/tracker_page.py" line="303" />
        <source>%Ln open project(s)</source>
        <translation>
            <numerusform>%Ln 个进行中项目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="307" />
        <source>No open key-account projects. Projects you add appear here.</source>
        <translation>没有进行中的大客户项目。新建的项目会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="311" />
        <source>No project matches the search and filters. Try fewer words.</source>
        <translation>没有符合搜索和筛选条件的项目。请减少关键词试试。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="333" />
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="334" />
        <source>Start a key-account project (Ctrl+N)</source>
        <translation>新建大客户项目（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="336" />
        <source>Search accounts, projects, guides, owners — Chinese or pinyin (Ctrl+F)</source>
        <translation>搜索客户、项目、向导、负责人——中文或拼音 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>TrackerSettingsTab</name>
    <message>
        <location filename="../../ui/settings_tracker.py" line="262" />
        <source>The thresholds of the 1+2+1 rules. They decide every project's traffic light and risk flags on the tracking sheet, the project board and the account plans.</source>
        <translation>1+2+1 规则的阈值，决定跟踪表、项目作战板和客户计划中每个项目的红绿灯与风险提示。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="268" />
        <source>Roles won (the “2”):</source>
        <translation>赢得的角色（“2”）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="269" />
        <source>of the 4 buying roles must be held by a supporter</source>
        <translation>类（共 4 类采购角色）须由支持者担任</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="272" />
        <source>Stalled after:</source>
        <translation>停滞判定：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="273" />
        <source>days without an advance</source>
        <translation>天没有进展</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="276" />
        <source>Talks stalled after:</source>
        <translation>谈判停滞判定：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="277" />
        <source>judged calls in a row ending in continuation</source>
        <translation>次拜访连续以“暂停/继续”结束</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="280" />
        <source>Top contact at:</source>
        <translation>高层接触：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="281" />
        <source>the org level someone in contact must hold</source>
        <translation>须有已接触的人处于这一组织层级</translation>
    </message>
</context>
<context>
    <name>TrackerTableModel</name>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="148" />
        <source>Account</source>
        <extracomment>The colour of each status: a dot in the sheet, a banner on the board. A pale tint of each status, behind the status cell. The text columns: cut short when narrow, so their full text is the cell's tooltip.</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="149" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="150" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="151" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="152" />
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="153" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="154" />
        <source>Guide</source>
        <translation>向导</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="155" />
        <source>Covered</source>
        <translation>角色覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="156" />
        <source>Won</source>
        <translation>已赢角色</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="157" />
        <source>Top risk</source>
        <translation>首要风险</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="158" />
        <source>Last advance</source>
        <translation>最近进展</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="159" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="160" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="161" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="274" />
        <source>1+2+1 holds</source>
        <translation>1+2+1 成立</translation>
    </message>
</context>
</TS>