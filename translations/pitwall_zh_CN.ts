<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Account360View</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用数据</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>No support cases</source>
        <translation>没有支持工单</translation>
    </message>
    <message>
        <source>This account has not opened a support case, or the CRM export has none for it.</source>
        <translation>该客户尚未提交过支持工单，或者 CRM 导出中没有其工单。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>No NPS responses</source>
        <translation>没有 NPS 回复</translation>
    </message>
    <message>
        <source>Nobody at this account has answered an NPS survey yet.</source>
        <translation>该客户尚无人回复过 NPS 调研。</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>No opportunities</source>
        <translation>没有商机</translation>
    </message>
    <message>
        <source>The CRM has no renewal, expansion or new-business opportunity for this account.</source>
        <translation>CRM 中没有该客户的续约、增购或新业务商机。</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Account not found</source>
        <translation>找不到该客户</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Missing from the last full CRM export; kept here with its notes and tasks.</source>
        <translation>上次全量 CRM 导出中没有该客户；其笔记和任务仍保留在这里。</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>NPS (12 months)</source>
        <translation>NPS（近 12 个月）</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>No contacts for this account in the CRM export.</source>
        <translation>CRM 导出中没有该客户的联系人。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>全部回复</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>最新 NPS</translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation>查看时间线</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>近期活动</translation>
    </message>
    <message>
        <source>Show all types</source>
        <translation>显示全部类型</translation>
    </message>
    <message>
        <source>Add a task for this account — what needs doing?</source>
        <translation>为该客户添加任务——需要做什么？</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Due date (optional)</source>
        <translation>截止日期（可选）</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>No tasks for this account</source>
        <translation>该客户没有任务</translation>
    </message>
    <message>
        <source>Type a task above and press Enter. Tasks are saved at once and kept with the account.</source>
        <translation>在上方输入任务并按 Enter。任务会立即保存，并随该客户一起保留。</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation>任务未保存：%1</translation>
    </message>
    <message>
        <source>The account %1 is not in the cache. It may have come from another cache.</source>
        <translation>缓存中没有客户 %1。它可能来自另一个缓存。</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CRM ID %1</source>
        <translation>CRM ID %1</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>Owner %1 (%2)</source>
        <translation>负责人 %1（%2）</translation>
    </message>
    <message>
        <source>Parent %1</source>
        <translation>上级客户 %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>自 %1 起成为客户</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No renewal date</source>
        <translation>无续约日期</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1% in use</source>
        <translation>使用率 %1%</translation>
    </message>
    <message>
        <source>purchased; no usage data</source>
        <translation>已购买；无使用数据</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Not in the CRM</source>
        <translation>CRM 中未记录</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n 条回复</numerusform>
        </translation>
    </message>
    <message>
        <source>No responses this year</source>
        <translation>近一年无回复</translation>
    </message>
    <message>
        <source>No responses</source>
        <translation>无回复</translation>
    </message>
    <message numerus="yes">
        <source>%n high priority</source>
        <translation>
            <numerusform>%n 个高优先级</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in all</source>
        <translation>
            <numerusform>共 %n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>无工单</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>上级客户</translation>
    </message>
    <message>
        <source>CRM ID</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>In the CRM since</source>
        <translation>CRM 创建日期</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 到期，已逾期</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>No NPS responses from this account.</source>
        <translation>该客户没有 NPS 回复。</translation>
    </message>
    <message>
        <source>No calls, emails, meetings or notes yet.</source>
        <translation>还没有通话、邮件、会议或笔记。</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>笔记（%1）</translation>
    </message>
    <message>
        <source>Emails (%1)</source>
        <translation>邮件（%1）</translation>
    </message>
    <message>
        <source>Calls (%1)</source>
        <translation>通话（%1）</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>会议（%1）</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first</source>
        <translation>
            <numerusform>共 %n 条，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of these types</source>
        <translation>没有这些类型的记录</translation>
    </message>
    <message>
        <source>No entry matches the chosen types. Show all types to see the whole history.</source>
        <translation>没有符合所选类型的记录。显示全部类型即可查看完整历史。</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>暂无活动</translation>
    </message>
    <message>
        <source>Calls, emails and meetings from the CRM and your own notes appear here, newest first. Write the first note above (Ctrl+N).</source>
        <translation>来自 CRM 的通话、邮件和会议以及您自己的笔记都会显示在这里，最新的在前。请在上方写下第一条笔记（Ctrl+N）。</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未结 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>已关闭 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open with high or urgent priority</source>
        <translation>
            <numerusform>%n 个高优先级或紧急的未结工单</numerusform>
        </translation>
    </message>
    <message>
        <source>average CSAT %1 of 5</source>
        <translation>平均 CSAT %1（满分 5）</translation>
    </message>
    <message>
        <source>NPS %1 over all responses</source>
        <translation>全部回复的 NPS 为 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n promoter(s)</source>
        <translation>
            <numerusform>推荐者 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passive(s)</source>
        <translation>
            <numerusform>中立者 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>贬损者 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>open pipeline %1</source>
        <translation>进行中的商机金额 %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Open the Health tab (Ctrl+%1)</source>
        <translation>打开“健康度”选项卡（Ctrl+%1）</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>Not scored: no data</source>
        <translation>未评分：无数据</translation>
    </message>
    <message>
        <source>Overridden until %1</source>
        <translation>已人工调整，至 %1</translation>
    </message>
    <message>
        <source>No trend yet</source>
        <translation>暂无趋势</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <extracomment>The health tile: the change of the score in 30 days, with an arrow</extracomment>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>No open tasks. Add one in the Tasks tab (Ctrl+%1).</source>
        <translation>没有未完成的任务。可在“任务”选项卡中添加（Ctrl+%1）。</translation>
    </message>
    <message>
        <source>Open tasks (Ctrl+%1)</source>
        <translation>未完成的任务（Ctrl+%1）</translation>
    </message>
    <message>
        <source>Open cases (Ctrl+%1)</source>
        <translation>未关闭的工单（Ctrl+%1）</translation>
    </message>
    <message>
        <source>Survey responses (Ctrl+%1)</source>
        <translation>调查回复（Ctrl+%1）</translation>
    </message>
    <message>
        <source>Open opportunities (Ctrl+%1)</source>
        <translation>进行中的商机（Ctrl+%1）</translation>
    </message>
    <message>
        <source>Press Enter or Space to open the Health tab (Ctrl+%1)</source>
        <translation>按 Enter 或空格键打开“健康度”标签页（Ctrl+%1）</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <extracomment>The health tile to a screen reader: its value ("72 · Green") and its detail</extracomment>
        <translation>健康度：%1</translation>
    </message>
    <message>
        <source>Prepare &amp;QBR</source>
        <translation>准备 QBR(&amp;Q)</translation>
    </message>
    <message>
        <source>Prepare this account's quarterly business review</source>
        <translation>准备此客户的季度业务回顾</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Open playbooks (Ctrl+%1)</source>
        <translation>进行中的行动手册（Ctrl+%1）</translation>
    </message>
    <message>
        <source>Edit Role and Title…</source>
        <translation>编辑角色和职位…</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a contact's role and title</source>
        <translation>双击或按 F2 编辑联系人的角色和职位</translation>
    </message>
</context>
<context>
    <name>AccountExporter</name>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file for %1: %2</source>
        <translation>无法为 %1 创建临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Cannot read the workbook built for %1: %2</source>
        <translation>无法读取为 %1 生成的工作簿：%2</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .csv or .xlsx.</source>
        <translation>无法导出到 %1：文件名必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>Cannot export to %1: there is no column "%2".</source>
        <translation>无法导出到 %1：没有“%2”列。</translation>
    </message>
    <message>
        <source>Cannot export to %1: there is no column "%2" to sort by.</source>
        <translation>无法导出到 %1：没有可用于排序的“%2”列。</translation>
    </message>
    <message>
        <source>Cannot export to %1: the cache is not open.</source>
        <translation>无法导出到 %1：缓存未打开。</translation>
    </message>
    <message>
        <source>Cannot export %1 accounts to %2: an Excel sheet holds at most %3 rows. Export to CSV instead, or narrow the list.</source>
        <translation>无法将 %1 个客户导出到 %2：一个 Excel 工作表最多只能容纳 %3 行。请改为导出 CSV，或缩小列表范围。</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>导出到 %1 的操作已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>AccountFilter</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n 位负责人</numerusform>
        </translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>renewal overdue or in %n day(s)</source>
        <translation>
            <numerusform>续约已逾期或在 %n 天内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>renewal in %n day(s)</source>
        <translation>
            <numerusform>%n 天内续约</numerusform>
        </translation>
    </message>
    <message>
        <source>renewal overdue</source>
        <translation>续约已逾期</translation>
    </message>
    <message numerus="yes">
        <source>not touched in %n day(s)</source>
        <translation>
            <numerusform>%n 天未跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>archived included</source>
        <translation>含已归档</translation>
    </message>
    <message>
        <source>archived only</source>
        <translation>仅已归档</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>匹配“%1”</translation>
    </message>
    <message>
        <source>renewal %1 – %2</source>
        <translation>续约 %1 – %2</translation>
    </message>
    <message>
        <source>renewal from %1</source>
        <translation>续约自 %1 起</translation>
    </message>
    <message>
        <source>renewal until %1</source>
        <translation>续约截至 %1</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>health %1 in the week of %2</source>
        <translation>%2 当周健康度为%1</translation>
    </message>
    <message>
        <source>health %1</source>
        <translation>健康度 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected account(s)</source>
        <translation>
            <numerusform>%n 个已选客户</numerusform>
        </translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>latest NPS %1</source>
        <translation>最新 NPS %1</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 (archived: missing from the last full export)</source>
        <translation>%1（已归档：上次全量导出中没有该客户）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>CRM ID</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>许可证数</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message numerus="yes">
        <source>%n open playbook(s)</source>
        <translation>
            <numerusform>%n 个进行中的行动手册</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done or skipped</source>
        <translation>
            <numerusform>%n 个步骤中已完成或跳过 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n 个步骤逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>playbook steps resolved/all</comment>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue · %1</source>
        <translation>
            <numerusform>%n 个逾期 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountProfile</name>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>Could not read account %1: %2</source>
        <translation>无法读取客户 %1：%2</translation>
    </message>
    <message>
        <source>Account %1 is not in the cache.</source>
        <translation>缓存中没有客户 %1。</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search accounts by name, ID or owner</source>
        <translation>按名称、ID 或负责人搜索客户</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Import a CRM export (Ctrl+I) — a folder or a .zip from Salesforce, HubSpot or a Pitwall bundle — or load the demo data to look around.</source>
        <translation>导入 CRM 导出（Ctrl+I），支持 Salesforce、HubSpot 或 Pitwall 数据包的文件夹或 .zip 文件；也可以先加载演示数据看看。</translation>
    </message>
    <message>
        <source>Import CRM export…</source>
        <translation>导入 CRM 导出…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>No matching accounts</source>
        <translation>没有匹配的客户</translation>
    </message>
    <message>
        <source>No accounts in the cache</source>
        <translation>缓存中没有客户</translation>
    </message>
    <message>
        <source>%1 of %2 accounts match</source>
        <translation>%2 个客户中有 %1 个匹配</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Search looks at account names, CRM IDs and owners.</source>
        <translation>没有与“%1”匹配的结果。搜索范围包括客户名称、CRM ID 和负责人。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>Filters as you type (Ctrl+F); Esc clears, Down goes to the list</source>
        <translation>输入即筛选（Ctrl+F）；按 Esc 清除，按向下键进入列表</translation>
    </message>
    <message>
        <source>E&amp;xport accounts…</source>
        <translation>导出客户(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the accounts listed, with these columns, as a CSV file or an Excel workbook</source>
        <translation>将列出的客户按当前的列保存为 CSV 文件或 Excel 工作簿</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the accounts listed to CSV or Excel (Ctrl+E)</source>
        <translation>将列出的客户导出为 CSV 或 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选条件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>客户分层(&amp;S)</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>全部分层</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage</source>
        <translation>生命周期阶段(&amp;L)</translation>
    </message>
    <message>
        <source>Any lifecycle stage</source>
        <translation>全部生命周期阶段</translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation>续约(&amp;R)</translation>
    </message>
    <message>
        <source>Any renewal date</source>
        <translation>任意续约日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>90 天内</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天内</translation>
    </message>
    <message>
        <source>Within 180 days</source>
        <translation>180 天内</translation>
    </message>
    <message>
        <source>180 days</source>
        <translation>180 天内</translation>
    </message>
    <message>
        <source>Only accounts with no CRM activity and no note in that time</source>
        <translation>仅显示在此期间既没有 CRM 活动也没有笔记的客户</translation>
    </message>
    <message>
        <source>&amp;Archived</source>
        <translation>已归档(&amp;A)</translation>
    </message>
    <message>
        <source>Hide archived accounts</source>
        <translation>隐藏已归档客户</translation>
    </message>
    <message>
        <source>Include archived accounts</source>
        <translation>包括已归档客户</translation>
    </message>
    <message>
        <source>included</source>
        <translation>包括</translation>
    </message>
    <message>
        <source>Only archived accounts</source>
        <translation>仅显示已归档客户</translation>
    </message>
    <message>
        <source>only</source>
        <translation>仅显示</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Not touched in %n day(s)</source>
        <translation>
            <numerusform>%n 天未跟进(&amp;N)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue or within %n day(s)</source>
        <translation>
            <numerusform>已逾期或 %n 天内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation>
            <numerusform>%n 天内</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved views: filters, sort and columns under a name</source>
        <translation>已保存的视图：以一个名称保存筛选条件、排序和列</translation>
    </message>
    <message>
        <source>My views</source>
        <translation>我的视图</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save view as…</source>
        <translation>视图另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation>重命名视图(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Renewals in 90 days</source>
        <translation>90 天内续约</translation>
    </message>
    <message>
        <source>Not touched in 30 days</source>
        <translation>30 天未跟进</translation>
    </message>
    <message>
        <source>Vie&amp;w: custom</source>
        <translation>视图(&amp;W)：自定义</translation>
    </message>
    <message>
        <source>Vie&amp;w: %1</source>
        <translation>视图(&amp;W)：%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Save the filters, sort and columns as:</source>
        <translation>将筛选条件、排序和列保存为：</translation>
    </message>
    <message>
        <source>“%1” is a built-in view.</source>
        <translation>“%1”是内置视图。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>Replace the view “%1”?</source>
        <translation>要替换视图“%1”吗？</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>There is already a view called “%1”.</source>
        <translation>已存在名为“%1”的视图。</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>要删除视图“%1”吗？</translation>
    </message>
    <message>
        <source>The accounts are not affected.</source>
        <translation>客户数据不受影响。</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>accounts-%1</source>
        <translation>客户列表-%1</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 accounts…</source>
        <translation>正在导出客户：%1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The accounts could not be exported.</source>
        <translation>无法导出客户。</translation>
    </message>
    <message>
        <source>Nothing matches “%1” with these filters.</source>
        <translation>在当前筛选条件下，没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>No account matches these filters.</source>
        <translation>没有符合这些筛选条件的客户。</translation>
    </message>
    <message>
        <source>There are no accounts in this scope.</source>
        <translation>此范围内没有客户。</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>manifest.json is not valid JSON: %1</source>
        <translation>manifest.json 不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>manifest.json has no valid schema_version</source>
        <translation>manifest.json 缺少有效的 schema_version</translation>
    </message>
    <message>
        <source>manifest.json has schema version %1; this Pitwall reads up to version %2. Update Pitwall to import this export.</source>
        <translation>manifest.json 的架构版本为 %1，而当前 Pitwall 最高只能读取版本 %2。请更新 Pitwall 后再导入此导出。</translation>
    </message>
    <message>
        <source>manifest.json lists no files</source>
        <translation>manifest.json 未列出任何文件</translation>
    </message>
    <message>
        <source>manifest.json has an invalid entry for file "%1"</source>
        <translation>manifest.json 中文件“%1”的条目无效</translation>
    </message>
</context>
<context>
    <name>CacheBackup</name>
    <message numerus="yes">
        <source>%1 — %n account(s)</source>
        <translation>
            <numerusform>%1 — %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no cache at %1 to back up.</source>
        <translation>%1 处没有可备份的缓存。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write a backup in %1: %2</source>
        <translation>无法在 %1 中写入备份：%2</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2</source>
        <translation>无法读取缓存 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot back up the cache: %1</source>
        <translation>无法备份缓存：%1</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>The copy of the cache fails its check: %1</source>
        <translation>缓存副本未通过检查：%1</translation>
    </message>
    <message>
        <source>The cache is damaged; no backup was made: %1</source>
        <translation>缓存已损坏，未创建备份：%1</translation>
    </message>
    <message>
        <source>Cannot name the backup %1: %2</source>
        <translation>无法为备份 %1 命名：%2</translation>
    </message>
    <message>
        <source>There is no cache at %1.</source>
        <translation>%1 处没有缓存。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The backup and the cache are the same file.</source>
        <translation>备份与缓存是同一个文件。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged too: %2</source>
        <translation>备份 %1 也已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the damaged cache aside to %1: %2</source>
        <translation>无法将已损坏的缓存移至 %1：%2</translation>
    </message>
    <message>
        <source>The damaged cache cannot be opened: %1</source>
        <translation>无法打开已损坏的缓存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: read %n row(s), then: %2</source>
        <translation>
            <numerusform>%1：已读取 %n 行，随后：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1.</source>
        <translation>无法将备份复制到 %1。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place at %1: %2</source>
        <translation>无法将备份放置到 %1：%2</translation>
    </message>
    <message>
        <source>There was no damaged file to keep.</source>
        <translation>没有需要保留的已损坏文件。</translation>
    </message>
    <message>
        <source>From the damaged cache Pitwall saved %1, %2 and %3 into %4.</source>
        <translation>Pitwall 已从损坏的缓存中将 %1、%2 和 %3 抢救到 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n 项待发送的更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条备注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged cache held no unsent changes, notes or tasks.</source>
        <translation>已损坏的缓存中没有待发送的更改、备注或任务。</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged cache: changes made since the backup are lost.</source>
        <translation>无法从已损坏的缓存中读取任何内容：自上次备份以来的更改已丢失。</translation>
    </message>
    <message>
        <source>Some of it could not be read (%1).</source>
        <translation>部分内容无法读取（%1）。</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>已损坏的文件已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>CacheStatusBar</name>
    <message>
        <source>Cache file: %1</source>
        <translation>缓存文件：%1</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>No import yet</source>
        <translation>尚未导入</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Last import %1 · %2 added, %3 changed, %4 archived, %5 rejected</source>
        <translation>上次导入 %1 · 新增 %2，变更 %3，归档 %4，拒绝 %5</translation>
    </message>
    <message>
        <source>Notes, tasks and other local changes waiting to be sent to the central CRM</source>
        <translation>等待发送到中央 CRM 的笔记、任务和其他本地更改</translation>
    </message>
    <message>
        <source>No local changes waiting to sync</source>
        <translation>没有待同步的本地更改</translation>
    </message>
    <message>
        <source>1 local change not yet synced</source>
        <translation>1 项本地更改尚未同步</translation>
    </message>
    <message>
        <source>%1 local changes not yet synced</source>
        <translation>%1 项本地更改尚未同步</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <source>Last sync failed %1</source>
        <translation>上次同步失败 %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Sync view: Ctrl+Shift+Y</source>
        <translation>同步视图：Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 个冲突</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 个冲突</translation>
    </message>
</context>
<context>
    <name>CallModeWindow</name>
    <message>
        <source>The account's open playbooks (Ctrl+1…9)</source>
        <translation>该客户进行中的行动手册（Ctrl+1…9）</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>N: type a note on this step; Esc: back to the list</source>
        <translation>N：为此步骤填写备注；Esc：返回列表</translation>
    </message>
    <message>
        <source>No open playbook on this account.
Start one from the Playbooks tab of the account.</source>
        <translation>此客户没有进行中的行动手册。
请在该客户的“行动手册”标签页中启动一个。</translation>
    </message>
    <message>
        <source>↑↓ move · Space tick · S skip · N note · Ctrl+T on top · Esc close</source>
        <translation>↑↓ 移动 · 空格 勾选 · S 跳过 · N 备注 · Ctrl+T 置顶 · Esc 关闭</translation>
    </message>
    <message>
        <source>Stay on Top</source>
        <translation>窗口置顶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Playbook %1</source>
        <translation>行动手册 %1</translation>
    </message>
    <message>
        <source>Stays on top</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Normal window</source>
        <translation>普通窗口</translation>
    </message>
    <message>
        <source>Call Mode</source>
        <translation>通话模式</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation>健康度 %1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>健康度：%1</translation>
    </message>
    <message>
        <source>%1  (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Call Mode: %1 · %2</source>
        <translation>通话模式：%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 项中已完成 %1 项</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>跳过步骤</translation>
    </message>
    <message>
        <source>Why is “%1” skipped?</source>
        <translation>为什么跳过“%1”？</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
</context>
<context>
    <name>CentralLocation</name>
    <message>
        <source>Cannot open %1 as a zip file: %2</source>
        <translation>无法将 %1 作为 zip 文件打开：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1: its manifest.json is too large to be one.</source>
        <translation>%1：其中的 manifest.json 过大，不可能是有效的清单文件。</translation>
    </message>
    <message>
        <source>%1 is damaged at "%2": %3</source>
        <translation>%1 在“%2”处已损坏：%3</translation>
    </message>
    <message>
        <source>%1 holds no manifest.json, so it is not a Pitwall export bundle.</source>
        <translation>%1 中没有 manifest.json，因此不是 Pitwall 导出数据包。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: manifest.json cannot be read: %2</source>
        <translation>%1：无法读取 manifest.json：%2</translation>
    </message>
    <message>
        <source>The central export %1 does not exist.</source>
        <translation>中央导出包 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder or a .zip file.</source>
        <translation>%1 既不是文件夹，也不是 .zip 文件。</translation>
    </message>
    <message>
        <source>No export bundle in %1: looked for manifest.json, exports/*/manifest.json and exports/*.zip.</source>
        <translation>%1 中没有导出数据包：已查找 manifest.json、exports/*/manifest.json 和 exports/*.zip。</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>The change journal could not be read: %1</source>
        <translation>无法读取变更日志：%1</translation>
    </message>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation>无法写入变更日志：%1</translation>
    </message>
    <message>
        <source>The cache is not an SQLite database.</source>
        <translation>缓存不是 SQLite 数据库。</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>ChurnEval</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line</source>
        <translation>%1 是空文件：没有标题行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1, line %2: there is no column %3 for the outcome; the columns are: %4</source>
        <translation>%1，第 %2 行：没有用作结果的列%3；现有的列为：%4</translation>
    </message>
    <message>
        <source>%1, line %2: there is no column %3 for --id; the columns are: %4</source>
        <translation>%1，第 %2 行：没有供 --id 使用的列%3；现有的列为：%4</translation>
    </message>
    <message>
        <source>the outcome column %1 cannot also be the --id column</source>
        <translation>结果列%1不能同时作为 --id 列</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed</source>
        <translation>%1，第 %2 行：带引号的字段没有闭合</translation>
    </message>
    <message numerus="yes">
        <source>%1, line %2: %n field(s) where the header has %3</source>
        <translation>
            <numerusform>%1，第 %2 行：有 %n 个字段，而标题行有 %3 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no row has %2 = %3; its values are: %4</source>
        <translation>%1：没有任何行满足 %2 = %3；该列的取值为：%4</translation>
    </message>
    <message>
        <source>%1: the outcome column %2 has %3 different values (%4); say which one is the outcome to predict with --positive VALUE</source>
        <translation>%1：结果列%2有 %3 个不同的取值（%4）；请用 --positive VALUE 指定要预测的结果</translation>
    </message>
    <message>
        <source>%1: too few outcomes to train: %2 rows with an outcome in %3, %4 of them %5 and %6 not; at least %7 rows and %8 of each outcome are needed</source>
        <translation>%1：可用于训练的结果太少：%3中有 %2 行带有结果，其中 %4 行为%5，%6 行不是；至少需要 %7 行，且每种结果至少 %8 行</translation>
    </message>
    <message>
        <source>%1: no column is left to learn from besides the outcome %2</source>
        <translation>%1：除结果列%2外，没有可供学习的列</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 (read as %2)</source>
        <translation>%1（按 %2 读取）</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>按指定值</translation>
    </message>
    <message>
        <source>detected; --positive to choose</source>
        <translation>自动识别；可用 --positive 指定</translation>
    </message>
    <message>
        <source>the rarer value; --positive to choose</source>
        <translation>较少出现的取值；可用 --positive 指定</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows (%n without an outcome skipped)</source>
        <translation>
            <numerusform>%1 行（已跳过 %n 行没有结果的数据）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1  ROC-AUC on %2 held-out rows (stratified %3%, seed %4)</source>
        <translation>%1  留出集 %2 行上的 ROC-AUC（分层抽取 %3%，随机种子 %4）</translation>
    </message>
    <message>
        <source>%1  mean ROC-AUC of %2 stratified folds (%3)</source>
        <translation>%1  %2 折分层交叉验证的平均 ROC-AUC（%3）</translation>
    </message>
    <message>
        <source>%1  on the held-out rows, at a probability of 0.5</source>
        <translation>%1  留出集上的准确率，以概率 0.5 为阈值</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) from %1 column(s)</source>
        <translation>
            <numerusform>来自 %1 列的 %n 个特征</numerusform>
        </translation>
    </message>
    <message>
        <source>the --id column</source>
        <translation>--id 列</translation>
    </message>
    <message>
        <source>every value different: an identifier; --id to name it</source>
        <translation>每个值都不同：应为标识符；可用 --id 指定</translation>
    </message>
    <message>
        <source>the same value in every row</source>
        <translation>每一行的值都相同</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Imputed</source>
        <translation>已填补</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blank(s) filled with the mean</source>
        <translation>
            <numerusform>%1：%n 个空值已用平均值填补</numerusform>
        </translation>
    </message>
    <message>
        <source>Capped</source>
        <translation>已截断</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rare value(s) beyond the most frequent ones not used</source>
        <translation>
            <numerusform>%1：最常见取值之外的 %n 个罕见取值未使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>最强特征</translation>
    </message>
    <message>
        <source>weights on standardised features, fitted on every row; + raises the chance of %1</source>
        <translation>标准化特征上的权重，基于全部行拟合；+ 表示提高%1的概率</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>ChurnRisk</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>客户分层：%1</translation>
    </message>
    <message>
        <source>Usage trend</source>
        <translation>使用趋势</translation>
    </message>
    <message>
        <source>Licence utilisation</source>
        <translation>许可证使用率</translation>
    </message>
    <message>
        <source>Active users per licence</source>
        <translation>每许可证活跃用户数</translation>
    </message>
    <message>
        <source>No usage data</source>
        <translation>无使用数据</translation>
    </message>
    <message>
        <source>Support cases in 90 days</source>
        <translation>90 天内工单数</translation>
    </message>
    <message>
        <source>High-priority cases in 90 days</source>
        <translation>90 天内高优先级工单数</translation>
    </message>
    <message>
        <source>NPS average</source>
        <translation>NPS 平均值</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 回复数</translation>
    </message>
    <message>
        <source>No NPS response in 12 months</source>
        <translation>12 个月内无 NPS 回复</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>距上次跟进天数</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>合作时长</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n renewal outcome(s) (%1 churned); held-out ROC-AUC %2.</source>
        <translation>
            <numerusform>基于 %n 个续约结果训练（%1 个流失）；留出集 ROC-AUC %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few known outcomes to train a churn model: %1 renewed and %2 churned in the last %3 years (at least %4 of each and %5 in all are needed).</source>
        <translation>已知结果太少，无法训练流失模型：过去 %3 年内 %1 个续约、%2 个流失（每类至少需要 %4 个，总计至少 %5 个）。</translation>
    </message>
    <message>
        <source>Could not read the churn model's features: %1</source>
        <translation>无法读取流失模型的特征：%1</translation>
    </message>
    <message>
        <source>Could not store the churn scores: %1</source>
        <translation>无法保存流失评分：%1</translation>
    </message>
    <message>
        <source>The churn model could not be trained: %1</source>
        <translation>无法训练流失模型：%1</translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n renewal outcome(s) (%1 churned).</source>
        <translation>
            <numerusform>基于 %n 个续约结果训练（%1 个流失）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>The cache file (default: %1).</source>
        <translation>缓存文件（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Language of messages, e.g. en or zh_CN (default: the system's).</source>
        <translation>消息语言，例如 en 或 zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Usage: pitwall-cli [--db PATH] [--lang LANG] COMMAND [options]</source>
        <translation>用法：pitwall-cli [--db PATH] [--lang LANG] COMMAND [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Import a folder or .zip export into the cache, all or nothing.</source>
        <translation>将文件夹或 .zip 格式的导出导入缓存：要么全部生效，要么完全不变。</translation>
    </message>
    <message>
        <source>Row counts per table and the last import.</source>
        <translation>各表行数及上次导入情况。</translation>
    </message>
    <message>
        <source>List the accounts in the cache.</source>
        <translation>列出缓存中的客户。</translation>
    </message>
    <message>
        <source>Run pitwall-cli COMMAND --help for a command's options.</source>
        <translation>运行 pitwall-cli COMMAND --help 查看该命令的选项。</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Folder to write the bundle into.</source>
        <translation>数据包的输出文件夹。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Number of accounts (default 480).</source>
        <translation>客户数量（默认 480）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same bundle (default 42).</source>
        <translation>随机种子；相同的种子生成相同的数据包（默认 42）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Weeks of usage history (default 78).</source>
        <translation>使用数据历史的周数（默认 78）。</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Write a demo export bundle.</source>
        <translation>生成演示导出数据包。</translation>
    </message>
    <message>
        <source>demo-export needs --out DIR</source>
        <translation>demo-export 需要 --out DIR 参数</translation>
    </message>
    <message>
        <source>--accounts must be a number from 1 to 10000000</source>
        <translation>--accounts 必须是 1 到 10000000 之间的数字</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed 必须是非负整数</translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD</source>
        <translation>--as-of 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Wrote a demo bundle of %1 accounts to %2 in %3 s.</source>
        <translation>已将包含 %1 个客户的演示数据包写入 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>A folder or a .zip of the export.</source>
        <translation>导出的文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <source>auto, native, salesforce or hubspot (default auto).</source>
        <translation>auto、native、salesforce 或 hubspot（默认 auto）。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>A mapping profile (JSON) to use instead of the built-in one.</source>
        <translation>代替内置映射配置使用的映射配置文件（JSON）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The export is partial: do not archive records it lacks.</source>
        <translation>这是部分导出：不归档其中缺失的记录。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>Import an export into the cache.</source>
        <translation>将导出导入缓存。</translation>
    </message>
    <message>
        <source>import needs exactly one SOURCE (a folder or a .zip)</source>
        <translation>import 需要且只能有一个 SOURCE（文件夹或 .zip 文件）</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Row counts of the cache.</source>
        <translation>缓存各表的行数。</translation>
    </message>
    <message>
        <source>Cache: %1 (schema %2)</source>
        <translation>缓存：%1（架构版本 %2）</translation>
    </message>
    <message>
        <source>(%1 archived)</source>
        <translation>（已归档 %1）</translation>
    </message>
    <message>
        <source>Last import: %1 from %2 (%3): %4 added, %5 changed, %6 unchanged, %7 archived, %8 rejected</source>
        <translation>上次导入：%1，来源 %2（%3）：新增 %4，变更 %5，未变 %6，归档 %7，拒绝 %8</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>尚未导入。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Include archived accounts.</source>
        <translation>包括已归档的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>共 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a demo export bundle that looks like a real company's book of business.</source>
        <translation>生成一个看起来像真实公司客户组合的演示导出数据包。</translation>
    </message>
    <message>
        <source>The date the demo book is generated as of (default: today).</source>
        <translation>演示数据所对应的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>--usage-weeks must be a number from 0 to 520</source>
        <translation>--usage-weeks 必须是 0 到 520 之间的数字</translation>
    </message>
    <message>
        <source>List the accounts in the cache, or export them as the account list does.</source>
        <translation>列出缓存中的客户，或像客户列表那样将其导出。</translation>
    </message>
    <message>
        <source>Add a note to an account; prints the new note's id.</source>
        <translation>为客户添加笔记；输出新笔记的 ID。</translation>
    </message>
    <message>
        <source>Add a task to an account; prints the new task's id.</source>
        <translation>为客户添加任务；输出新任务的 ID。</translation>
    </message>
    <message>
        <source>The local changes not yet sent.</source>
        <translation>列出尚未发送的本地更改。</translation>
    </message>
    <message>
        <source>The account's CRM id.</source>
        <translation>客户的 CRM ID。</translation>
    </message>
    <message>
        <source>The text of the note.</source>
        <translation>笔记内容。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>note, call, meeting or email (default note).</source>
        <translation>note、call、meeting 或 email（默认 note）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Add a note to an account.</source>
        <translation>为客户添加笔记。</translation>
    </message>
    <message>
        <source>note needs --account ID and --text TEXT</source>
        <translation>note 需要 --account ID 和 --text TEXT 参数</translation>
    </message>
    <message>
        <source>--text must not be empty</source>
        <translation>--text 不能为空</translation>
    </message>
    <message>
        <source>--kind must be note, call, meeting or email</source>
        <translation>--kind 必须是 note、call、meeting 或 email</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>任务内容。</translation>
    </message>
    <message>
        <source>The due date, as YYYY-MM-DD.</source>
        <translation>截止日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Add a task to an account.</source>
        <translation>为客户添加任务。</translation>
    </message>
    <message>
        <source>task needs --account ID and --title TEXT</source>
        <translation>task 需要 --account ID 和 --title TEXT 参数</translation>
    </message>
    <message>
        <source>--title must not be empty</source>
        <translation>--title 不能为空</translation>
    </message>
    <message>
        <source>--due must be a date as YYYY-MM-DD, not “%1”</source>
        <translation>--due 必须是 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>Print as JSON: an array of change objects.</source>
        <translation>以 JSON 格式输出：变更对象数组。</translation>
    </message>
    <message>
        <source>No local changes waiting to be sent.</source>
        <translation>没有等待发送的本地更改。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n 项更改尚未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the accounts of this owner (user id); may be repeated.</source>
        <translation>仅列出该负责人（用户 ID）的客户；可重复指定。</translation>
    </message>
    <message>
        <source>Only accounts whose name, CRM id or owner contains every word.</source>
        <translation>仅列出名称、CRM ID 或负责人包含所有关键词的客户。</translation>
    </message>
    <message>
        <source>Only accounts in this segment; may be repeated.</source>
        <translation>仅列出该客户分层中的客户；可重复指定。</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>Write the accounts to a CSV file (UTF-8, as Excel opens it).</source>
        <translation>将客户写入 CSV 文件（UTF-8 编码，可直接用 Excel 打开）。</translation>
    </message>
    <message>
        <source>Write the accounts to an Excel workbook.</source>
        <translation>将客户写入 Excel 工作簿。</translation>
    </message>
    <message>
        <source>accounts takes --csv FILE or --xlsx FILE, not both</source>
        <translation>accounts 只能使用 --csv FILE 或 --xlsx FILE 之一，不能同时使用</translation>
    </message>
    <message>
        <source>--json prints the list; it cannot be combined with --csv or --xlsx</source>
        <translation>--json 用于输出列表，不能与 --csv 或 --xlsx 同时使用</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 accounts</source>
        <translation>正在导出：%1 / %2 个客户</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Train and test the churn model on any labelled CSV: held-out and cross-validated ROC-AUC.</source>
        <translation>在任意带标签的 CSV 上训练并测试流失模型：输出留出集和交叉验证的 ROC-AUC。</translation>
    </message>
    <message>
        <source>The labelled CSV file: one row per customer, any encoding.</source>
        <translation>带标签的 CSV 文件：每行一个客户，编码不限。</translation>
    </message>
    <message>
        <source>The column that holds the outcome (e.g. Churn).</source>
        <translation>存放结果的列（例如 Churn）。</translation>
    </message>
    <message>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <source>The outcome value to predict (default: Yes, 1, true or churned if present, else the rarer value).</source>
        <translation>要预测的结果值（默认：若存在 Yes、1、true 或 churned 则取之，否则取较少出现的值）。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>A column to leave out of the features (an identifier).</source>
        <translation>不作为特征使用的列（标识符）。</translation>
    </message>
    <message>
        <source>Train and test the churn model on a labelled CSV.</source>
        <translation>在带标签的 CSV 上训练并测试流失模型。</translation>
    </message>
    <message>
        <source>churn-eval needs --csv FILE and --label COLUMN</source>
        <translation>churn-eval 需要 --csv FILE 和 --label COLUMN 参数</translation>
    </message>
    <message>
        <source>--positive must not be empty</source>
        <translation>--positive 不能为空</translation>
    </message>
    <message>
        <source>One row per CSM: accounts, ARR, health mix, ARR at risk, renewals, untouched, overdue tasks.</source>
        <translation>每位 CSM 一行：客户、ARR、健康度分布、有风险 ARR、续约、未跟进、逾期任务。</translation>
    </message>
    <message>
        <source>Each live account's health score, band, trend and the measures behind it.</source>
        <translation>每个存续客户的健康度评分、等级、趋势及其背后的指标。</translation>
    </message>
    <message>
        <source>Renewals due, expected ARR, the renewals least likely to renew, GRR and NRR.</source>
        <translation>到期续约、预期 ARR、最不可能续约的续约、GRR 和 NRR。</translation>
    </message>
    <message>
        <source>Do not recompute health and churn risk after the import (run health --recompute later).</source>
        <translation>导入后不重新计算健康度和流失风险（稍后运行 health --recompute）。</translation>
    </message>
    <message>
        <source>mine, team or all (default team).</source>
        <translation>mine、team 或 all（默认 team）。</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Whose team the scope means (default: the GUI's user).</source>
        <translation>范围所指的团队归属者（默认：GUI 的当前用户）。</translation>
    </message>
    <message>
        <source>The day the figures are for (default: today).</source>
        <translation>数据所对应的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Print as JSON: an array with one object per CSM.</source>
        <translation>以 JSON 输出：每位 CSM 一个对象的数组。</translation>
    </message>
    <message>
        <source>Write the table to an Excel workbook.</source>
        <translation>将表格写入 Excel 工作簿。</translation>
    </message>
    <message>
        <source>One row per CSM: accounts, ARR, health, risk, renewals, work.</source>
        <translation>每位 CSM 一行：客户、ARR、健康度、风险、续约、工作。</translation>
    </message>
    <message>
        <source>--json prints the table; it cannot be combined with --xlsx</source>
        <translation>--json 会输出表格，不能与 --xlsx 同时使用</translation>
    </message>
    <message>
        <source>--scope must be mine, team or all, not "%1".</source>
        <translation>--scope 必须是 mine、team 或 all，而不是“%1”。</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not "%1".</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no user "%1" in the cache.</source>
        <translation>缓存中没有用户“%1”。</translation>
    </message>
    <message>
        <source>--scope %1 needs --user ID (no user is chosen in Pitwall yet), or use --scope all.</source>
        <translation>--scope %1 需要 --user ID（Pitwall 中尚未选择用户），或使用 --scope all。</translation>
    </message>
    <message>
        <source>Every CSM</source>
        <translation>全部 CSM</translation>
    </message>
    <message>
        <source>The book of %1</source>
        <translation>%1 的客户</translation>
    </message>
    <message>
        <source>My team of %1</source>
        <translation>%1 的团队</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln CSM(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 位 CSM 导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Renew 90d</source>
        <translation>90 天内续约</translation>
    </message>
    <message>
        <source>Renew ARR</source>
        <translation>续约 ARR</translation>
    </message>
    <message>
        <source>Untouched 30d</source>
        <translation>30 天未跟进</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSM(s)</source>
        <translation>
            <numerusform>%Ln 位 CSM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>amounts in %1</source>
        <translation>金额单位：%1</translation>
    </message>
    <message>
        <source>No CSM in this scope owns a live account.</source>
        <translation>此范围内没有 CSM 拥有存续客户。</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %2 %3 ARR in %Ln account(s), %4 at risk, %5 renewing in 90 days</source>
        <translation>
            <numerusform>  %1：%2 %3 ARR，%Ln 个客户，%4 有风险，%5 将在 90 天内续约</numerusform>
        </translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>（无币种）</translation>
    </message>
    <message>
        <source>Other currencies (never converted):</source>
        <translation>其他币种（从不换算）：</translation>
    </message>
    <message>
        <source>No account has a churn probability yet, so ARR at risk is not known.</source>
        <translation>尚无客户有流失概率，因此有风险 ARR 未知。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) without a churn probability count 0 in ARR at risk.</source>
        <translation>
            <numerusform>%Ln 个没有流失概率的客户在有风险 ARR 中按 0 计。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no team in the cache: this is their own book.</source>
        <translation>%1 在缓存中没有团队：此处为其本人的客户。</translation>
    </message>
    <message>
        <source>Recompute every account's health and retrain the churn model first.</source>
        <translation>先重新计算每个客户的健康度并重新训练流失模型。</translation>
    </message>
    <message>
        <source>Only this account (CRM id).</source>
        <translation>仅此客户（CRM ID）。</translation>
    </message>
    <message>
        <source>Recompute as of this day (default: today).</source>
        <translation>按此日期重新计算（默认：今天）。</translation>
    </message>
    <message>
        <source>Print as JSON: an array of objects with id, score, band, trend, contributions and override.</source>
        <translation>以 JSON 输出：对象数组，包含 id、score、band、trend、contributions 和 override。</translation>
    </message>
    <message>
        <source>Account health: score, band, trend and the measures behind it.</source>
        <translation>客户健康度：评分、等级、趋势及其背后的指标。</translation>
    </message>
    <message>
        <source>Health could not be recomputed: %1</source>
        <translation>无法重新计算健康度：%1</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed the health of %n account(s) in %1 ms with the %2 scorecard.</source>
        <translation>
            <numerusform>已使用 %2 评分卡在 %1 毫秒内重新计算了 %n 个客户的健康度。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored the %n week(s) before today from the cache's history.</source>
        <translation>
            <numerusform>已根据缓存的历史记录为今天之前的 %n 周评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Churn model (%1 ms): %2</source>
        <translation>流失模型（%1 毫秒）：%2</translation>
    </message>
    <message>
        <source>No account with the id "%1" in the cache.</source>
        <translation>缓存中没有 ID 为“%1”的客户。</translation>
    </message>
    <message>
        <source>Account %1 has no health score yet: it is churned or archived, or health has not been computed (run health --recompute).</source>
        <translation>客户 %1 尚无健康度评分：该客户已流失或已归档，或尚未计算健康度（运行 health --recompute）。</translation>
    </message>
    <message>
        <source>No health scores yet: import data or run health --recompute.</source>
        <translation>尚无健康度评分：请导入数据或运行 health --recompute。</translation>
    </message>
    <message>
        <source>dragged down by %1</source>
        <translation>主要拖累因素：%1</translation>
    </message>
    <message>
        <source>override until %1: %2</source>
        <translation>人工调整至 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s): </source>
        <translation>
            <numerusform>%n 个客户：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 red, %2 yellow, %3 green, %4 not scored</source>
        <translation>%1 红，%2 黄，%3 绿，%4 未评分</translation>
    </message>
    <message>
        <source>Renewals due in the next N months (default 3).</source>
        <translation>未来 N 个月内到期的续约（默认 3）。</translation>
    </message>
    <message>
        <source>mine, team or all (default all).</source>
        <translation>mine、team 或 all（默认 all）。</translation>
    </message>
    <message>
        <source>Whose book or team the scope means (default: the GUI's user).</source>
        <translation>范围所指的客户或团队归属者（默认：GUI 的当前用户）。</translation>
    </message>
    <message>
        <source>The day the forecast is made on (default: today).</source>
        <translation>做出预测的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Print as JSON: an object with renewing_arr, expected_arr, at_risk, grr and nrr.</source>
        <translation>以 JSON 输出：包含 renewing_arr、expected_arr、at_risk、grr 和 nrr 的对象。</translation>
    </message>
    <message>
        <source>The renewal forecast and revenue retention.</source>
        <translation>续约预测与收入留存。</translation>
    </message>
    <message>
        <source>--months needs a whole number from 1 to 60, not "%1".</source>
        <translation>--months 需要 1 到 60 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--scope %1 needs --user ID (no user is chosen in Pitwall yet).</source>
        <translation>--scope %1 需要 --user ID（Pitwall 中尚未选择用户）。</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>无法计算预测：%1</translation>
    </message>
    <message>
        <source>A quarterly business review deck (PDF or HTML) for an account, or one per account of a CSM's book.</source>
        <translation>为一个客户生成季度业务回顾（QBR）报告（PDF 或 HTML），或为某 CSM 名下的每个客户各生成一份。</translation>
    </message>
    <message>
        <source>The account's CRM id (one deck).</source>
        <translation>客户的 CRM ID（生成一份报告）。</translation>
    </message>
    <message>
        <source>A CSM's user id: one deck per live account of their book.</source>
        <translation>CSM 的用户 ID：为其名下每个在营客户各生成一份报告。</translation>
    </message>
    <message>
        <source>The quarter, as YYYYQn (e.g. 2026Q3).</source>
        <translation>季度，格式为 YYYYQn（如 2026Q3）。</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>With --account: the file to write, ending in .pdf or .html.</source>
        <translation>与 --account 配合使用：要写入的文件，扩展名为 .pdf 或 .html。</translation>
    </message>
    <message>
        <source>With --owner: the folder to write the decks into.</source>
        <translation>与 --owner 配合使用：报告的写入文件夹。</translation>
    </message>
    <message>
        <source>With --owner: pdf or html (default pdf).</source>
        <translation>与 --owner 配合使用：pdf 或 html（默认为 pdf）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Start from this template instead of the saved draft: the published template's name, "built-in", or a template JSON file.</source>
        <translation>从此模板而非已保存的草稿开始：已发布模板的名称、"built-in" 或模板 JSON 文件。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Read the cache as of this day (default: today).</source>
        <translation>读取截至该日的缓存（默认：今天）。</translation>
    </message>
    <message>
        <source>The vendor name on the cover (default: the one set in Pitwall, else Pitwall).</source>
        <translation>封面上的供应商名称（默认：Pitwall 中设置的名称，未设置则为 Pitwall）。</translation>
    </message>
    <message>
        <source>The vendor logo on the cover, PNG or SVG (default: the one set in Pitwall).</source>
        <translation>封面上的供应商徽标，PNG 或 SVG 格式（默认：Pitwall 中设置的徽标）。</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>以 JSON 格式输出已写入的内容。</translation>
    </message>
    <message>
        <source>Quarterly business review decks from the cache: the saved draft, or a template.</source>
        <translation>根据缓存生成季度业务回顾报告：使用已保存的草稿或模板。</translation>
    </message>
    <message>
        <source>qbr needs either --account ID --out FILE or --owner ID --out-dir DIR</source>
        <translation>qbr 需要 --account ID --out FILE 或 --owner ID --out-dir DIR</translation>
    </message>
    <message>
        <source>qbr needs --quarter YYYYQn, e.g. 2026Q3</source>
        <translation>qbr 需要 --quarter YYYYQn，如 2026Q3</translation>
    </message>
    <message>
        <source>--quarter needs a quarter as YYYYQn, e.g. 2026Q3, not "%1".</source>
        <translation>--quarter 需要 YYYYQn 格式的季度（如 2026Q3），而不是 "%1"。</translation>
    </message>
    <message>
        <source>--out-dir and --format go with --owner; with --account, name the file with --out</source>
        <translation>--out-dir 和 --format 需与 --owner 配合使用；使用 --account 时，请用 --out 指定文件</translation>
    </message>
    <message>
        <source>qbr --account needs --out FILE.pdf or --out FILE.html</source>
        <translation>qbr --account 需要 --out FILE.pdf 或 --out FILE.html</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .html, not "%1".</source>
        <translation>--out 的扩展名必须为 .pdf 或 .html，而不是 "%1"。</translation>
    </message>
    <message>
        <source>--out goes with --account; with --owner, name the folder with --out-dir</source>
        <translation>--out 需与 --account 配合使用；使用 --owner 时，请用 --out-dir 指定文件夹</translation>
    </message>
    <message>
        <source>qbr --owner needs --out-dir DIR</source>
        <translation>qbr --owner 需要 --out-dir DIR</translation>
    </message>
    <message>
        <source>--format must be pdf or html, not "%1".</source>
        <translation>--format 必须为 pdf 或 html，而不是 "%1"。</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read: give a PNG, JPEG or SVG file.</source>
        <translation>无法读取徽标 %1：请提供 PNG、JPEG 或 SVG 文件。</translation>
    </message>
    <message>
        <source>The logo set in Pitwall (%1) cannot be read; the vendor name is shown instead.</source>
        <translation>无法读取 Pitwall 中设置的徽标（%1），改为显示供应商名称。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable QBR template: %2</source>
        <translation>%1 不是可用的 QBR 模板：%2</translation>
    </message>
    <message>
        <source>No QBR template named "%1": use %2, or a template JSON file.</source>
        <translation>没有名为 "%1" 的 QBR 模板：请使用 %2 或模板 JSON 文件。</translation>
    </message>
    <message>
        <source>from the template "%1"</source>
        <translation>基于模板 "%1"</translation>
    </message>
    <message>
        <source>as delivered</source>
        <translation>按已交付版本</translation>
    </message>
    <message>
        <source>from the saved draft</source>
        <translation>基于已保存的草稿</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 QBR of %2 (%n page(s), %3) to %4.</source>
        <translation>
            <numerusform>已将 %2 的 %1 QBR（%n 页，%3）写入 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 has no live accounts: nothing to write.</source>
        <translation>%1 名下没有在营客户：无内容可写入。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n QBR(s) for %1 to %2</source>
        <translation>
            <numerusform>已将 %1 的 %n 份 QBR 写入 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s) in %1 s, %2 ms per deck).</source>
        <translation>
            <numerusform>（共 %n 页，用时 %1 秒，每份报告 %2 毫秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) failed; see the messages above.</source>
        <translation>
            <numerusform>%n 个客户处理失败；请查看上方消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Playbooks: the templates, the running plays and their steps (playbook --help lists the commands).</source>
        <translation>行动手册：模板、正在运行的行动手册及其步骤（playbook --help 列出所有命令）。</translation>
    </message>
    <message>
        <source>unknown playbook command "%1"</source>
        <translation>未知的 playbook 命令 "%1"</translation>
    </message>
    <message>
        <source>Usage: pitwall-cli playbook COMMAND [options]</source>
        <translation>用法：pitwall-cli playbook COMMAND [选项]</translation>
    </message>
    <message>
        <source>The playbook templates in force: built in, published by CS Ops, or your own.</source>
        <translation>当前生效的行动手册模板：内置模板、由 CS Ops 发布的模板或您自己的模板。</translation>
    </message>
    <message>
        <source>Only this account's playbooks (CRM id).</source>
        <translation>仅显示此客户的行动手册（CRM ID）。</translation>
    </message>
    <message>
        <source>Include completed and cancelled playbooks.</source>
        <translation>包括已完成和已取消的行动手册。</translation>
    </message>
    <message>
        <source>Running playbooks with their progress.</source>
        <translation>正在运行的行动手册及其进度。</translation>
    </message>
    <message>
        <source>The template's id (see playbook templates).</source>
        <translation>模板 ID（参见 playbook templates）。</translation>
    </message>
    <message>
        <source>Start a playbook on an account.</source>
        <translation>为客户启动行动手册。</translation>
    </message>
    <message>
        <source>The playbook's id (or its first characters).</source>
        <translation>行动手册 ID（或其开头几个字符）。</translation>
    </message>
    <message>
        <source>The step's number, from 1.</source>
        <translation>步骤编号，从 1 开始。</translation>
    </message>
    <message>
        <source>A note to keep with the step.</source>
        <translation>随步骤保存的备注。</translation>
    </message>
    <message>
        <source>Why the step is skipped (required).</source>
        <translation>跳过该步骤的原因（必需）。</translation>
    </message>
    <message>
        <source>Mark a step done.</source>
        <translation>将步骤标记为已完成。</translation>
    </message>
    <message>
        <source>Skip a step, with a reason.</source>
        <translation>跳过步骤并注明原因。</translation>
    </message>
    <message>
        <source>One playbook and its steps.</source>
        <translation>单个行动手册及其步骤。</translation>
    </message>
    <message>
        <source>Evaluate the rules now and print what they did.</source>
        <translation>立即评估规则并输出其执行结果。</translation>
    </message>
    <message>
        <source>With --evaluate: the day to evaluate as of (default: today).</source>
        <translation>与 --evaluate 配合使用：评估所依据的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>The playbook rules in force: what starts a playbook, a task or a notification.</source>
        <translation>当前生效的行动手册规则：触发行动手册、任务或通知的条件。</translation>
    </message>
    <message>
        <source>playbook %1 needs --instance ID and --step N</source>
        <translation>playbook %1 需要 --instance ID 和 --step N</translation>
    </message>
    <message>
        <source>--step needs a step number from 1, not "%1".</source>
        <translation>--step 需要从 1 开始的步骤编号，而不是 "%1"。</translation>
    </message>
    <message>
        <source>playbook skip needs --reason TEXT: say why the step is skipped.</source>
        <translation>playbook skip 需要 --reason TEXT：请说明跳过该步骤的原因。</translation>
    </message>
    <message>
        <source>playbook show needs --instance ID</source>
        <translation>playbook show 需要 --instance ID</translation>
    </message>
    <message>
        <source>playbook start needs --account ID and --template TEMPLATE_ID</source>
        <translation>playbook start 需要 --account ID 和 --template TEMPLATE_ID</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>CS Ops</source>
        <translation>CS Ops</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Evaluated the playbook rules in %1 ms: %2.</source>
        <translation>已评估行动手册规则，用时 %1 毫秒：%2。</translation>
    </message>
    <message>
        <source>Playbook rules (%1):</source>
        <translation>行动手册规则（%1）：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No account with CRM id “%1” in the cache.</source>
        <translation>缓存中没有 CRM ID 为“%1”的客户。</translation>
    </message>
    <message>
        <source>No open playbooks.</source>
        <translation>没有进行中的行动手册。</translation>
    </message>
    <message>
        <source>No playbooks.</source>
        <translation>没有行动手册。</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一截止日期</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>启动方式</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s)</source>
        <translation>
            <numerusform>%n 个行动手册</numerusform>
        </translation>
    </message>
    <message>
        <source>Started “%1” on %2: %3</source>
        <translation>已为 %2 启动“%1”：%3</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” on %2: %3 of %n step(s) done or skipped.</source>
        <translation>
            <numerusform>%2 的“%1”：%n 个步骤中已完成或跳过 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook is complete.</source>
        <translation>行动手册已全部完成。</translation>
    </message>
    <message>
        <source>“%1” on %2 (%3)</source>
        <translation>%2 的“%1”（%3）</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Started %1 %2; %3</source>
        <translation>于 %1 %2启动；%3</translation>
    </message>
    <message>
        <source>by the rule “%1”</source>
        <translation>由规则“%1”</translation>
    </message>
    <message>
        <source>The account had no renewal date: the renewal was taken to be %1.</source>
        <translation>该客户没有续约日期：续约日期按 %1 计算。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done or skipped</source>
        <translation>
            <numerusform>%n 个步骤中已完成或跳过 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>done by %1 on %2</source>
        <translation>由 %1 于 %2 完成</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Pull the newest central export and push local changes to the central outbox (a folder, a .zip or an http(s):// URL); or show the sync status.</source>
        <translation>拉取最新的中央导出包，并将本地更改推送到中央发件箱（文件夹、.zip 文件或 http(s):// URL）；或显示同步状态。</translation>
    </message>
    <message>
        <source>Edit a contact's role or title, the fields shared with the CRM.</source>
        <translation>编辑联系人的角色或职位（与 CRM 共享的字段）。</translation>
    </message>
    <message>
        <source>Edits waiting for the CRM, and conflicts with it; resolve one.</source>
        <translation>等待 CRM 采纳的编辑及与 CRM 的冲突；可解决其中一项冲突。</translation>
    </message>
    <message>
        <source>Check the cache for damage (PRAGMA integrity_check); exits 1 when damaged.</source>
        <translation>检查缓存是否损坏（PRAGMA integrity_check）；如已损坏，则以退出码 1 退出。</translation>
    </message>
    <message>
        <source>Back the cache up (the newest three automatic backups are kept).</source>
        <translation>备份缓存（保留最新的三个自动备份）。</translation>
    </message>
    <message>
        <source>Put the newest backup (or FILE) in place of the cache; the damaged file is kept aside.</source>
        <translation>用最新的备份（或 FILE）替换缓存；已损坏的文件会另行保留。</translation>
    </message>
    <message>
        <source>Warning: the import is saved, but no backup was made: %1</source>
        <translation>警告：导入已保存，但未创建备份：%1</translation>
    </message>
    <message>
        <source>The cache is damaged. Run "pitwall-cli restore" to put back the newest automatic backup ("pitwall-cli restore --list" shows them); the damaged file is kept aside.</source>
        <translation>缓存已损坏。请运行“pitwall-cli restore”恢复最新的自动备份（“pitwall-cli restore --list”可列出所有备份）；已损坏的文件会另行保留。</translation>
    </message>
    <message>
        <source>Run the faster quick_check instead of the full integrity_check.</source>
        <translation>运行较快的 quick_check，而不是完整的 integrity_check。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Check the cache for damage.</source>
        <translation>检查缓存是否损坏。</translation>
    </message>
    <message>
        <source>The cache %1 is sound.</source>
        <translation>缓存 %1 完好。</translation>
    </message>
    <message>
        <source>Cannot check the cache %1: %2</source>
        <translation>无法检查缓存 %1：%2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged:</source>
        <translation>缓存 %1 已损坏：</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the backup folder.</source>
        <translation>将备份写入此文件，而不是备份文件夹。</translation>
    </message>
    <message>
        <source>Back the cache up.</source>
        <translation>备份缓存。</translation>
    </message>
    <message>
        <source>--out must not be the cache itself</source>
        <translation>--out 不能是缓存文件本身</translation>
    </message>
    <message>
        <source>--out must name a file, not the folder %1</source>
        <translation>--out 必须指定文件，而不是文件夹 %1</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation>%1 所在的文件夹不存在</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n account(s) to %1 (%2).</source>
        <translation>
            <numerusform>已将 %n 个客户备份到 %1（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s).</source>
        <translation>
            <numerusform>已删除 %n 个较早的备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the automatic backups, newest first.</source>
        <translation>列出自动备份，最新的在前。</translation>
    </message>
    <message>
        <source>Restore this backup file (default: the newest automatic backup).</source>
        <translation>恢复此备份文件（默认：最新的自动备份）。</translation>
    </message>
    <message>
        <source>Restore even when the cache is sound (it is kept aside, not deleted).</source>
        <translation>即使缓存完好也执行恢复（原缓存会另行保留，不会被删除）。</translation>
    </message>
    <message>
        <source>Put a backup in place of the cache.</source>
        <translation>用备份替换缓存。</translation>
    </message>
    <message>
        <source>restore takes --list or --from FILE, not both</source>
        <translation>restore 只能使用 --list 或 --from FILE 之一，不能同时使用</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>架构版本 %1</translation>
    </message>
    <message>
        <source>No backup file at %1</source>
        <translation>%1 处没有备份文件</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2; name one with --from FILE.</source>
        <translation>%2 中没有 %1 的备份；请用 --from FILE 指定一个备份。</translation>
    </message>
    <message>
        <source>The cache %1 is sound: restoring would replace it with an older copy. Add --force to do it anyway (the current file is kept aside).</source>
        <translation>缓存 %1 完好：恢复会用较旧的副本替换它。如仍要恢复，请添加 --force（当前文件会另行保留）。</translation>
    </message>
    <message>
        <source>The backup is in place but cannot be opened: %1</source>
        <translation>备份已放置到位，但无法打开：%1</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>已恢复 %1 的备份。</translation>
    </message>
    <message>
        <source>The contact's CRM id.</source>
        <translation>联系人的 CRM ID。</translation>
    </message>
    <message>
        <source>The new role: champion, executive_sponsor, decision_maker, technical, user, billing, or empty to clear it.</source>
        <translation>新角色：champion、executive_sponsor、decision_maker、technical、user、billing，留空则清除。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>The new job title (empty clears it).</source>
        <translation>新职位（留空则清除）。</translation>
    </message>
    <message>
        <source>Edit a contact's role or title (shared with the CRM; sent at the next sync).</source>
        <translation>编辑联系人的角色或职位（与 CRM 共享；在下次同步时发送）。</translation>
    </message>
    <message>
        <source>contact needs --id and at least one of --role and --title.</source>
        <translation>contact 需要 --id，以及 --role 和 --title 中的至少一个。</translation>
    </message>
    <message>
        <source>Saved; sent to the CRM at the next sync.</source>
        <translation>已保存；将在下次同步时发送到 CRM。</translation>
    </message>
    <message>
        <source>Resolve the conflict with this edit id (see the list).</source>
        <translation>用此编辑 ID 解决冲突（参见列表）。</translation>
    </message>
    <message>
        <source>With --resolve: mine (your value stays) or theirs (the CRM's).</source>
        <translation>与 --resolve 配合使用：mine（保留您的值）或 theirs（采用 CRM 的值）。</translation>
    </message>
    <message>
        <source>side</source>
        <translation>side</translation>
    </message>
    <message>
        <source>Edits of CRM fields waiting for the CRM, and the conflicts with it.</source>
        <translation>等待 CRM 采纳的 CRM 字段编辑，以及与 CRM 的冲突。</translation>
    </message>
    <message>
        <source>--resolve needs --keep mine or --keep theirs.</source>
        <translation>--resolve 需要 --keep mine 或 --keep theirs。</translation>
    </message>
    <message>
        <source>Kept your value; it is sent again at the next sync.</source>
        <translation>已保留您的值；将在下次同步时重新发送。</translation>
    </message>
    <message>
        <source>Took the CRM's value.</source>
        <translation>已采用 CRM 的值。</translation>
    </message>
    <message>
        <source>No conflicts, and no edit waiting for the CRM.</source>
        <translation>没有冲突，也没有等待 CRM 采纳的编辑。</translation>
    </message>
    <message>
        <source>CONFLICT %1: %2 (%3), %4: yours “%5”, the CRM's “%6” (was “%7”)</source>
        <translation>冲突 %1：%2（%3），%4：您的值“%5”，CRM 的值“%6”（原为“%7”）</translation>
    </message>
    <message>
        <source>waiting %1: %2 (%3), %4: “%5” (the CRM has “%6”)</source>
        <translation>等待中 %1：%2（%3），%4：“%5”（CRM 中为“%6”）</translation>
    </message>
    <message>
        <source>Show the sync status instead of syncing.</source>
        <translation>显示同步状态，而不执行同步。</translation>
    </message>
    <message>
        <source>The central location: a folder, a .zip file or an http(s):// URL (default: the one last synced with).</source>
        <translation>中央位置：文件夹、.zip 文件或 http(s):// URL（默认：上次同步时使用的位置）。</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>Only import the newest export; push nothing.</source>
        <translation>仅导入最新的导出包；不推送任何内容。</translation>
    </message>
    <message>
        <source>Only write local changes to the outbox; import nothing.</source>
        <translation>仅将本地更改写入发件箱；不导入任何内容。</translation>
    </message>
    <message>
        <source>Do not recompute health and churn risk after an import.</source>
        <translation>导入后不重新计算健康度和流失风险。</translation>
    </message>
    <message>
        <source>HTTP: give up after this many seconds without data (default 30).</source>
        <translation>HTTP：超过此秒数仍未收到数据则放弃（默认 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Sync the cache with the central location.</source>
        <translation>将缓存与中央位置同步。</translation>
    </message>
    <message>
        <source>sync takes no argument but "status"; the location goes after --central</source>
        <translation>sync 除“status”外不接受其他参数；位置应放在 --central 之后</translation>
    </message>
    <message>
        <source>--pull-only and --push-only exclude each other</source>
        <translation>--pull-only 和 --push-only 不能同时使用</translation>
    </message>
    <message>
        <source>sync needs --central LOCATION (a folder, a .zip file or an http(s):// URL)</source>
        <translation>sync 需要 --central LOCATION（文件夹、.zip 文件或 http(s):// URL）</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600</source>
        <translation>--timeout 必须是 1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>Skip the backup after the import (one is made when the newest is more than a day old).</source>
        <translation>导入后跳过备份（最新备份超过一天时才会创建新备份）。</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>The role and title are shared with the CRM: your change is saved here at once and sent at the next sync. Everything else about a contact comes from the CRM.</source>
        <translation>角色和职位与 CRM 共享：您的更改会立即保存在本地，并在下次同步时发送。联系人的其他信息均来自 CRM。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职位(&amp;T)：</translation>
    </message>
    <message>
        <source>Conflict: the CRM changed the %1 to “%2”. Resolve it in the Sync view.</source>
        <translation>冲突：CRM 已将%1更改为“%2”。请在同步视图中解决。</translation>
    </message>
    <message>
        <source>Your %1 “%2” is waiting for the CRM (it says “%3”).</source>
        <translation>您的%1“%2”正在等待 CRM 采纳（CRM 中为“%3”）。</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Left the company</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <source>%1 has left the company</source>
        <translation>%1 已离职</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
</context>
<context>
    <name>CrmFormat</name>
    <message>
        <source>Enterprise</source>
        <translation>大型企业</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>中型企业</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>中小企业</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>战略客户</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商业客户</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试用</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>上线引导</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>产品采用</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>增购扩展</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>不活跃</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Left the company</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北美</translation>
    </message>
    <message>
        <source>EMEA</source>
        <translation>欧洲、中东及非洲</translation>
    </message>
    <message>
        <source>APAC</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>Greater China</source>
        <translation>大中华区</translation>
    </message>
    <message>
        <source>LATAM</source>
        <translation>拉美</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>新业务</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>增购</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>初步接洽</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资格确认</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>内部倡导者</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>高管赞助人</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>技术联系人</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>账单联系人</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvFileReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (it looks like %1) and, at %2, too large to convert; save it as UTF-8 to import it (files in other encodings can be up to %3)</source>
        <translation>该文件不是 UTF-8 文本（看起来是 %1），且大小为 %2，过大而无法转换；请将其另存为 UTF-8 后再导入（其他编码的文件最大可为 %3）</translation>
    </message>
    <message>
        <source>the row is longer than %1 and was skipped (a damaged export?)</source>
        <translation>该行长度超过 %1，已跳过（导出文件可能已损坏？）</translation>
    </message>
    <message>
        <source>the row has more than %1 fields; only a spreadsheet-sized table can be imported</source>
        <translation>该行的字段超过 %1 个；只能导入电子表格大小的表格</translation>
    </message>
</context>
<context>
    <name>DashboardCard</name>
    <message>
        <source>Show accounts</source>
        <translation>显示客户</translation>
    </message>
    <message>
        <source>Show the accounts behind a figure</source>
        <translation>显示该数据对应的客户</translation>
    </message>
    <message>
        <source>Show accounts of %1</source>
        <translation>显示 %1 的客户</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>将 %1 另存为 PNG</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <source>Could not read the health scores: %1</source>
        <translation>无法读取健康度评分：%1</translation>
    </message>
    <message>
        <source>Could not read the health history: %1</source>
        <translation>无法读取健康度历史：%1</translation>
    </message>
    <message>
        <source>Could not read the NPS responses: %1</source>
        <translation>无法读取 NPS 回复：%1</translation>
    </message>
    <message>
        <source>The revenue retention could not be computed.</source>
        <translation>无法计算收入留存率。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%1 ARR in %n account(s)</source>
        <translation>
            <numerusform>%n 个客户的 ARR 为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>无币种</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>暂无客户</translation>
    </message>
    <message>
        <source>The dashboard charts the book once there is one: import a CRM export (Ctrl+I) or load the demo data.</source>
        <translation>有客户数据后，仪表板即会生成图表：请导入 CRM 导出文件（Ctrl+I）或加载演示数据。</translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation>正在读取数据</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>Health mix</source>
        <translation>健康度分布</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Accounts per health band</source>
        <translation>各健康度等级的客户数</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>ARR per health band, in the main currency</source>
        <translation>各健康度等级的 ARR（以主币种计）</translation>
    </message>
    <message>
        <source>Health trend</source>
        <translation>健康度趋势</translation>
    </message>
    <message>
        <source>Renewals by month</source>
        <translation>按月续约</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>收入留存</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>总收入留存率</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>净收入留存率</translation>
    </message>
    <message>
        <source>GRR: ARR kept from the customers of a year ago, less churn and contraction, without expansion</source>
        <translation>GRR：一年前的客户所保留的 ARR，扣除流失和缩减，不含扩展</translation>
    </message>
    <message>
        <source>NRR: GRR plus the expansion won from the same customers</source>
        <translation>NRR：GRR 加上同一批客户带来的扩展</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按团队</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>按客户分层</translation>
    </message>
    <message>
        <source>By CSM</source>
        <translation>按 CSM</translation>
    </message>
    <message>
        <source>Retention by</source>
        <translation>留存分组依据</translation>
    </message>
    <message>
        <source>Enter or double-click lists the group's accounts</source>
        <translation>按 Enter 或双击可列出该组的客户</translation>
    </message>
    <message>
        <source>Revenue retention by group</source>
        <translation>按组统计的收入留存</translation>
    </message>
    <message>
        <source>The dashboard could not read the cache: %1</source>
        <translation>仪表板无法读取缓存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR in %1</source>
        <translation>ARR（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n churned left out</source>
        <translation>
            <numerusform>未计入 %n 个已流失客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts of money show %1 only; Pitwall does not convert currencies. Also in this scope:</source>
        <translation>金额图表仅显示 %1；Pitwall 不进行货币换算。此范围内还有：</translation>
    </message>
    <message>
        <source>ARR per band, %1</source>
        <translation>各等级 ARR，%1</translation>
    </message>
    <message>
        <source>Accounts per band</source>
        <translation>各等级客户数</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s)</source>
        <translation>
            <numerusform>%1：%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures: the cache could not be read.</source>
        <translation>无数据：无法读取缓存。</translation>
    </message>
    <message>
        <source>No accounts in this scope.</source>
        <translation>此范围内没有客户。</translation>
    </message>
    <message>
        <source>No health scores yet. Health is scored after each import; recompute health to score the book now.</source>
        <translation>暂无健康度评分。每次导入后都会评估健康度；如需立即评分，请重新计算健康度。</translation>
    </message>
    <message>
        <source>No ARR recorded in %1 for these accounts.</source>
        <translation>这些客户没有以 %1 记录的 ARR。</translation>
    </message>
    <message numerus="yes">
        <source>%1 health: %n account(s)</source>
        <translation>
            <numerusform>健康度%1：%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the book</source>
        <translation>占全部客户的 %1</translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>点击列出这些客户</translation>
    </message>
    <message numerus="yes">
        <source>List the %n account(s)</source>
        <translation>
            <numerusform>列出这 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in other currencies not shown (never converted).</source>
        <translation>
            <numerusform>未显示 %n 个使用其他币种的客户（不做换算）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>No weekly health snapshots in this period yet. Each health recompute keeps one snapshot per week; the trend builds up from there.</source>
        <translation>此期间暂无每周健康度快照。每次重新计算健康度时，每周保留一份快照，趋势由此逐步形成。</translation>
    </message>
    <message numerus="yes">
        <source>Accounts per band in the weekly snapshots, last %n week(s)</source>
        <translation>
            <numerusform>每周快照中各等级的客户数，最近 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>One weekly snapshot so far: the trend builds up week by week.</source>
        <translation>目前仅有一份每周快照：趋势将逐周形成。</translation>
    </message>
    <message>
        <source>Accounts in scope that week, churned or archived since included.</source>
        <translation>当周范围内的客户，包括此后已流失或已归档的客户。</translation>
    </message>
    <message>
        <source>Overdue renewals</source>
        <translation>逾期续约</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message numerus="yes">
        <source>Renewing ARR and ARR at risk, %1, next %n month(s)</source>
        <translation>
            <numerusform>续约 ARR 与有风险 ARR，%1，未来 %n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n renewal(s)</source>
        <translation>
            <numerusform>%1：%n 个续约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ARR at risk = ARR × churn probability (model ROC-AUC %1, trained on %n outcome(s)).</source>
        <translation>
            <numerusform>有风险 ARR = ARR × 流失概率（模型 ROC-AUC %1，基于 %n 个结果训练）。</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR at risk = ARR × churn probability.</source>
        <translation>有风险 ARR = ARR × 流失概率。</translation>
    </message>
    <message>
        <source>No ARR at risk: %1</source>
        <translation>无有风险 ARR：%1</translation>
    </message>
    <message>
        <source>too few known outcomes to train the churn model.</source>
        <translation>已知结果过少，无法训练流失模型。</translation>
    </message>
    <message>
        <source>No ARR at risk: the churn model failed. %1</source>
        <translation>无有风险 ARR：流失模型运行失败。%1</translation>
    </message>
    <message>
        <source>No ARR at risk: the churn model has not been trained on this cache yet.</source>
        <translation>无有风险 ARR：流失模型尚未基于此缓存进行训练。</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s) in other currencies not in the bars.</source>
        <translation>
            <numerusform>柱状图未包含 %n 个使用其他币种的续约。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No renewals due in the next %n month(s), and none overdue.</source>
        <translation>
            <numerusform>未来 %n 个月内没有到期续约，也没有逾期续约。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to renew</source>
        <translation>预计续约</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>有风险 ARR</translation>
    </message>
    <message>
        <source>Past&lt;br&gt;due</source>
        <comment>renewals axis: overdue renewals, in two lines</comment>
        <translation>已&lt;br&gt;逾期</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>M月</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s)</source>
        <translation>
            <numerusform>%n 个续约</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at risk (%2)</source>
        <translation>%1 有风险（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n without a churn probability</source>
        <translation>
            <numerusform>%n 个无流失概率</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey responses, last 12 months</source>
        <translation>调查回复，最近 12 个月</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) by their latest answer</source>
        <translation>
            <numerusform>%1：按最新回复计 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No NPS responses in the last 12 months.</source>
        <translation>最近 12 个月没有 NPS 回复。</translation>
    </message>
    <message numerus="yes">
        <source>NPS: the share of promoters less the share of detractors, over %n response(s)</source>
        <translation>
            <numerusform>NPS：推荐者占比减去贬损者占比，基于 %n 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Net Promoter Score from %n response(s)</source>
        <translation>
            <numerusform>基于 %n 条回复的净推荐值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List the %n account(s) whose latest answer is this</source>
        <translation>
            <numerusform>列出最新回复为此项的 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n response(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with this as their latest answer</source>
        <translation>
            <numerusform>%n 个客户的最新回复为此项</numerusform>
        </translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>Responses from %1 to %2; the lists take each account's latest answer.</source>
        <translation>回复时间为 %1 至 %2；列表取每个客户的最新回复。</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Trailing 12 months, customers of a year ago</source>
        <translation>过去 12 个月，一年前的客户</translation>
    </message>
    <message>
        <source>Computing revenue retention…</source>
        <translation>正在计算收入留存…</translation>
    </message>
    <message>
        <source>Revenue retention was not read.</source>
        <translation>未读取收入留存。</translation>
    </message>
    <message>
        <source>Revenue retention could not be computed: %1</source>
        <translation>无法计算收入留存：%1</translation>
    </message>
    <message>
        <source>No customers of a year ago in this scope: retention needs a year of history.</source>
        <translation>此范围内没有一年前的客户：计算留存需要一年的历史数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) a year ago, starting ARR %1.</source>
        <translation>
            <numerusform>一年前有 %n 个客户，期初 ARR 为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Churned %1, contraction %2, expansion %3.</source>
        <translation>流失 %1，缩减 %2，扩展 %3。</translation>
    </message>
    <message>
        <source>In %1; other currencies are counted apart.</source>
        <translation>以 %1 计；其他币种单独统计。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Starting ARR</source>
        <translation>期初 ARR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>%1: Enter or double-click lists the accounts</source>
        <translation>%1：按 Enter 或双击可列出客户</translation>
    </message>
    <message>
        <source>%1: GRR %2, NRR %3</source>
        <translation>%1：GRR %2，NRR %3</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>留存：%1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>健康度：%1</translation>
    </message>
    <message>
        <source>Health: %1 in the week of %2</source>
        <translation>健康度：%2 当周为%1</translation>
    </message>
    <message>
        <source>Renewals in %1</source>
        <translation>%1 的续约</translation>
    </message>
    <message>
        <source>NPS: %1</source>
        <translation>NPS：%1</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>无法保存“%1”。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the cache file %1: %2</source>
        <translation>无法打开缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>无法打开缓存 %1：%2</translation>
    </message>
    <message>
        <source>The cache %1 is not a usable SQLite database: %2</source>
        <translation>缓存 %1 不是可用的 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>Cannot configure the cache: %1</source>
        <translation>无法配置缓存：%1</translation>
    </message>
    <message>
        <source>Cannot back up the cache before upgrading it: %1</source>
        <translation>升级前无法备份缓存：%1</translation>
    </message>
    <message>
        <source>Cannot read the cache schema: %1</source>
        <translation>无法读取缓存架构：%1</translation>
    </message>
    <message>
        <source>The cache was written by a newer Pitwall (schema %1; this one knows up to %2).</source>
        <translation>该缓存由更新版本的 Pitwall 写入（架构版本 %1；当前版本最高支持 %2）。</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>无法开始架构升级：%1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>架构升级到版本 %1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>The file is too short to be a database (%n byte(s)).</source>
        <translation>
            <numerusform>文件过短，不可能是数据库（%n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file does not start with a database header.</source>
        <translation>文件开头不是数据库文件头。</translation>
    </message>
    <message>
        <source>The header gives an impossible page size (%1).</source>
        <translation>文件头中的页面大小不可能成立（%1）。</translation>
    </message>
    <message>
        <source>The file (%1 bytes) is not a whole number of %2-byte pages: it was cut short.</source>
        <translation>文件（%1 字节）不是 %2 字节页面的整数倍：文件已被截断。</translation>
    </message>
    <message>
        <source>The file holds %1 pages where its header counts %2: it was cut short.</source>
        <translation>文件包含 %1 个页面，而文件头记录为 %2 个：文件已被截断。</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: %2</source>
        <translation>缓存 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2</source>
        <translation>无法读取缓存 %1：%2</translation>
    </message>
    <message>
        <source>The cache %1 is busy: another Pitwall is writing it (a first import takes a while). Try again when it has finished.</source>
        <translation>缓存 %1 正忙：另一个 Pitwall 正在写入它（首次导入需要一些时间）。请在其完成后重试。</translation>
    </message>
</context>
<context>
    <name>DemoBundleJob</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation>无法写出演示数据。</translation>
    </message>
</context>
<context>
    <name>DemoExportWriter</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The number of accounts must be between 1 and %1.</source>
        <translation>客户数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The usage history must be between 0 and %1 weeks.</source>
        <translation>使用数据历史必须在 0 到 %1 周之间。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The demo export was cancelled.</source>
        <translation>演示导出已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1 back to compute its checksum.</source>
        <translation>无法读回 %1 以计算其校验和。</translation>
    </message>
</context>
<context>
    <name>ExportBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>ExportFeedback</name>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FilterMenuButton</name>
    <message>
        <source>No values in the cache</source>
        <translation>缓存中没有可选值</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 +%3</source>
        <translation>%1：%2 +%3</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>按%1筛选</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>（无客户分层）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message numerus="yes">
        <source>Renewal forecast %1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>续约预测 %1 至 %2（%n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>Churn model: %1</source>
        <translation>流失模型：%1</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>尚未训练</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n renewal(s), renewing %2, expected %3, at risk %4</source>
        <translation>
            <numerusform>  %1：%n 个续约，续约金额 %2，预期 %3，有风险 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>（无币种）</translation>
    </message>
    <message>
        <source>Least likely to renew:</source>
        <translation>最不可能续约：</translation>
    </message>
    <message>
        <source>  (none scored)</source>
        <translation>  （无已评分客户）</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more (--json lists them all)</source>
        <translation>
            <numerusform>  ……另有 %n 个（--json 可列出全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention, trailing 12 months (%1): GRR %2, NRR %3</source>
        <translation>留存率，近 12 个月（%1）：GRR %2，NRR %3</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>By team:</source>
        <translation>按团队：</translation>
    </message>
    <message>
        <source>By segment:</source>
        <translation>按客户分层：</translation>
    </message>
    <message>
        <source>By CSM:</source>
        <translation>按 CSM：</translation>
    </message>
</context>
<context>
    <name>GlobalSearchPopup</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search accounts and contacts by name, CRM id, owner or email</source>
        <translation>按名称、CRM ID、负责人或邮箱搜索客户和联系人</translation>
    </message>
    <message>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translation>↑↓ 移动 · Enter 打开 · Esc 关闭</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>Contact at %1</source>
        <translation>%1 的联系人</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>No account or contact matches “%1”.</source>
        <translation>没有与“%1”匹配的客户或联系人。</translation>
    </message>
</context>
<context>
    <name>HealthContributionModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>+%1</source>
        <extracomment>A change in %, e.g. "+12%" or "−8%"</extracomment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <extracomment>An NPS answer on its 0-10 scale, e.g. "7.5 of 10"</extracomment>
        <translation>%1/10</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>自 %1 起已过期</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>No data for this measure: its weight is spread over the measures that have data.</source>
        <translation>此指标无数据：其权重分摊到有数据的指标上。</translation>
    </message>
    <message numerus="yes">
        <source>The latest value, %1 from %2, is older than the measure's %n-day window: it counts as missing and its weight is spread over the others.</source>
        <translation>
            <numerusform>最新值 %1（来自 %2）超出该指标 %n 天的时间窗口：视为缺失，其权重分摊到其他指标上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data from %1.</source>
        <translation>数据来自 %1。</translation>
    </message>
    <message>
        <source>%1 points of 100 × weight %2 = %3 of the score.</source>
        <translation>%1 分（满分 100）× 权重 %2 = 评分中的 %3。</translation>
    </message>
    <message>
        <source>Configured weight %1; %2 once the weight of measures without data is spread.</source>
        <translation>配置权重 %1；分摊无数据指标的权重后为 %2。</translation>
    </message>
    <message>
        <source>Dragging the score down most: it costs %1 points.</source>
        <translation>对评分拖累最大：扣减 %1 分。</translation>
    </message>
    <message>
        <source>The measure's input as last observed</source>
        <translation>该指标最近一次观测到的输入值</translation>
    </message>
    <message>
        <source>What the value scores on the measure's own scale, 0 to 100</source>
        <translation>该值在指标自身刻度（0 到 100）上的得分</translation>
    </message>
    <message>
        <source>The measure's share of the score, once the weight of measures without data is spread over the others</source>
        <translation>分摊无数据指标的权重后，该指标在评分中所占的比重</translation>
    </message>
    <message>
        <source>Points × weight: what the measure adds to the score</source>
        <translation>得分 × 权重：该指标对评分的贡献</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
</context>
<context>
    <name>HealthInputReader</name>
    <message>
        <source>The health scorecard is not valid.</source>
        <translation>健康评分卡无效。</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>Could not read the health inputs: %1</source>
        <translation>无法读取健康度输入数据：%1</translation>
    </message>
</context>
<context>
    <name>HealthOverrideDialog</name>
    <message>
        <source>Also set a &amp;score:</source>
        <translation>同时设置评分(&amp;S)：</translation>
    </message>
    <message>
        <source>Override health</source>
        <translation>人工调整健康度</translation>
    </message>
    <message>
        <source>Override the health of %1</source>
        <translation>人工调整 %1 的健康度</translation>
    </message>
    <message>
        <source>The band you choose is shown instead of the computed one until the override ends or is cleared. Recomputing keeps scoring underneath and never replaces it.</source>
        <translation>在人工调整结束或被清除之前，将显示您选择的等级，而非计算得出的等级。重新计算会在后台继续评分，但不会替换人工调整。</translation>
    </message>
    <message>
        <source>&amp;Red</source>
        <translation>红色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Yellow</source>
        <translation>黄色(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>绿色(&amp;G)</translation>
    </message>
    <message>
        <source>Scores %1 to %2</source>
        <translation>评分 %1 至 %2</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Without a score the override sets only the band; the computed score is kept for reference.</source>
        <translation>不设置评分时，人工调整仅设定等级；计算得出的评分保留以供参考。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Why the computed health is wrong for now, e.g. “Champion left; the new sponsor has not engaged yet.”</source>
        <translation>说明计算得出的健康度目前为何不准确，例如“支持者已离职；新的发起人尚未参与。”</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>原因(&amp;O)：</translation>
    </message>
    <message>
        <source>Holds until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Holds &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>through the end of that day</source>
        <translation>含当天全天</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>Change override</source>
        <translation>更改人工调整</translation>
    </message>
    <message>
        <source>Choose the band the account should show.</source>
        <translation>请选择该客户应显示的等级。</translation>
    </message>
    <message>
        <source>Give a reason: it is shown with the override and kept in the change journal.</source>
        <translation>请填写原因：它将与人工调整一同显示，并记录在变更日志中。</translation>
    </message>
    <message>
        <source>The override must end after today.</source>
        <translation>人工调整的结束日期必须晚于今天。</translation>
    </message>
    <message>
        <source>%1 to %2 for %3</source>
        <translation>%3：%1 至 %2</translation>
    </message>
    <message>
        <source>pick a band first</source>
        <translation>请先选择等级</translation>
    </message>
    <message>
        <source>The override was not saved: %1</source>
        <translation>人工调整未保存：%1</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Compute now</source>
        <translation>立即计算</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>人工调整(&amp;O)…</translation>
    </message>
    <message>
        <source>Set the band by hand, with a reason and an end date</source>
        <translation>手动设置等级，并填写原因和结束日期</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>重新计算(&amp;C)</translation>
    </message>
    <message>
        <source>Score this account again from the data in the cache</source>
        <translation>根据缓存中的数据重新为该客户评分</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度评分</translation>
    </message>
    <message>
        <source>C&amp;lear override</source>
        <translation>清除人工调整(&amp;L)</translation>
    </message>
    <message>
        <source>chance of churning at the next renewal</source>
        <translation>下次续约时的流失概率</translation>
    </message>
    <message>
        <source>What moves it most</source>
        <translation>主要影响因素</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Contributions to the health score</source>
        <translation>健康度评分的贡献构成</translation>
    </message>
    <message>
        <source>A measure without fresh data counts for nothing: its weight goes to the measures of its group that have data, or to the other groups.</source>
        <translation>没有最新数据的指标不计分：其权重转给同组中有数据的指标，或转给其他分组。</translation>
    </message>
    <message>
        <source>What makes the score</source>
        <translation>评分构成</translation>
    </message>
    <message>
        <source>Health history</source>
        <translation>健康度历史</translation>
    </message>
    <message>
        <source>Weekly snapshots; the shading shows the bands.</source>
        <translation>每周快照；底色表示等级。</translation>
    </message>
    <message>
        <source>No score 30 days ago to compare with</source>
        <translation>30 天前无评分可供比较</translation>
    </message>
    <message>
        <source>No change vs 30 days ago</source>
        <translation>与 30 天前相比无变化</translation>
    </message>
    <message>
        <source>+%1 vs 30 days ago</source>
        <extracomment>The change of the health score, e.g. "+6 vs 30 days ago"</extracomment>
        <translation>较 30 天前 +%1</translation>
    </message>
    <message>
        <source>−%1 vs 30 days ago</source>
        <translation>较 30 天前 −%1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Health has not been computed yet</source>
        <translation>尚未计算健康度</translation>
    </message>
    <message>
        <source>Health is computed after each import. Compute it now for this account from the data in the cache.</source>
        <translation>每次导入后都会计算健康度。您也可以立即根据缓存中的数据为该客户计算。</translation>
    </message>
    <message>
        <source>Health could not be read</source>
        <translation>无法读取健康度</translation>
    </message>
    <message>
        <source>Overridden; computed: %1</source>
        <translation>已人工调整；计算值：%1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Health score, 0 to 100</source>
        <translation>健康度评分，0 到 100</translation>
    </message>
    <message>
        <source>%1 · override</source>
        <translation>%1 · 人工调整</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overridden: &lt;b&gt;%1&lt;/b&gt; by %2 until %3</source>
        <translation>已人工调整：&lt;b&gt;%1&lt;/b&gt;，由 %2 设置，至 %3</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — “%1”</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置于 %1</translation>
    </message>
    <message>
        <source>Computed beneath it: %1 (%2)</source>
        <translation>后台计算值：%1（%2）</translation>
    </message>
    <message>
        <source>Computed beneath it: not scored</source>
        <translation>后台计算值：未评分</translation>
    </message>
    <message>
        <source>No measure had fresh data on %1, so there is no computed score. The table shows what is missing.</source>
        <translation>%1 没有任何指标有最新数据，因此没有计算评分。表格显示了缺失的内容。</translation>
    </message>
    <message>
        <source>Rule applied: %1 (the measures add up to %2).</source>
        <translation>已应用规则：%1（指标合计为 %2）。</translation>
    </message>
    <message>
        <source>Rule applied: %1.</source>
        <translation>已应用规则：%1。</translation>
    </message>
    <message>
        <source>Dragging it down most: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>拖累最大：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>It costs %1 points of 100.</source>
        <translation>扣减 %1 分（满分 100）。</translation>
    </message>
    <message>
        <source>No measure costs it any points.</source>
        <translation>没有指标造成扣分。</translation>
    </message>
    <message>
        <source>No measure had fresh data: nothing to add up.</source>
        <translation>没有任何指标有最新数据：无可合计。</translation>
    </message>
    <message>
        <source>Points × weight add up to %1 of 100, rounded to %2; the rule made it %3.</source>
        <translation>得分 × 权重合计为 %1（满分 100），取整为 %2；规则将其调整为 %3。</translation>
    </message>
    <message>
        <source>Points × weight add up to %1 of 100: the score %2.</source>
        <translation>得分 × 权重合计为 %1（满分 100）：评分为 %2。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Computed %1 with the scorecard “%2” (%3)</source>
        <translation>于 %1 使用评分卡“%2”（%3）计算</translation>
    </message>
    <message>
        <source>Change &amp;override…</source>
        <translation>更改人工调整(&amp;O)…</translation>
    </message>
    <message>
        <source>No weekly snapshot yet. One is kept each week the health is computed.</source>
        <translation>暂无每周快照。每周计算健康度时会保存一份快照。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Overridden week</source>
        <translation>人工调整周</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>%1 当周：%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Overridden that week</source>
        <translation>该周已人工调整</translation>
    </message>
    <message>
        <source>Model trained %1.</source>
        <translation>模型训练于 %1。</translation>
    </message>
    <message>
        <source>%1 Trained %2.</source>
        <translation>%1 训练于 %2。</translation>
    </message>
    <message>
        <source>Churn probability %1 from the model trained on this cache's renewals</source>
        <translation>流失概率 %1，来自基于此缓存续约数据训练的模型</translation>
    </message>
    <message>
        <source>raises the risk</source>
        <translation>提高风险</translation>
    </message>
    <message>
        <source>lowers the risk</source>
        <translation>降低风险</translation>
    </message>
    <message>
        <source>Adds %1 to the log-odds of churning</source>
        <translation>使流失的对数几率增加 %1</translation>
    </message>
    <message>
        <source>No single feature stands out.</source>
        <translation>没有特别突出的单一特征。</translation>
    </message>
    <message>
        <source>The churn model has not been trained on this cache yet. It is trained after each import.</source>
        <translation>流失模型尚未基于此缓存进行训练。每次导入后都会训练该模型。</translation>
    </message>
    <message>
        <source>No churn probability for this account: the model scores live accounts only.</source>
        <translation>该客户没有流失概率：模型仅为活跃客户评分。</translation>
    </message>
    <message>
        <source>The churn model could not be trained.</source>
        <translation>无法训练流失模型。</translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation>清除人工调整</translation>
    </message>
    <message>
        <source>Clear the health override of %1?</source>
        <translation>要清除 %1 的健康度人工调整吗？</translation>
    </message>
    <message>
        <source>The account shows its computed health again. The override stays in the change journal.</source>
        <translation>该客户将重新显示计算得出的健康度。人工调整记录将保留在变更日志中。</translation>
    </message>
    <message>
        <source>Override not cleared</source>
        <translation>未清除人工调整</translation>
    </message>
    <message>
        <source>The health override could not be cleared.</source>
        <translation>无法清除健康度人工调整。</translation>
    </message>
    <message>
        <source>Health not computed</source>
        <translation>未计算健康度</translation>
    </message>
    <message>
        <source>The health of %1 could not be computed.</source>
        <translation>无法计算 %1 的健康度。</translation>
    </message>
    <message>
        <source>No health score for this account</source>
        <translation>该客户没有健康度评分</translation>
    </message>
    <message>
        <source>Pitwall scores live accounts only; this one is archived or has churned.</source>
        <translation>Pitwall 仅为活跃客户评分；该客户已归档或已流失。</translation>
    </message>
</context>
<context>
    <name>HealthRecompute</name>
    <message>
        <source>No account given to recompute.</source>
        <translation>未指定要重新计算的客户。</translation>
    </message>
    <message>
        <source>The health scorecard is not valid.</source>
        <translation>健康评分卡无效。</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>The cache could not be written: %1</source>
        <translation>无法写入缓存：%1</translation>
    </message>
</context>
<context>
    <name>HealthRefresh</name>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Scoring the health history (%1 of %2 weeks)</source>
        <translation>正在为健康度历史评分（第 %1 周，共 %2 周）</translation>
    </message>
    <message>
        <source>Computing account health</source>
        <translation>正在计算客户健康度</translation>
    </message>
    <message>
        <source>Training the churn model</source>
        <translation>正在训练流失模型</translation>
    </message>
    <message>
        <source>Checking the playbook rules</source>
        <translation>正在检查行动手册规则</translation>
    </message>
</context>
<context>
    <name>HealthScorecard</name>
    <message>
        <source>Product adoption</source>
        <translation>产品采用</translation>
    </message>
    <message>
        <source>Licence utilisation</source>
        <translation>许可证使用率</translation>
    </message>
    <message>
        <source>Active users per licence</source>
        <translation>每个许可证的活跃用户数</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>客户互动</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>距上次接触的天数</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>High-priority open cases</source>
        <translation>高优先级未结工单</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情绪与满意度</translation>
    </message>
    <message>
        <source>NPS (12-month average)</source>
        <translation>NPS（12 个月平均）</translation>
    </message>
    <message>
        <source>CSM sentiment</source>
        <translation>客户情绪</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>业务成果</translation>
    </message>
    <message>
        <source>Usage trend (4 weeks)</source>
        <translation>使用趋势（4 周）</translation>
    </message>
    <message>
        <source>CSM sentiment red forces red</source>
        <translation>客户情绪为红时强制为红档</translation>
    </message>
    <message>
        <source>Three or more high-priority open cases cap the score at 60</source>
        <translation>高优先级未结工单达到三个或以上时，评分上限为 60</translation>
    </message>
    <message>
        <source>unknown key “%1”.</source>
        <translation>未知的键“%1”。</translation>
    </message>
    <message>
        <source>“labels” must be an object of language: label.</source>
        <translation>“labels”必须是以语言为键、标签为值的对象。</translation>
    </message>
    <message>
        <source>the label for “%1” must be text.</source>
        <translation>“%1”的标签必须是文本。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <source>“window_days” must be a whole number of days, 0 or more.</source>
        <translation>“window_days”必须是不小于 0 的整数天数。</translation>
    </message>
    <message>
        <source>“equals” must be red, yellow or green, not “%1”.</source>
        <translation>“equals”必须是 red、yellow 或 green，而不是“%1”。</translation>
    </message>
    <message>
        <source>“equals” must be red, yellow or green.</source>
        <translation>“equals”必须是 red、yellow 或 green。</translation>
    </message>
    <message>
        <source>“equals” must be a number.</source>
        <translation>“equals”必须是数字。</translation>
    </message>
    <message>
        <source>“input” is missing.</source>
        <translation>缺少“input”。</translation>
    </message>
    <message>
        <source>“input” must be text.</source>
        <translation>“input”必须是文本。</translation>
    </message>
    <message>
        <source>unknown input “%1” (known: %2).</source>
        <translation>未知的输入“%1”（可用的输入：%2）。</translation>
    </message>
    <message>
        <source>“thresholds” must be a non-empty list.</source>
        <translation>“thresholds”必须是非空列表。</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>第 %1 个阈值</translation>
    </message>
    <message>
        <source>must be an object such as {"max": 14, "score": 100}.</source>
        <translation>必须是形如 {"max": 14, "score": 100} 的对象。</translation>
    </message>
    <message>
        <source>“score” must be between 0 and 100.</source>
        <translation>“score”必须介于 0 到 100 之间。</translation>
    </message>
    <message>
        <source>“min” is greater than “max”.</source>
        <translation>“min”大于“max”。</translation>
    </message>
    <message>
        <source>the last threshold needs no “min”, “max” or “equals”: it scores every value the others do not.</source>
        <translation>最后一个阈值不需要“min”、“max”或“equals”：其他阈值未覆盖的值都由它评分。</translation>
    </message>
    <message>
        <source>only the last threshold may have no “min”, “max” or “equals”.</source>
        <translation>只有最后一个阈值可以不带“min”、“max”或“equals”。</translation>
    </message>
    <message>
        <source>“ranges” must list at least two points [value, score].</source>
        <translation>“ranges”必须列出至少两个点 [value, score]。</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>第 %1 个点</translation>
    </message>
    <message>
        <source>must be [value, score], two numbers.</source>
        <translation>必须是 [value, score]，即两个数字。</translation>
    </message>
    <message>
        <source>the score must be between 0 and 100.</source>
        <translation>分数必须介于 0 到 100 之间。</translation>
    </message>
    <message>
        <source>the values must go up from point to point.</source>
        <translation>各点的值必须逐个递增。</translation>
    </message>
    <message>
        <source>measure %1 must be an object.</source>
        <translation>第 %1 个度量必须是对象。</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>第 %1 个度量</translation>
    </message>
    <message>
        <source>measure “%1”</source>
        <translation>度量“%1”</translation>
    </message>
    <message>
        <source>“id” is missing.</source>
        <translation>缺少“id”。</translation>
    </message>
    <message>
        <source>the id may hold only a-z, 0-9 and _.</source>
        <translation>id 只能包含 a-z、0-9 和 _。</translation>
    </message>
    <message>
        <source>“label” is missing.</source>
        <translation>缺少“label”。</translation>
    </message>
    <message>
        <source>“weight” must be more than 0.</source>
        <translation>“weight”必须大于 0。</translation>
    </message>
    <message>
        <source>give either “thresholds” or “ranges” (exactly one).</source>
        <translation>请给出“thresholds”或“ranges”（二者只能选其一）。</translation>
    </message>
    <message>
        <source>Rule %1 must be an object.</source>
        <translation>第 %1 条规则必须是对象。</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>第 %1 条规则</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <source>“when” must be an object such as {"input": "csm_sentiment", "equals": "red"}.</source>
        <translation>“when”必须是形如 {"input": "csm_sentiment", "equals": "red"} 的对象。</translation>
    </message>
    <message>
        <source>give “min”, “max” or “equals”.</source>
        <translation>请给出“min”、“max”或“equals”。</translation>
    </message>
    <message>
        <source>“force_band” must be red, yellow or green.</source>
        <translation>“force_band”必须是 red、yellow 或 green。</translation>
    </message>
    <message>
        <source>“cap_score” must be a whole number from 0 to 100.</source>
        <translation>“cap_score”必须是 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>give “force_band” or “cap_score”: what the rule does.</source>
        <translation>请给出“force_band”或“cap_score”，即该规则的作用。</translation>
    </message>
    <message>
        <source>The scorecard is not valid JSON: %1 at character %2.</source>
        <translation>评分卡不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The scorecard must be a JSON object.</source>
        <translation>评分卡必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>This is not a health scorecard (“format” is not “%1”).</source>
        <translation>这不是健康评分卡（“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>The scorecard is version %1, made for a newer Pitwall (this one reads version %2).</source>
        <translation>该评分卡为版本 %1，适用于更新版本的 Pitwall（当前版本只能读取版本 %2）。</translation>
    </message>
    <message>
        <source>“version” must be a whole number from 1.</source>
        <translation>“version”必须是从 1 起的整数。</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>must be an object such as {"yellow": 50, "green": 75}.</source>
        <translation>必须是形如 {"yellow": 50, "green": 75} 的对象。</translation>
    </message>
    <message>
        <source>red always starts at 0.</source>
        <translation>红档总是从 0 开始。</translation>
    </message>
    <message>
        <source>the bands must start at whole numbers.</source>
        <translation>各档的起点必须是整数。</translation>
    </message>
    <message>
        <source>need 0 &lt; yellow &lt; green ≤ 100 (yellow is %1, green %2).</source>
        <translation>须满足 0 &lt; yellow &lt; green ≤ 100（当前 yellow 为 %1，green 为 %2）。</translation>
    </message>
    <message>
        <source>The scorecard needs “groups”: a non-empty list of groups of measures.</source>
        <translation>评分卡需要“groups”：由度量分组构成的非空列表。</translation>
    </message>
    <message>
        <source>Group %1 must be an object.</source>
        <translation>第 %1 个分组必须是对象。</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>第 %1 个分组</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>分组“%1”</translation>
    </message>
    <message>
        <source>another group has this id.</source>
        <translation>已有其他分组使用此 id。</translation>
    </message>
    <message>
        <source>“measures” must be a non-empty list.</source>
        <translation>“measures”必须是非空列表。</translation>
    </message>
    <message>
        <source>another measure has this id.</source>
        <translation>已有其他度量使用此 id。</translation>
    </message>
    <message>
        <source>“rules” must be a list.</source>
        <translation>“rules”必须是列表。</translation>
    </message>
    <message>
        <source>another rule has this id.</source>
        <translation>已有其他规则使用此 id。</translation>
    </message>
    <message>
        <source>Cannot read the scorecard %1: %2</source>
        <translation>无法读取评分卡 %1：%2</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>HealthStore</name>
    <message>
        <source>Could not read the health overrides: %1</source>
        <translation>无法读取健康度人工覆盖：%1</translation>
    </message>
    <message>
        <source>Could not read the health scores: %1</source>
        <translation>无法读取健康评分：%1</translation>
    </message>
    <message>
        <source>Could not read the health history: %1</source>
        <translation>无法读取健康度历史：%1</translation>
    </message>
    <message>
        <source>Choose red, yellow or green for the override.</source>
        <translation>请为人工覆盖选择红、黄或绿。</translation>
    </message>
    <message>
        <source>A %1 score runs from %2 to %3; %4 is outside it.</source>
        <translation>%1档的分数范围为 %2 至 %3；%4 超出此范围。</translation>
    </message>
    <message>
        <source>Say why you override the health score: the reason is required.</source>
        <translation>请说明人工覆盖健康评分的原因：原因为必填项。</translation>
    </message>
    <message>
        <source>The override must expire in the future.</source>
        <translation>人工覆盖的到期时间必须晚于当前时间。</translation>
    </message>
    <message>
        <source>The cache could not be written: %1</source>
        <translation>无法写入缓存：%1</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>No account with CRM id “%1” in the cache.</source>
        <translation>缓存中没有 CRM ID 为“%1”的客户。</translation>
    </message>
    <message>
        <source>No health override holds on account “%1”.</source>
        <translation>客户“%1”当前没有生效的健康度人工覆盖。</translation>
    </message>
</context>
<context>
    <name>HomeFormat</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeSummary</name>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <source>Could not read the tasks: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>Could not read the recent activity: %1</source>
        <translation>无法读取近期活动：%1</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + 另外 %n 种货币</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ARR</source>
        <translation>ARR %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 ARR in %n account(s)</source>
        <translation>
            <numerusform>%n 个客户的 ARR 共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR is added up per currency; Pitwall does not convert currencies.</source>
        <translation>ARR 按币种分别合计；Pitwall 不做货币换算。</translation>
    </message>
    <message>
        <source>Choose who you are to see your book</source>
        <translation>选择您的身份，查看您的客户</translation>
    </message>
    <message>
        <source>Pick yourself from the people in the CRM export once. Home then shows your accounts, renewals and tasks, and your notes carry your name.</source>
        <translation>只需从 CRM 导出的人员中选择一次自己。之后首页会显示您的客户、续约和任务，您的笔记也会署上您的名字。</translation>
    </message>
    <message>
        <source>Choose who I am…</source>
        <translation>选择我的身份…</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Import a CRM export (Ctrl+I) — a folder or a .zip from Salesforce, HubSpot or a Pitwall bundle — or load the demo data to look around.</source>
        <translation>导入 CRM 导出（Ctrl+I），支持 Salesforce、HubSpot 或 Pitwall 数据包的文件夹或 .zip 文件；也可以先加载演示数据看看。</translation>
    </message>
    <message>
        <source>Import CRM export…</source>
        <translation>导入 CRM 导出…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Space ticks the selected task off; Enter opens its account</source>
        <translation>按空格键将所选任务标记为完成；按 Enter 打开其所属客户</translation>
    </message>
    <message>
        <source>Nothing overdue or due today.</source>
        <translation>没有逾期或今天到期的任务。</translation>
    </message>
    <message>
        <source>Space ticks the selected task off · Enter opens its account</source>
        <translation>空格键：完成所选任务 · Enter：打开所属客户</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>近期活动</translation>
    </message>
    <message>
        <source>Enter or double-click opens the account</source>
        <translation>按 Enter 或双击打开客户</translation>
    </message>
    <message>
        <source>No calls, emails, meetings or notes yet.</source>
        <translation>还没有通话、邮件、会议或笔记。</translation>
    </message>
    <message>
        <source>Home could not read the cache: %1</source>
        <translation>首页无法读取缓存：%1</translation>
    </message>
    <message>
        <source>No ARR recorded</source>
        <translation>未记录 ARR</translation>
    </message>
    <message>
        <source>None in this scope</source>
        <translation>此范围内没有客户</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>没有逾期续约</translation>
    </message>
    <message>
        <source>Every account touched</source>
        <translation>所有客户均已跟进</translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>没有逾期任务</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>今天没有到期任务</translation>
    </message>
    <message>
        <source>None due</source>
        <translation>暂无到期续约</translation>
    </message>
    <message>
        <source>Open past their due date</source>
        <translation>已过截止日期仍未完成</translation>
    </message>
    <message>
        <source>Open, due today</source>
        <translation>未完成，今天到期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>%1笔记</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>早上好</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>%1，早上好</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>下午好</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>%1，下午好</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>晚上好</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>%1，晚上好</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n churned left out</source>
        <translation>
            <numerusform>未计入 %n 个已流失客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Churned accounts (lifecycle stage “churned”) are not counted in the figures.</source>
        <translation>已流失客户（生命周期阶段为“已流失”）不计入这些数字。</translation>
    </message>
    <message>
        <source>in your book</source>
        <translation>来自您的客户</translation>
    </message>
    <message>
        <source>in your team</source>
        <translation>来自您的团队</translation>
    </message>
    <message>
        <source>across all accounts</source>
        <translation>来自全部客户</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n 项今天到期</numerusform>
        </translation>
    </message>
    <message>
        <source>all done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Accounts in my book</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Accounts in my team</source>
        <translation>我的团队的客户</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Renewals in 30 days</source>
        <translation>30 天内续约</translation>
    </message>
    <message>
        <source>Renewals in 90 days</source>
        <translation>90 天内续约</translation>
    </message>
    <message>
        <source>Renewals in 180 days</source>
        <translation>180 天内续约</translation>
    </message>
    <message>
        <source>Overdue renewals</source>
        <translation>逾期续约</translation>
    </message>
    <message>
        <source>Not touched in 30 days</source>
        <translation>30 天未跟进</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>今天到期的任务</translation>
    </message>
    <message>
        <source>Playbook steps</source>
        <translation>行动手册步骤</translation>
    </message>
    <message numerus="yes">
        <source>No playbook step overdue or due in the next %n day(s).</source>
        <translation>
            <numerusform>没有逾期或在未来 %n 天内到期的行动手册步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Enter or double-click marks it read and opens the account</source>
        <translation>按 Enter 或双击可将其标为已读并打开客户</translation>
    </message>
    <message numerus="yes">
        <source>%n due within a week</source>
        <translation>
            <numerusform>%n 项一周内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the playbooks: %1</source>
        <translation>无法读取行动手册：%1</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>未读：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>all read</source>
        <translation>全部已读</translation>
    </message>
</context>
<context>
    <name>HttpTransfer</name>
    <message>
        <source>Cancelled while talking to %1.</source>
        <translation>与 %1 通信时已取消。</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB; refusing it.</source>
        <translation>%1 发送的数据超过 %2 MiB；已拒绝。</translation>
    </message>
    <message>
        <source>Cannot save what %1 sent: %2</source>
        <translation>无法保存 %1 发送的内容：%2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 未在 %2 秒内响应。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 返回了 HTTP %2 %3。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Talking to %1 failed: %2</source>
        <translation>与 %1 通信失败：%2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Choose .zip…</source>
        <translation>选择 .zip…</translation>
    </message>
    <message>
        <source>Incremental (don't archive missing records)</source>
        <translation>增量导入（不归档缺失的记录）</translation>
    </message>
    <message>
        <source>Import another…</source>
        <translation>继续导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A folder or a .zip of a CRM export</source>
        <translation>CRM 导出的文件夹或 .zip 文件</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Pitwall bundle</source>
        <translation>Pitwall 数据包</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Use this for a partial export. Without it, records missing from the export are archived (never deleted).</source>
        <translation>用于部分导出。不勾选时，导出中缺失的记录会被归档（绝不删除）。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>An import applies completely or not at all, and you can cancel it at any moment: the cache then stays exactly as it was.</source>
        <translation>导入要么全部生效，要么完全不生效；您可以随时取消，缓存会保持原样。</translation>
    </message>
    <message>
        <source>You can keep this window open or work elsewhere: the cache changes only when the import completes, and Cancel rolls it back.</source>
        <translation>您可以让此窗口保持打开，也可以先做其他工作：缓存只在导入完成时才会更改，点击“取消”即可回滚。</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <source>Choose the export archive</source>
        <translation>选择导出压缩包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Pitwall reads a Pitwall export bundle, a Salesforce Data Export or HubSpot CSV exports.</source>
        <translation>Pitwall 可读取 Pitwall 导出数据包、Salesforce Data Export 或 HubSpot CSV 导出。</translation>
    </message>
    <message>
        <source>This folder looks like a Pitwall export bundle.</source>
        <translation>此文件夹看起来是 Pitwall 导出数据包。</translation>
    </message>
    <message>
        <source>This folder looks like a Salesforce Data Export.</source>
        <translation>此文件夹看起来是 Salesforce Data Export。</translation>
    </message>
    <message>
        <source>This folder looks like a HubSpot export.</source>
        <translation>此文件夹看起来是 HubSpot 导出。</translation>
    </message>
    <message>
        <source>A folder; its files are checked when the import starts.</source>
        <translation>这是一个文件夹；导入开始时会检查其中的文件。</translation>
    </message>
    <message>
        <source>A .zip archive; its files are checked when the import starts.</source>
        <translation>这是一个 .zip 压缩包；导入开始时会检查其中的文件。</translation>
    </message>
    <message>
        <source>Choose a folder or a .zip file.</source>
        <translation>请选择文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <source>There is no folder or file at this path.</source>
        <translation>此路径下没有文件夹或文件。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Loading the demo data</source>
        <translation>正在加载演示数据</translation>
    </message>
    <message>
        <source>A fictional company's book of business, written to a temporary folder and imported like a real export.</source>
        <translation>一家虚构公司的客户组合：先写入临时文件夹，再像真实导出一样导入。</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>%1 of %2 accounts written</source>
        <translation>已写入 %1 / %2 个客户</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>正在启动导入…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelling: rolling the import back…</source>
        <translation>正在取消：回滚导入…</translation>
    </message>
    <message>
        <source>Import a CRM export</source>
        <translation>导入 CRM 导出</translation>
    </message>
    <message>
        <source>Bring the central export into your local cache. Everything stays on this computer.</source>
        <translation>将中央导出导入本地缓存。所有数据都只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import applied from %1 (profile %2) in %3 s.</source>
        <translation>已从 %1 完成导入（配置 %2），用时 %3 秒。</translation>
    </message>
    <message>
        <source>Import cancelled; the cache is unchanged.</source>
        <translation>导入已取消；缓存未更改。</translation>
    </message>
    <message>
        <source>Import refused; the cache is unchanged: %1</source>
        <translation>导入被拒绝；缓存未更改：%1</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 archived, %5 rejected</source>
        <translation>新增 %1，变更 %2，未变 %3，归档 %4，拒绝 %5</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Rejected %1 line %2: %3</source>
        <translation>已拒绝 %1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>Rejected %1: %2</source>
        <translation>已拒绝 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more rejected rows (see --json for all).</source>
        <translation>
            <numerusform>……另有 %n 行被拒绝（完整列表请使用 --json 查看）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more warnings (see --json for all).</source>
        <translation>
            <numerusform>……另有 %n 条警告（完整列表请使用 --json 查看）。</numerusform>
        </translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) edited here changed differently in the CRM: resolve them in the Sync view (pitwall-cli conflicts).</source>
        <translation>
            <numerusform>%n 个在此处编辑的字段在 CRM 中有不同的更改：请在同步视图中解决（pitwall-cli conflicts）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>By table</source>
        <translation>按表统计</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Copy the whole report as text, every rejected row included</source>
        <translation>将完整报告复制为文本，包括所有被拒绝的行</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用数据</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Pitwall bundle</source>
        <translation>Pitwall 数据包</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Source: %1 (profile: %2)</source>
        <translation>来源：%1（配置：%2）</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 archived, %5 rejected, in %6 s.</source>
        <translation>新增 %1，变更 %2，未变 %3，归档 %4，拒绝 %5，用时 %6 秒。</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>The import was rolled back; the cache is unchanged.</source>
        <translation>导入已回滚；缓存未更改。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported; the cache is unchanged.</source>
        <translation>未导入任何数据；缓存未更改。</translation>
    </message>
    <message>
        <source>The import stopped without saying why.</source>
        <translation>导入已停止，但未说明原因。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rejected rows (%1, first %2 listed)</source>
        <translation>被拒绝的行（共 %1 行，列出前 %2 行）</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>被拒绝的行（%1）</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s) (Copy report has them all).</source>
        <translation>
            <numerusform>……另有 %n 条警告（“复制报告”包含全部内容）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>The source %1 does not exist.</source>
        <translation>来源 %1 不存在。</translation>
    </message>
    <message>
        <source>The source %1 is neither a folder nor a .zip file.</source>
        <translation>来源 %1 既不是文件夹，也不是 .zip 文件。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to extract %1.</source>
        <translation>无法创建用于解压 %1 的临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot open %1 as a zip file: %2</source>
        <translation>无法将 %1 作为 zip 文件打开：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 holds more than %2 entries; refusing to extract it.</source>
        <translation>%1 包含超过 %2 个条目，拒绝解压。</translation>
    </message>
    <message>
        <source>%1 contains the entry "%2", which points outside the export folder; refusing the archive.</source>
        <translation>%1 包含条目“%2”，它指向导出文件夹之外；拒绝该压缩包。</translation>
    </message>
    <message>
        <source>%1 contains "%2", which is not a regular file (a link?); refusing the archive.</source>
        <translation>%1 包含“%2”，它不是普通文件（可能是链接？）；拒绝该压缩包。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged at "%2": %3</source>
        <translation>%1 在“%2”处已损坏：%3</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 (at "%3"); refusing to extract it (a zip bomb?).</source>
        <translation>%1 解压后超过 %2（在“%3”处）；拒绝解压（可能是 zip 炸弹？）。</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 times its own size (at "%3"); refusing to extract it (a zip bomb?).</source>
        <translation>%1 解压后超过自身大小的 %2 倍（在“%3”处）；拒绝解压（可能是 zip 炸弹？）。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The cache refused the import: %1</source>
        <translation>缓存拒绝了此次导入：%1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>%1 line %2: %3; the value was left empty.</source>
        <translation>%1 第 %2 行：%3；该值已留空。</translation>
    </message>
    <message>
        <source>%1 looks like another %2 file; only one per import is read, so it was ignored.</source>
        <translation>%1 看起来是另一个 %2 文件；每次导入只读取一个，因此已忽略该文件。</translation>
    </message>
    <message>
        <source>%1 mixes month/day and day/month dates; they are read as %2 and the rows that do not fit are rejected.</source>
        <translation>%1 混用了“月/日”和“日/月”两种日期格式；已按“%2”读取，不符合的行被拒绝。</translation>
    </message>
    <message>
        <source>day/month</source>
        <translation>日/月</translation>
    </message>
    <message>
        <source>month/day</source>
        <translation>月/日</translation>
    </message>
    <message>
        <source>Every date in %1 could be month/day or day/month; read as %2 (the mapping profile's ambiguous_date_order).</source>
        <translation>%1 中的每个日期都既可能是“月/日”也可能是“日/月”；已按“%2”读取（依据映射配置的 ambiguous_date_order）。</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>该行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1 was read as %2.</source>
        <translation>%1 已按 %2 编码读取。</translation>
    </message>
    <message>
        <source>%1 is empty but manifest.json says it has %2 rows: the export is incomplete.</source>
        <translation>%1 为空，但 manifest.json 记录其有 %2 行：导出不完整。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has %2 rows but manifest.json says %3: the export is incomplete or damaged.</source>
        <translation>%1 有 %2 行，但 manifest.json 记录为 %3 行：导出不完整或已损坏。</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>a quoted field is never closed; the rest of the file was read into it</source>
        <translation>带引号的字段没有闭合；文件的其余内容都被读入了该字段</translation>
    </message>
    <message>
        <source>it points at account %1, which is not in the export or the cache</source>
        <translation>其引用的客户 %1 既不在导出中，也不在缓存中</translation>
    </message>
    <message>
        <source>the id %1 appears more than once in the file</source>
        <translation>ID %1 在文件中出现了多次</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) name an owner who is not among the users.</source>
        <translation>
            <numerusform>%1：有 %n 行的负责人不在用户列表中。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no file that the %2 profile reads.</source>
        <translation>%1 中没有 %2 配置可读取的文件。</translation>
    </message>
    <message>
        <source>%1 does not match its checksum in manifest.json: the export is incomplete or damaged (still being copied?).</source>
        <translation>%1 与 manifest.json 中的校验和不符：导出不完整或已损坏（是否仍在复制中？）。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more values left empty.</source>
        <translation>
            <numerusform>……另有 %n 个值已留空。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying checksums</source>
        <translation>正在验证校验和</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>Cannot tell what kind of export %1 is: it has no manifest.json (Pitwall bundle), no Account.csv (Salesforce) and no CSV with a "Record ID" column (HubSpot). Choose the profile explicitly.</source>
        <translation>无法判断 %1 是哪种导出：其中没有 manifest.json（Pitwall 数据包）、没有 Account.csv（Salesforce），也没有含“Record ID”列的 CSV（HubSpot）。请明确选择配置。</translation>
    </message>
    <message>
        <source>Unknown profile "%1": use auto, native, salesforce or hubspot.</source>
        <translation>未知配置“%1”：请使用 auto、native、salesforce 或 hubspot。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>无法读取映射文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no readable manifest.json, so it is not a Pitwall export bundle.</source>
        <translation>%1 没有可读的 manifest.json，因此不是 Pitwall 导出数据包。</translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but missing from the export: the export is incomplete.</source>
        <translation>%1 列在 manifest.json 中，但导出中缺少该文件：导出不完整。</translation>
    </message>
    <message>
        <source>%1 is not a file Pitwall reads; it was ignored.</source>
        <translation>%1 不是 Pitwall 可读取的文件，已忽略。</translation>
    </message>
    <message>
        <source>%1 is in the export folder but not in manifest.json: the export is inconsistent.</source>
        <translation>%1 位于导出文件夹中，但未列在 manifest.json 中：导出内容不一致。</translation>
    </message>
    <message>
        <source>%1 is damaged (a quoted field is never closed), so nothing was archived from it.</source>
        <translation>%1 已损坏（有引号字段未闭合），因此未根据该文件归档任何记录。</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜索索引</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid health scorecard: %2</source>
        <translation>%1 不是有效的健康度评分卡：%2</translation>
    </message>
    <message>
        <source>Health is now scored with the scorecard from %1.</source>
        <translation>健康度现使用来自 %1 的评分卡进行评分。</translation>
    </message>
    <message>
        <source>Health could not be recomputed: %1</source>
        <translation>无法重新计算健康度：%1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2): the export is damaged.</source>
        <translation>%1 不是 UTF-8 文本（第 %2 行）：导出文件已损坏。</translation>
    </message>
    <message>
        <source>%1 is not a valid QBR template: %2</source>
        <translation>%1 不是有效的 QBR 模板：%2</translation>
    </message>
    <message>
        <source>New QBRs now start from the template in %1.</source>
        <translation>新建的 QBR 现将基于 %1 中的模板。</translation>
    </message>
    <message>
        <source>%1 is not a valid set of playbook templates: %2</source>
        <translation>%1 不是有效的行动手册模板集：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid set of playbook rules: %2</source>
        <translation>%1 不是有效的行动手册规则集：%2</translation>
    </message>
    <message>
        <source>Playbooks now start from the templates in %1.</source>
        <translation>行动手册现在将基于 %1 中的模板启动。</translation>
    </message>
    <message>
        <source>Playbooks now follow the rules in %1.</source>
        <translation>行动手册现在遵循 %1 中的规则。</translation>
    </message>
    <message>
        <source>%1, line 1: %2</source>
        <translation>%1，第 1 行：%2</translation>
    </message>
</context>
<context>
    <name>LocalWork</name>
    <message>
        <source>The cache could not be written: %1</source>
        <translation>无法写入缓存：%1</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>No account with CRM id “%1” in the cache.</source>
        <translation>缓存中没有 CRM ID 为“%1”的客户。</translation>
    </message>
    <message>
        <source>No note with id “%1”.</source>
        <translation>没有 ID 为“%1”的笔记。</translation>
    </message>
    <message>
        <source>No task with id “%1”.</source>
        <translation>没有 ID 为“%1”的任务。</translation>
    </message>
    <message>
        <source>This note has been deleted.</source>
        <translation>该笔记已被删除。</translation>
    </message>
    <message>
        <source>This task has been deleted.</source>
        <translation>该任务已被删除。</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>笔记内容不能为空。</translation>
    </message>
    <message>
        <source>Unknown kind of note “%1”: use note, call, meeting or email.</source>
        <translation>未知的笔记类型“%1”：请使用 note、call、meeting 或 email。</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>任务标题不能为空。</translation>
    </message>
    <message>
        <source>Choose red, yellow or green for the sentiment.</source>
        <translation>请为客户情绪选择红、黄或绿。</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>LogisticRegression</name>
    <message>
        <source>there are no rows to learn from</source>
        <translation>没有可供学习的行</translation>
    </message>
    <message>
        <source>%1 rows of features but %2 outcomes</source>
        <translation>特征有 %1 行，但结果有 %2 个</translation>
    </message>
    <message>
        <source>the regularisation strength C must be a positive number</source>
        <translation>正则化强度 C 必须是正数</translation>
    </message>
    <message>
        <source>outcomes must be 0 or 1</source>
        <translation>结果必须是 0 或 1</translation>
    </message>
    <message numerus="yes">
        <source>both outcomes are needed to learn from, but all %n row(s) have the same one</source>
        <translation>
            <numerusform>学习需要两种结果，但全部 %n 行的结果都相同</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, feature %2 is not a finite number</source>
        <translation>第 %1 行的特征 %2 不是有限数值</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a central CRM export from a folder or a .zip</source>
        <translation>从文件夹或 .zip 文件导入中央 CRM 导出</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Fill the cache with a fictional company's book of business</source>
        <translation>用一家虚构公司的客户组合填充缓存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the cache again</source>
        <translation>重新读取缓存</translation>
    </message>
    <message>
        <source>&amp;About Pitwall</source>
        <translation>关于 Pitwall(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>The cache already holds %1 accounts. Add the demo accounts beside them?</source>
        <translation>缓存中已有 %1 个客户。要同时添加演示客户吗？</translation>
    </message>
    <message>
        <source>Nothing is archived or overwritten, but the fictional accounts will be mixed with yours. To explore the demo on its own, start Pitwall with --demo.</source>
        <translation>不会归档或覆盖任何数据，但虚构客户会与您的客户混在一起。如需单独体验演示数据，请使用 --demo 启动 Pitwall。</translation>
    </message>
    <message>
        <source>About Pitwall</source>
        <translation>关于 Pitwall</translation>
    </message>
    <message>
        <source>The offline-first workstation for Customer Success Managers.</source>
        <translation>面向客户成功经理的离线优先工作台。</translation>
    </message>
    <message>
        <source>Your customer book in a local cache: fast, private, and there when the network is not.</source>
        <translation>您的客户组合保存在本地缓存中：快速、私密，断网时依然可用。</translation>
    </message>
    <message>
        <source>Welcome to Pitwall</source>
        <translation>欢迎使用 Pitwall</translation>
    </message>
    <message>
        <source>Your cache is empty. Load the demo data to look around?</source>
        <translation>您的缓存为空。要加载演示数据先看看吗？</translation>
    </message>
    <message>
        <source>The demo is a fictional company's book of business: accounts with contacts, usage, support cases and NPS. You can import your own CRM export at any time with File → Import…</source>
        <translation>演示数据是一家虚构公司的客户组合，包含客户及其联系人、使用数据、支持工单和 NPS。您可以随时通过“文件 → 导入…”导入自己的 CRM 导出。</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit?</source>
        <translation>导入正在进行。要取消导入并退出吗？</translation>
    </message>
    <message>
        <source>Cancelling rolls the import back; the cache stays as it was before.</source>
        <translation>取消会回滚导入；缓存将保持原样。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>后退（%1）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>前进（%1）</translation>
    </message>
    <message>
        <source>&amp;Search Accounts and Contacts…</source>
        <translation>搜索客户和联系人(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close Account</source>
        <translation>关闭客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Who Am I…</source>
        <translation>我的身份(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose which user in the cache you are</source>
        <translation>选择您是缓存中的哪位用户</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>范围(&amp;S)</translation>
    </message>
    <message>
        <source>Search accounts and contacts…</source>
        <translation>搜索客户和联系人…</translation>
    </message>
    <message>
        <source>Which accounts every view shows (Ctrl+Alt+1, 2, 3)</source>
        <translation>各视图显示哪些客户（Ctrl+Alt+1、2、3）</translation>
    </message>
    <message>
        <source>%1 — Pitwall</source>
        <translation>%1 — Pitwall</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>我的身份</translation>
    </message>
    <message>
        <source>There are no users in the cache yet. Import your CRM export first: its users file lists the CSMs you can choose from.</source>
        <translation>缓存中还没有用户。请先导入 CRM 导出：其中的用户文件列出了可供选择的客户成功经理。</translation>
    </message>
    <message>
        <source>Who am I?</source>
        <translation>选择身份</translation>
    </message>
    <message>
        <source>Choose who you are, for “My book” and “My team”</source>
        <translation>选择您的身份，用于“我的客户”和“我的团队”</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Click to change.</source>
        <translation>当前身份：%1（%2）。点击可更改。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Recompute Health</source>
        <translation>重新计算健康度(&amp;R)</translation>
    </message>
    <message>
        <source>Rescore every account's health and retrain the churn model from the data in the cache</source>
        <translation>根据缓存中的数据重新评估每个客户的健康度，并重新训练流失模型</translation>
    </message>
    <message>
        <source>Recompute Health</source>
        <translation>重新计算健康度</translation>
    </message>
    <message>
        <source>Health could not be recomputed: %1</source>
        <translation>无法重新计算健康度：%1</translation>
    </message>
    <message numerus="yes">
        <source>Health recomputed for %n account(s). %1</source>
        <translation>
            <numerusform>已重新计算 %n 个客户的健康度。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>&amp;QBR Builder</source>
        <translation>QBR 生成器(&amp;Q)</translation>
    </message>
    <message>
        <source>Prepare an account's quarterly business review</source>
        <translation>准备客户的季度业务回顾</translation>
    </message>
    <message>
        <source>Playbook &amp;Call Mode</source>
        <translation>行动手册通话模式(&amp;C)</translation>
    </message>
    <message>
        <source>A compact checklist window for a live call with this account</source>
        <translation>与此客户实时通话时使用的精简清单窗口</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Playbook templates and the rules that start them</source>
        <translation>行动手册模板及触发它们的规则</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>The central location, the last sync and the conflicts</source>
        <translation>中央位置、上次同步和冲突</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Pull the newest central export and push your changes</source>
        <translation>拉取最新的中央导出包并推送您的更改</translation>
    </message>
    <message>
        <source>The cache is damaged.</source>
        <translation>缓存已损坏。</translation>
    </message>
    <message>
        <source>Damaged Cache</source>
        <translation>缓存已损坏</translation>
    </message>
    <message>
        <source>Pitwall found damage in the local cache.</source>
        <translation>Pitwall 发现本地缓存已损坏。</translation>
    </message>
    <message>
        <source>What you see may be incomplete, and new work may not be saved. Quit Pitwall and start it again: it will offer to restore the newest backup, and save what it can still read of your unsent work.

Details: %1</source>
        <translation>您看到的内容可能不完整，新的工作也可能无法保存。请退出 Pitwall 并重新启动：它会提示恢复最新的备份，并保存仍可读取的未发送工作。

详细信息：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cache backed up (%n account(s)).</source>
        <translation>
            <numerusform>已备份缓存（%n 个客户）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>未能进行备份：%1</translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>Pitwall export bundle</source>
        <translation>Pitwall 导出数据包</translation>
    </message>
    <message>
        <source>The mapping profile is not valid JSON: %1 (at byte %2)</source>
        <translation>映射配置不是有效的 JSON：%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>The mapping profile's date_order must be "auto", "month_first" or "day_first".</source>
        <translation>映射配置的 date_order 必须是 "auto"、"month_first" 或 "day_first"。</translation>
    </message>
    <message>
        <source>The mapping profile names an unknown time zone "%1".</source>
        <translation>映射配置指定了未知时区“%1”。</translation>
    </message>
    <message>
        <source>The mapping profile names an unknown record type "%1".</source>
        <translation>映射配置指定了未知记录类型“%1”。</translation>
    </message>
    <message>
        <source>The mapping profile maps an unknown field "%1" of %2.</source>
        <translation>映射配置映射了 %2 的未知字段“%1”。</translation>
    </message>
    <message>
        <source>The mapping for %1 names neither files nor match_headers.</source>
        <translation>%1 的映射既未指定 files，也未指定 match_headers。</translation>
    </message>
    <message>
        <source>The mapping profile needs a name and at least one record type.</source>
        <translation>映射配置需要名称和至少一种记录类型。</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile %1: %2</source>
        <translation>无法读取映射配置 %1：%2</translation>
    </message>
    <message>
        <source>There is no mapping profile named "%1".</source>
        <translation>没有名为“%1”的映射配置。</translation>
    </message>
</context>
<context>
    <name>NavigationSidebar</name>
    <message>
        <source>Customer Success</source>
        <translation>客户成功</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>OPEN ACCOUNTS</source>
        <translation>已打开的客户</translation>
    </message>
    <message>
        <source>%1 — Ctrl+W or a middle click closes it</source>
        <translation>%1 — 按 Ctrl+W 或单击鼠标中键可将其关闭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close all accounts</source>
        <translation>关闭所有客户</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>What the note records</source>
        <translation>这条笔记记录的内容类型</translation>
    </message>
    <message>
        <source>Note type</source>
        <translation>笔记类型</translation>
    </message>
    <message>
        <source>Write a note about this account. It is saved as you type — there is no Save button.</source>
        <translation>为该客户写一条笔记。输入时即自动保存——无需点击“保存”。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Finish this note and start a new one (Ctrl+N)</source>
        <translation>完成这条笔记并新建一条（Ctrl+N）</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>删除这条笔记</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>That note cannot be opened: %1</source>
        <translation>无法打开该笔记：%1</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>要删除这条笔记吗？</translation>
    </message>
    <message>
        <source>It disappears from the timeline. The deletion is recorded in the change journal like every other change.</source>
        <translation>它将从时间线中消失。与其他所有更改一样，此次删除会记录在变更日志中。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Your note of %1</source>
        <translation>您在 %1 写的笔记</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>您的笔记</translation>
    </message>
</context>
<context>
    <name>NotificationStore</name>
    <message>
        <source>%1: a detractor NPS response (%2).</source>
        <translation>%1：收到一条贬损者 NPS 反馈（%2）。</translation>
    </message>
    <message>
        <source>%1: NPS %2 from %3.</source>
        <translation>%1：%3 给出的 NPS 为 %2。</translation>
    </message>
    <message>
        <source>%1 turned red.</source>
        <translation>%1 已变为红色。</translation>
    </message>
    <message>
        <source>%1 renews on %2.</source>
        <translation>%1 将于 %2 续约。</translation>
    </message>
    <message>
        <source>%1 is a new account.</source>
        <translation>%1 是新客户。</translation>
    </message>
    <message>
        <source>%1: the champion has left.</source>
        <translation>%1：支持者已离职。</translation>
    </message>
    <message>
        <source>%1: the champion %2 has left.</source>
        <translation>%1：支持者 %2 已离职。</translation>
    </message>
    <message>
        <source>“%1” started.</source>
        <translation>“%1”已启动。</translation>
    </message>
    <message>
        <source>“%1” was already open.</source>
        <translation>“%1”已在进行中。</translation>
    </message>
    <message>
        <source>The notifications could not be read: %1</source>
        <translation>无法读取通知：%1</translation>
    </message>
    <message>
        <source>The notification could not be saved: %1</source>
        <translation>无法保存通知：%1</translation>
    </message>
    <message>
        <source>The notifications could not be saved: %1</source>
        <translation>无法保存通知：%1</translation>
    </message>
</context>
<context>
    <name>NpsListModel</name>
    <message>
        <source>Promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>中立者</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>OpportunityListModel</name>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>%1: “days” must be a whole number of days from -%2 to %2, not %3.</source>
        <translation>%1：“days”必须是 -%2 到 %2 之间的整数天数，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 不是对象。</translation>
    </message>
    <message>
        <source>%1 has an unknown member %2.</source>
        <translation>%1 含有未知成员 %2。</translation>
    </message>
    <message>
        <source>%1 needs a “title”.</source>
        <translation>%1 需要“title”。</translation>
    </message>
    <message>
        <source>%1: “guidance” must be text.</source>
        <translation>%1：“guidance”必须是文本。</translation>
    </message>
    <message>
        <source>%1: “due” must be an object such as {"from": "start", "days": 7}.</source>
        <translation>%1：“due”必须是对象，例如 {"from": "start", "days": 7}。</translation>
    </message>
    <message>
        <source>%1: “due” has an unknown member %2.</source>
        <translation>%1：“due”含有未知成员 %2。</translation>
    </message>
    <message>
        <source>%1: “due.from” is %2; use start, renewal or contract_start.</source>
        <translation>%1：“due.from”为 %2；请使用 start、renewal 或 contract_start。</translation>
    </message>
    <message>
        <source>%1: “due” needs “days”.</source>
        <translation>%1：“due”需要“days”。</translation>
    </message>
    <message>
        <source>%1: “owner_role” is %2; use one of: %3.</source>
        <translation>%1：“owner_role”为 %2；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>%1: “required” must be true or false.</source>
        <translation>%1：“required”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>On the renewal date</source>
        <translation>续约日期当天</translation>
    </message>
    <message numerus="yes">
        <source>Renewal − %n day(s)</source>
        <translation>
            <numerusform>续约日期前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal + %n day(s)</source>
        <translation>
            <numerusform>续约日期后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>On the contract start</source>
        <translation>合同开始日期当天</translation>
    </message>
    <message numerus="yes">
        <source>Contract start − %n day(s)</source>
        <translation>
            <numerusform>合同开始日期前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract start + %n day(s)</source>
        <translation>
            <numerusform>合同开始日期后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook template</source>
        <translation>行动手册模板</translation>
    </message>
    <message>
        <source>The playbook template %1</source>
        <translation>行动手册模板 %1</translation>
    </message>
    <message>
        <source>%1: “format” must be “%2”, not %3.</source>
        <translation>%1：“format”必须为“%2”，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 is version %2; this Pitwall reads version %3.</source>
        <translation>%1 的版本为 %2；此版本的 Pitwall 读取的是版本 %3。</translation>
    </message>
    <message>
        <source>%1 needs an “id”.</source>
        <translation>%1 需要“id”。</translation>
    </message>
    <message>
        <source>%1: the id may only hold lower-case letters, digits, “_” and “-” (at most 64).</source>
        <translation>%1：id 只能包含小写字母、数字、“_”和“-”（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>%1 needs a “name”.</source>
        <translation>%1 需要“name”。</translation>
    </message>
    <message>
        <source>%1: “description” must be text.</source>
        <translation>%1：“description”必须是文本。</translation>
    </message>
    <message>
        <source>%1: “anchor” is %2; use start, renewal or contract_start.</source>
        <translation>%1：“anchor”为 %2；请使用 start、renewal 或 contract_start。</translation>
    </message>
    <message>
        <source>%1 needs a list of “steps” (at least one).</source>
        <translation>%1 需要“steps”列表（至少包含一个步骤）。</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1，步骤 %2</translation>
    </message>
    <message>
        <source>The playbook template is not valid JSON: %1 (at byte %2).</source>
        <translation>行动手册模板不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The playbook template must be a JSON object.</source>
        <translation>行动手册模板必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The playbook templates are not valid JSON: %1 (at byte %2).</source>
        <translation>行动手册模板文件不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The playbook templates file has an unknown member %1.</source>
        <translation>行动手册模板文件含有未知成员 %1。</translation>
    </message>
    <message>
        <source>“templates” must be a list of playbook templates.</source>
        <translation>“templates”必须是行动手册模板列表。</translation>
    </message>
    <message>
        <source>The playbook templates must be a JSON array or object.</source>
        <translation>行动手册模板必须是 JSON 数组或对象。</translation>
    </message>
    <message>
        <source>Template %1 of the list is not an object.</source>
        <translation>列表中的第 %1 个模板不是对象。</translation>
    </message>
    <message>
        <source>The playbook template id %1 appears twice.</source>
        <translation>行动手册模板 ID %1 出现了两次。</translation>
    </message>
</context>
<context>
    <name>PlaybookBuiltIn</name>
    <message>
        <source>Detractor NPS response</source>
        <translation>NPS 贬损者反馈</translation>
    </message>
    <message>
        <source>Call {contact} about their NPS score of {score}</source>
        <translation>就 NPS 评分 {score} 致电 {contact} 沟通</translation>
    </message>
    <message>
        <source>Health turned red</source>
        <translation>健康度变为红色</translation>
    </message>
    <message>
        <source>Renewal in 120 days</source>
        <translation>120 天内续约</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>The champion left</source>
        <translation>支持者离职</translation>
    </message>
    <message>
        <source>Find a new champion at {account}: {contact} has left</source>
        <translation>为 {account} 寻找新的支持者：{contact} 已离职</translation>
    </message>
    <message>
        <source>Review the sales handoff</source>
        <translation>审阅销售交接资料</translation>
    </message>
    <message>
        <source>Read the handoff notes, the order form and the success criteria the customer bought against. List the open questions for the account executive before the kickoff.</source>
        <translation>阅读交接记录、订单表以及客户采购时约定的成功标准。在启动会之前，列出需要向客户经理（AE）确认的待解决问题。</translation>
    </message>
    <message>
        <source>Hold the kickoff call</source>
        <translation>召开启动会</translation>
    </message>
    <message>
        <source>Introduce the team, confirm the goals, the success criteria and the 90-day plan, agree who does what on the customer's side, and book a recurring check-in.</source>
        <translation>介绍团队，确认目标、成功标准和 90 天计划，明确客户方的职责分工，并安排定期沟通会。</translation>
    </message>
    <message>
        <source>Complete the technical setup</source>
        <translation>完成技术配置</translation>
    </message>
    <message>
        <source>Single sign-on, integrations and the first data load done, admins trained. Escalate any blocker to support the same day.</source>
        <translation>完成单点登录、系统集成和首次数据导入，并完成管理员培训。如遇任何阻碍，须于当天升级至支持团队。</translation>
    </message>
    <message>
        <source>Deliver the first value</source>
        <translation>交付首个价值成果</translation>
    </message>
    <message>
        <source>The first use case is live and the customer has seen a result they care about. Write it down in a note: it is the story of the first QBR.</source>
        <translation>首个用例已上线，客户已看到其关注的成果。请将其记录在备注中：这将是首次 QBR 的核心内容。</translation>
    </message>
    <message>
        <source>Check adoption at day 30</source>
        <translation>第 30 天检查采用情况</translation>
    </message>
    <message>
        <source>Compare active users with the licences bought and offer training to the teams that have not started yet.</source>
        <translation>将活跃用户数与已购许可证数进行对比，并为尚未开始使用的团队提供培训。</translation>
    </message>
    <message>
        <source>Reach 80% use of the core features</source>
        <translation>核心功能使用率达到 80%</translation>
    </message>
    <message>
        <source>Check the usage trend: at least 80% of the core features in regular use. If not, agree on a recovery plan with the champion.</source>
        <translation>检查使用趋势：至少 80% 的核心功能应处于常规使用状态。如未达到，请与支持者商定恢复计划。</translation>
    </message>
    <message>
        <source>Close onboarding and talk about expansion</source>
        <translation>结束客户入门阶段并洽谈扩展</translation>
    </message>
    <message>
        <source>Review the success criteria with the sponsor, close onboarding, and explore further teams, use cases or products. Bring in sales when there is an opportunity.</source>
        <translation>与高管赞助人一起回顾成功标准，结束客户入门阶段，并探索更多团队、用例或产品。出现商机时，请引入销售团队。</translation>
    </message>
    <message>
        <source>Diagnose the risk</source>
        <translation>诊断风险</translation>
    </message>
    <message>
        <source>Read the health drivers, recent tickets, NPS comments and the usage trend. Write the root cause down in one sentence.</source>
        <translation>查看健康度主要因素、近期工单、NPS 评论和使用趋势，用一句话写下根本原因。</translation>
    </message>
    <message>
        <source>Agree the rescue plan internally</source>
        <translation>内部商定挽救计划</translation>
    </message>
    <message>
        <source>Agree with your manager on the plan, the help needed (support, product, an executive) and when to escalate.</source>
        <translation>与您的经理商定计划、所需协助（支持服务、产品团队或高管）以及升级时机。</translation>
    </message>
    <message>
        <source>Meet the customer about the issues</source>
        <translation>与客户会面沟通问题</translation>
    </message>
    <message>
        <source>Listen first. Confirm the problems in the customer's words and agree what "fixed" looks like.</source>
        <translation>先倾听。用客户自己的话确认问题，并就“已解决”的标准达成一致。</translation>
    </message>
    <message>
        <source>Send a written get-well plan</source>
        <translation>发送书面改善计划</translation>
    </message>
    <message>
        <source>Actions, owners and dates on both sides, sent to the champion and the sponsor.</source>
        <translation>列明双方的行动项、负责人和日期，并发送给支持者和高管赞助人。</translation>
    </message>
    <message>
        <source>Executive sponsor call</source>
        <translation>高管赞助人通话</translation>
    </message>
    <message>
        <source>For large accounts: a call between executives on both sides to show commitment.</source>
        <translation>适用于大客户：安排双方高管通话，以表明双方的投入与承诺。</translation>
    </message>
    <message>
        <source>Review progress on the plan</source>
        <translation>审查计划进展</translation>
    </message>
    <message>
        <source>Go through the plan with the customer every week and log each check-in as a note.</source>
        <translation>每周与客户一起检查计划进展，并将每次跟进记录为备注。</translation>
    </message>
    <message>
        <source>Confirm the recovery</source>
        <translation>确认已恢复</translation>
    </message>
    <message>
        <source>Health is back to yellow or green and the customer confirms the issues are solved. Close the plan, or escalate again.</source>
        <translation>健康度已回到黄色或绿色，且客户确认问题已解决。关闭改善计划，或再次升级处理。</translation>
    </message>
    <message>
        <source>Assess the renewal risk</source>
        <translation>评估续约风险</translation>
    </message>
    <message>
        <source>Check health, usage against licences, open tickets and whether the champion is still there. Decide: a routine, an at-risk or an expansion renewal.</source>
        <translation>检查健康度、许可证使用情况、未结工单，以及支持者是否仍在职。确定续约类型：常规续约、有风险续约或扩展续约。</translation>
    </message>
    <message>
        <source>Review the value delivered with the sponsor</source>
        <translation>与高管赞助人回顾交付价值</translation>
    </message>
    <message>
        <source>Show the outcomes of this term against the goals. Confirm who signs and how their purchasing works.</source>
        <translation>对照目标展示本合同期的成果。确认由谁签约以及客户的采购流程。</translation>
    </message>
    <message>
        <source>Send the renewal proposal</source>
        <translation>发送续约方案</translation>
    </message>
    <message>
        <source>The quote with the agreed licences and terms. Raise any discount or multi-year request with your manager first.</source>
        <translation>报价需包含已商定的许可证和条款。如有任何折扣或多年期需求，请先与经理沟通。</translation>
    </message>
    <message>
        <source>Clear the open items and get the signature</source>
        <translation>解决未决事项并完成签约</translation>
    </message>
    <message>
        <source>Follow up procurement, legal and security reviews, and agree the date of signature.</source>
        <translation>跟进采购、法务和安全审查，并商定签约日期。</translation>
    </message>
    <message>
        <source>Book the QBR with the sponsor</source>
        <translation>与高管赞助人预约 QBR</translation>
    </message>
    <message>
        <source>Find a date in the next three weeks with the sponsor and the champion; an hour is enough.</source>
        <translation>与高管赞助人和支持者约定未来三周内的时间；一小时即可。</translation>
    </message>
    <message>
        <source>Gather the figures</source>
        <translation>收集数据</translation>
    </message>
    <message>
        <source>Usage, adoption, support and NPS for the quarter. Start the QBR draft in Pitwall and check that the charts fill in.</source>
        <translation>整理本季度的使用、采用、支持服务和 NPS 数据。在 Pitwall 中创建 QBR 草稿，并检查图表数据是否已填充。</translation>
    </message>
    <message>
        <source>Agree the value story with the champion</source>
        <translation>与支持者确定价值陈述</translation>
    </message>
    <message>
        <source>Preview the KPIs and the narrative with the champion and ask what the sponsor will want to hear.</source>
        <translation>与支持者预先过一遍 KPI 和说明文字，并了解高管赞助人希望听到哪些内容。</translation>
    </message>
    <message>
        <source>Review the deck with your manager</source>
        <translation>与经理一起审阅演示文稿</translation>
    </message>
    <message>
        <source>Worth it for strategic accounts and for renewals at risk.</source>
        <translation>对战略客户和有风险的续约，这一步尤为值得。</translation>
    </message>
    <message>
        <source>Hold the QBR</source>
        <translation>召开 QBR</translation>
    </message>
    <message>
        <source>Results first, then goals for next quarter; leave time for the customer's priorities.</source>
        <translation>先讲成果，再谈下季度目标；留出时间讨论客户的优先事项。</translation>
    </message>
    <message>
        <source>Send the summary and the commitments</source>
        <translation>发送会议纪要和承诺事项</translation>
    </message>
    <message>
        <source>Mark the QBR delivered in Pitwall: its commitments become tasks with owners and dates.</source>
        <translation>在 Pitwall 中将 QBR 标记为已交付：其承诺事项将转为带有负责人和日期的任务。</translation>
    </message>
    <message>
        <source>Hold the handoff meeting</source>
        <translation>召开交接会议</translation>
    </message>
    <message>
        <source>The account executive walks through why the customer bought, what was promised, the people involved and any non-standard terms.</source>
        <translation>销售代表介绍客户的购买原因、已作出的承诺、相关人员以及任何非标准条款。</translation>
    </message>
    <message>
        <source>Check the CRM record</source>
        <translation>核对 CRM 记录</translation>
    </message>
    <message>
        <source>Contacts with their roles (champion, sponsor, technical), contract dates, licences and ARR are right.</source>
        <translation>确认联系人及其角色（支持者、赞助人、技术负责人）、合同日期、许可证和 ARR 均正确无误。</translation>
    </message>
    <message>
        <source>Write down the success criteria</source>
        <translation>记录成功标准</translation>
    </message>
    <message>
        <source>Two or three measurable outcomes the customer expects, agreed with the account executive.</source>
        <translation>客户期望的两到三项可衡量成果，需与销售代表达成一致。</translation>
    </message>
    <message>
        <source>Introduce the CSM to the customer</source>
        <translation>向客户介绍 CSM</translation>
    </message>
    <message>
        <source>A warm introduction by email from the account executive to the champion and the sponsor.</source>
        <translation>由销售代表通过电子邮件向支持者和高管赞助人进行热情引荐。</translation>
    </message>
    <message>
        <source>Start the onboarding playbook</source>
        <translation>启动客户入门行动手册</translation>
    </message>
    <message>
        <source>Once the handoff is done, the golden 90 days begin.</source>
        <translation>交接完成后，黄金 90 天随即开始。</translation>
    </message>
    <message>
        <source>Onboarding: the golden 90 days</source>
        <translation>客户入门：黄金 90 天</translation>
    </message>
    <message>
        <source>From the sales handoff to first value in two weeks and the expansion talk at day 90.</source>
        <translation>从销售交接开始，两周内实现首个价值，并在第 90 天开展扩展洽谈。</translation>
    </message>
    <message>
        <source>Risk rescue (get-well plan)</source>
        <translation>风险挽救（改善计划）</translation>
    </message>
    <message>
        <source>For an account in trouble: find the cause, agree a written plan with the customer and follow it to recovery.</source>
        <translation>适用于陷入困境的客户：查明原因，与客户商定书面计划，并跟进直至恢复。</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Four checkpoints: 120, 90, 60 and 30 days before the renewal date.</source>
        <translation>四个检查点：续约日期前 120、90、60 和 30 天。</translation>
    </message>
    <message>
        <source>QBR preparation</source>
        <translation>QBR 准备</translation>
    </message>
    <message>
        <source>Two weeks from booking the quarterly business review to sending its summary.</source>
        <translation>从预约季度业务回顾到发送会议纪要，为期两周。</translation>
    </message>
    <message>
        <source>Sales-to-CS handoff</source>
        <translation>销售到客户成功交接</translation>
    </message>
    <message>
        <source>Everything the account executive knows, passed on to the CSM in the first days.</source>
        <translation>在最初几天内，将销售代表掌握的全部信息移交给 CSM。</translation>
    </message>
</context>
<context>
    <name>PlaybookInstanceModel</name>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done or skipped</source>
        <translation>
            <numerusform>%n 个步骤中已完成或跳过 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n 个步骤逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Steps done or skipped, of all steps</source>
        <translation>已完成或已跳过的步骤数/步骤总数</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Open steps past their due date</source>
        <translation>已过截止日期的未完成步骤</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次截止</translation>
    </message>
    <message>
        <source>The rule that started it, or “By hand”</source>
        <translation>启动它的规则，或“手动”</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>启动来源</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>&amp;Start Playbook…</source>
        <translation>启动行动手册(&amp;S)…</translation>
    </message>
    <message>
        <source>Run one of the team's standard playbooks on this account</source>
        <translation>在此客户上运行团队的一个标准行动手册</translation>
    </message>
    <message>
        <source>C&amp;all Mode</source>
        <translation>通话模式(&amp;A)</translation>
    </message>
    <message>
        <source>A compact checklist window for a live call (Ctrl+Shift+L)</source>
        <translation>用于实时通话的精简清单窗口（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Playbooks on this account</source>
        <translation>此客户的行动手册</translation>
    </message>
    <message>
        <source>Cance&amp;l Playbook…</source>
        <translation>取消行动手册(&amp;L)…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Space ticks the current step</source>
        <translation>按空格键勾选当前步骤</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Tick or untick the step (Space in the list)</source>
        <translation>勾选或取消勾选该步骤（在列表中按空格键）</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>跳过(&amp;K)…</translation>
    </message>
    <message>
        <source>Skip the step, with a reason</source>
        <translation>跳过该步骤并注明原因</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>No playbooks on this account</source>
        <translation>此客户没有行动手册</translation>
    </message>
    <message>
        <source>Start one of the team's standard plays: onboarding, a risk rescue, the renewal, QBR preparation or the sales handoff.</source>
        <translation>启动团队的一个标准行动手册：客户入门、风险挽救、续约、QBR 准备或销售到客户成功交接。</translation>
    </message>
    <message>
        <source>Start Playbook…</source>
        <translation>启动行动手册…</translation>
    </message>
    <message>
        <source>No playbooks yet</source>
        <translation>尚无行动手册</translation>
    </message>
    <message numerus="yes">
        <source>%n open playbook(s)</source>
        <translation>
            <numerusform>%n 个进行中的行动手册</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n 个已关闭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n 个步骤逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>启动于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done or skipped</source>
        <translation>
            <numerusform>%n 个步骤中已完成或跳过 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>下一截止 %1</translation>
    </message>
    <message>
        <source>renewal date assumed: %1</source>
        <translation>假定续约日期：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Mark &amp;Open</source>
        <translation>标记为未完成(&amp;O)</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>跳过步骤</translation>
    </message>
    <message>
        <source>Why is “%1” skipped? The reason is kept with the step.</source>
        <translation>为什么跳过“%1”？原因将随步骤一并保存。</translation>
    </message>
    <message>
        <source>Cancel Playbook</source>
        <translation>取消行动手册</translation>
    </message>
    <message>
        <source>Cancel “%1” on this account? Its steps stay as they are; it no longer counts as open.

Reason (optional):</source>
        <translation>取消此客户的“%1”？其步骤保持不变，但该行动手册将不再计为进行中。

原因（可选）：</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>PlaybookRules</name>
    <message>
        <source>%1: “%2” must be a whole number from %3 to %4, not %5.</source>
        <translation>%1：“%2”必须是 %3 到 %4 之间的整数，而不是 %5。</translation>
    </message>
    <message numerus="yes">
        <source>NPS response of %1 or less (last %n day(s))</source>
        <translation>
            <numerusform>NPS 评分不高于 %1（最近 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Health turns red</source>
        <translation>健康度变为红色</translation>
    </message>
    <message numerus="yes">
        <source>Renewal within %n day(s)</source>
        <translation>
            <numerusform>%n 天内续约</numerusform>
        </translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>The champion leaves</source>
        <translation>支持者离职</translation>
    </message>
    <message>
        <source>start “%1”</source>
        <translation>启动“%1”</translation>
    </message>
    <message>
        <source>a task for the owner</source>
        <translation>为负责人创建任务</translation>
    </message>
    <message>
        <source>tell the manager</source>
        <translation>通知经理</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The playbook rules are not valid JSON: %1 (at byte %2).</source>
        <translation>行动手册规则不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The playbook rules must be a JSON object with a “rules” list.</source>
        <translation>行动手册规则必须是包含“rules”列表的 JSON 对象。</translation>
    </message>
    <message>
        <source>The playbook rules: “format” must be “%1”, not %2.</source>
        <translation>行动手册规则：“format”必须为“%1”，而不是 %2。</translation>
    </message>
    <message>
        <source>The playbook rules are version %1; this Pitwall reads version %2.</source>
        <translation>行动手册规则的版本为 %1；此版本的 Pitwall 只能读取版本 %2。</translation>
    </message>
    <message>
        <source>The playbook rules have an unknown member %1.</source>
        <translation>行动手册规则包含未知成员 %1。</translation>
    </message>
    <message>
        <source>The playbook rules need a “rules” list.</source>
        <translation>行动手册规则需要一个“rules”列表。</translation>
    </message>
    <message>
        <source>Rule %1 is not an object.</source>
        <translation>规则 %1 不是对象。</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>The rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1 has an unknown member %2.</source>
        <translation>%1 包含未知成员 %2。</translation>
    </message>
    <message>
        <source>%1 needs an “id”.</source>
        <translation>%1 需要“id”。</translation>
    </message>
    <message>
        <source>%1: the id may only hold lower-case letters, digits, “_” and “-” (at most 64).</source>
        <translation>%1：id 只能包含小写字母、数字、“_”和“-”（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The rule id %1 appears twice.</source>
        <translation>规则 id %1 出现了两次。</translation>
    </message>
    <message>
        <source>%1 needs a “name”.</source>
        <translation>%1 需要“name”。</translation>
    </message>
    <message>
        <source>%1: “enabled” must be true or false.</source>
        <translation>%1：“enabled”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1: “reason” must be a key of lower-case letters, digits, “_” and “-”, such as at_risk.</source>
        <translation>%1：“reason”必须是由小写字母、数字、“_”和“-”组成的键，例如 at_risk。</translation>
    </message>
    <message>
        <source>%1 needs a “trigger” object with a “type”.</source>
        <translation>%1 需要一个包含“type”的“trigger”对象。</translation>
    </message>
    <message>
        <source>%1: the trigger type %2 is unknown; use nps_detractor, health_red, renewal_within, new_account or champion_left.</source>
        <translation>%1：未知的触发条件类型 %2；请使用 nps_detractor、health_red、renewal_within、new_account 或 champion_left。</translation>
    </message>
    <message>
        <source>%1, trigger</source>
        <translation>%1，触发条件</translation>
    </message>
    <message>
        <source>%1 needs a list of “actions” (at least one).</source>
        <translation>%1 需要一个“actions”列表（至少包含一项）。</translation>
    </message>
    <message>
        <source>%1, action %2</source>
        <translation>%1，操作 %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 不是对象。</translation>
    </message>
    <message>
        <source>%1: %2 appears twice in the rule.</source>
        <translation>%1：%2 在规则中出现了两次。</translation>
    </message>
    <message>
        <source>%1 needs the “template” to start.</source>
        <translation>%1 需要指定要启动的“template”。</translation>
    </message>
    <message>
        <source>%1 starts the template %2, which does not exist (the templates are: %3).</source>
        <translation>%1 要启动的模板 %2 不存在（现有模板：%3）。</translation>
    </message>
    <message>
        <source>%1 needs the task's “title”.</source>
        <translation>%1 需要任务的“title”。</translation>
    </message>
    <message>
        <source>%1: the title uses an unknown placeholder %2 (use %3).</source>
        <translation>%1：标题使用了未知占位符 %2（请使用 %3）。</translation>
    </message>
    <message>
        <source>%1: the action type %2 is unknown; use start_playbook, create_task or notify_manager.</source>
        <translation>%1：未知的操作类型 %2；请使用 start_playbook、create_task 或 notify_manager。</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) started</source>
        <translation>
            <numerusform>已启动 %n 个行动手册</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already open</source>
        <translation>
            <numerusform>%n 个已在进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n 条通知</numerusform>
        </translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>The published playbook rules cannot be used (%1); the next set in line is used.</source>
        <translation>已发布的行动手册规则无法使用（%1）；将改用下一组规则。</translation>
    </message>
    <message>
        <source>The local playbook rules cannot be used (%1); the built-in ones are used.</source>
        <translation>本地行动手册规则无法使用（%1）；将改用内置规则。</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>The playbook rules could not be saved: %1</source>
        <translation>无法保存行动手册规则：%1</translation>
    </message>
    <message>
        <source>The local playbook rules could not be removed: %1</source>
        <translation>无法删除本地行动手册规则：%1</translation>
    </message>
    <message>
        <source>The playbook rules could not be evaluated: %1</source>
        <translation>无法评估行动手册规则：%1</translation>
    </message>
    <message>
        <source>The rule “%1” starts the playbook template “%2”, which does not exist: it only creates its task and notification.</source>
        <translation>规则“%1”要启动的行动手册模板“%2”不存在：该规则仅会创建其任务和通知。</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>该联系人</translation>
    </message>
    <message>
        <source>the champion</source>
        <translation>支持者</translation>
    </message>
</context>
<context>
    <name>PlaybookSchedule</name>
    <message>
        <source>The account has no renewal date: the steps timed from the renewal are due as if it were on %1.</source>
        <translation>该客户没有续约日期：以续约日期为基准的步骤将按续约日期为 %1 计算截止日期。</translation>
    </message>
    <message>
        <source>The account has no contract start: the steps timed from it count from the start of the playbook.</source>
        <translation>该客户没有合同开始日期：以其为基准的步骤将从行动手册开始之日起计算。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) would have been due before the playbook started and are due on its first day instead.</source>
        <translation>
            <numerusform>%n 个步骤的截止日期早于行动手册开始日期，已改为在第一天截止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookStepDelegate</name>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) overdue</source>
        <translation>
            <numerusform>%1 · 逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Done by %1 on %2</source>
        <translation>由 %1 于 %2 完成</translation>
    </message>
    <message>
        <source>Skipped by %1: %2</source>
        <translation>由 %1 跳过：%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>PlaybookStepModel</name>
    <message>
        <source>There is no step %1 in this playbook.</source>
        <translation>此行动手册中没有步骤 %1。</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Done by %1 on %2</source>
        <translation>由 %1 于 %2 完成</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（可选）</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Tick a step when it is done</source>
        <translation>步骤完成后请勾选</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlaybookStepsDialog</name>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n 个未完成步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>No open playbook step here.</source>
        <translation>此处没有未完成的行动手册步骤。</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Enter or double-click opens the account</source>
        <translation>按 Enter 或双击可打开客户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s) · %1</source>
        <translation>
            <numerusform>逾期 %n 天 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（可选）</translation>
    </message>
    <message>
        <source>Account owner: %1</source>
        <translation>客户负责人：%1</translation>
    </message>
</context>
<context>
    <name>PlaybookStore</name>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>The playbook template “%1” has no steps.</source>
        <translation>行动手册模板“%1”没有任何步骤。</translation>
    </message>
    <message>
        <source>The playbook could not be started: %1</source>
        <translation>无法启动行动手册：%1</translation>
    </message>
    <message>
        <source>No account with CRM id “%1” in the cache.</source>
        <translation>缓存中没有 CRM id 为“%1”的客户。</translation>
    </message>
    <message>
        <source>The account “%1” (%2) is archived: playbooks run on live accounts only.</source>
        <translation>客户“%1”（%2）已归档：行动手册仅能在未归档的客户上运行。</translation>
    </message>
    <message>
        <source>“%1” is already open on this account for the same reason (%2).</source>
        <translation>该客户已有一个因相同原因（%2）启动的“%1”正在进行中。</translation>
    </message>
    <message>
        <source>“%1” is already running on this account (started %2): finish or cancel it first.</source>
        <translation>“%1”已在该客户上运行（启动于 %2）：请先完成或取消它。</translation>
    </message>
    <message>
        <source>Say why the step is skipped: a skipped step needs a reason.</source>
        <translation>请说明跳过该步骤的原因：跳过步骤必须填写原因。</translation>
    </message>
    <message>
        <source>The playbook could not be saved: %1</source>
        <translation>无法保存行动手册：%1</translation>
    </message>
    <message>
        <source>No playbook with id “%1”.</source>
        <translation>没有 id 为“%1”的行动手册。</translation>
    </message>
    <message numerus="yes">
        <source>There is no step %1: this playbook has %n step(s), numbered from 1.</source>
        <translation>
            <numerusform>没有步骤 %1：此行动手册共有 %n 个步骤，从 1 开始编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>This playbook was cancelled; its steps can no longer change.</source>
        <translation>此行动手册已取消，其步骤无法再更改。</translation>
    </message>
    <message>
        <source>This playbook is completed and a newer one for the same reason is open on the account: work on that one instead.</source>
        <translation>此行动手册已完成，且该客户已有一个因相同原因启动的较新行动手册正在进行中：请改为处理该行动手册。</translation>
    </message>
    <message>
        <source>The playbook could not be cancelled: %1</source>
        <translation>无法取消行动手册：%1</translation>
    </message>
    <message>
        <source>This playbook is completed; only an open playbook can be cancelled.</source>
        <translation>此行动手册已完成；只能取消进行中的行动手册。</translation>
    </message>
    <message>
        <source>The playbooks could not be read: %1</source>
        <translation>无法读取行动手册：%1</translation>
    </message>
    <message>
        <source>The playbook could not be read: %1</source>
        <translation>无法读取该行动手册：%1</translation>
    </message>
    <message>
        <source>“%1” is not a playbook id: give the id or at least its first 4 characters.</source>
        <translation>“%1”不是行动手册 id：请提供完整 id 或至少前 4 个字符。</translation>
    </message>
    <message>
        <source>More than one playbook id starts with “%1”: give more of it.</source>
        <translation>有多个行动手册 id 以“%1”开头：请提供更多字符。</translation>
    </message>
    <message>
        <source>The playbook steps could not be read: %1</source>
        <translation>无法读取行动手册步骤：%1</translation>
    </message>
    <message>
        <source>The playbook figures could not be read: %1</source>
        <translation>无法读取行动手册统计数据：%1</translation>
    </message>
    <message>
        <source>The cache is not an SQLite database.</source>
        <translation>缓存不是 SQLite 数据库。</translation>
    </message>
</context>
<context>
    <name>PlaybookTemplateStore</name>
    <message>
        <source>The published playbook templates could not be read: %1</source>
        <translation>无法读取已发布的行动手册模板：%1</translation>
    </message>
    <message>
        <source>The published playbook templates (%1) cannot be used: %2</source>
        <translation>已发布的行动手册模板（%1）无法使用：%2</translation>
    </message>
    <message>
        <source>The local playbook templates could not be read: %1</source>
        <translation>无法读取本地行动手册模板：%1</translation>
    </message>
    <message>
        <source>The local playbook template “%1” cannot be used: %2</source>
        <translation>本地行动手册模板“%1”无法使用：%2</translation>
    </message>
    <message>
        <source>No playbook template with id “%1”; the templates are: %2.</source>
        <translation>没有 id 为“%1”的行动手册模板；现有模板：%2。</translation>
    </message>
    <message>
        <source>The playbook template could not be saved: %1</source>
        <translation>无法保存行动手册模板：%1</translation>
    </message>
    <message>
        <source>The playbook template could not be removed: %1</source>
        <translation>无法删除行动手册模板：%1</translation>
    </message>
    <message>
        <source>There is no local playbook template with id “%1”.</source>
        <translation>没有 id 为“%1”的本地行动手册模板。</translation>
    </message>
</context>
<context>
    <name>Qbr</name>
    <message>
        <source>%1: “format” must be “%2”, not “%3”.</source>
        <translation>%1：“format” 必须为 “%2”，而不是 “%3”。</translation>
    </message>
    <message>
        <source>%1 is version %2; this Pitwall reads version %3.</source>
        <translation>%1 的版本为 %2；此版本的 Pitwall 读取版本 %3。</translation>
    </message>
    <message>
        <source>%1 needs a “sections” list.</source>
        <translation>%1 需要 “sections” 列表。</translation>
    </message>
    <message>
        <source>%1: section %2 is not an object.</source>
        <translation>%1：章节 %2 不是对象。</translation>
    </message>
    <message>
        <source>%1: section %2 has no “key”.</source>
        <translation>%1：章节 %2 缺少 “key”。</translation>
    </message>
    <message>
        <source>%1: section %2 has an unknown key %3 (use one of: %4).</source>
        <translation>%1：章节 %2 的键 %3 未知（请使用以下之一：%4）。</translation>
    </message>
    <message>
        <source>%1: the section %2 appears twice.</source>
        <translation>%1：章节 %2 出现了两次。</translation>
    </message>
    <message>
        <source>%1: the section %2 has an unknown member %3.</source>
        <translation>%1：章节 %2 包含未知成员 %3。</translation>
    </message>
    <message>
        <source>%1: “enabled” of the section %2 must be true or false.</source>
        <translation>%1：章节 %2 的 “enabled” 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1: “narrative” of the section %2 must be text.</source>
        <translation>%1：章节 %2 的 “narrative” 必须为文本。</translation>
    </message>
    <message>
        <source>%1: the narrative of %2 uses an unknown placeholder %3 (use %4).</source>
        <translation>%1：%2 的说明文字使用了未知占位符 %3（请使用 %4）。</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation>%1：“%2” 必须为列表。</translation>
    </message>
    <message>
        <source>%1: item %2 of “%3” is not an object.</source>
        <translation>%1：“%3” 的第 %2 项不是对象。</translation>
    </message>
    <message>
        <source>%1: “%2” must be a number.</source>
        <translation>%1：“%2” 必须为数字。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time: %3.</source>
        <translation>%1：“%2” 不是日期时间：%3。</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>Health and trend</source>
        <translation>健康度与趋势</translation>
    </message>
    <message>
        <source>Adoption and usage</source>
        <translation>采用与使用情况</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>交付价值</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持服务</translation>
    </message>
    <message>
        <source>Goals and success plan</source>
        <translation>目标与成功计划</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>客户之声</translation>
    </message>
    <message>
        <source>Renewal and expansion</source>
        <translation>续约与扩展</translation>
    </message>
    <message>
        <source>Risks and mitigations</source>
        <translation>风险与应对措施</translation>
    </message>
    <message>
        <source>Next-quarter commitments</source>
        <translation>下季度承诺事项</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进展正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Standard QBR</source>
        <translation>标准 QBR</translation>
    </message>
    <message>
        <source>The QBR template is not valid JSON: %1 (at byte %2).</source>
        <translation>QBR 模板不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The QBR template must be a JSON object.</source>
        <translation>QBR 模板必须为 JSON 对象。</translation>
    </message>
    <message>
        <source>The QBR template</source>
        <translation>QBR 模板</translation>
    </message>
    <message>
        <source>The QBR template has an unknown member %1.</source>
        <translation>QBR 模板包含未知成员 %1。</translation>
    </message>
    <message>
        <source>The QBR template needs a “name”.</source>
        <translation>QBR 模板需要 “name”。</translation>
    </message>
    <message>
        <source>The QBR template lists no sections.</source>
        <translation>QBR 模板未列出任何章节。</translation>
    </message>
    <message>
        <source>The QBR</source>
        <translation>该 QBR</translation>
    </message>
    <message>
        <source>The QBR names no account (“account_id”).</source>
        <translation>该 QBR 未指定客户（“account_id”）。</translation>
    </message>
    <message>
        <source>The QBR's quarter %1 is not a quarter such as 2026Q3.</source>
        <translation>该 QBR 的季度 %1 无效，应为 2026Q3 这样的季度。</translation>
    </message>
    <message>
        <source>The QBR's status %1 is neither “draft” nor “delivered”.</source>
        <translation>该 QBR 的状态 %1 既不是 “draft” 也不是 “delivered”。</translation>
    </message>
    <message>
        <source>The KPI %1</source>
        <translation>KPI %1</translation>
    </message>
    <message>
        <source>The goal %1: progress must be a whole number from 0 to 100, not %2.</source>
        <translation>目标 %1：进度必须为 0 到 100 之间的整数，而不是 %2。</translation>
    </message>
    <message>
        <source>The goal %1 has an unknown status %2 (use %3).</source>
        <translation>目标 %1 的状态 %2 未知（请使用 %3）。</translation>
    </message>
    <message>
        <source>The commitment %1 is due on %2, which is not a date (YYYY-MM-DD).</source>
        <translation>承诺事项 %1 的截止日期 %2 不是有效日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>QbrData</name>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>Choose a quarter such as 2026Q3.</source>
        <translation>请选择季度，如 2026Q3。</translation>
    </message>
    <message>
        <source>No account with CRM id “%1” in the cache.</source>
        <translation>缓存中没有 CRM ID 为 “%1” 的客户。</translation>
    </message>
    <message>
        <source>Licences purchased</source>
        <translation>已购许可证</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度评分</translation>
    </message>
    <message>
        <source>Dragging it down most: %1 (%2)</source>
        <translation>拉低最多的因素：%1（%2）</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>无优先级</translation>
    </message>
</context>
<context>
    <name>QbrDeckSettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Deck settings</source>
        <translation>报告设置</translation>
    </message>
    <message>
        <source>Every QBR's cover shows your company: its name, or its logo when you give one. The command line's qbr uses the same settings.</source>
        <translation>每份 QBR 的封面都会展示贵公司：默认显示公司名称，提供徽标后则显示徽标。命令行的 qbr 命令也使用相同的设置。</translation>
    </message>
    <message>
        <source>No logo: the name is shown</source>
        <translation>无徽标：显示名称</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>徽标文件</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>徽标预览</translation>
    </message>
    <message>
        <source>&amp;Vendor name:</source>
        <translation>供应商名称(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>徽标(&amp;L)：</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not an SVG image Pitwall can draw.</source>
        <translation>%1 不是 Pitwall 可以绘制的 SVG 图像。</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation>%1 不是 PNG、JPEG 或 SVG 图像。</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose another file, or clear the logo to show the name.</source>
        <translation>请选择其他文件，或清除徽标以显示名称。</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>清除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>QbrDefaultTemplate</name>
    <message>
        <source>Standard QBR</source>
        <translation>标准 QBR</translation>
    </message>
    <message>
        <source>Our partnership in {quarter}: the value {account} got, where things stand, and the plan for next quarter.</source>
        <translation>{quarter} 合作回顾：{account} 获得的价值、当前进展，以及下季度计划。</translation>
    </message>
    <message>
        <source>In {quarter}, {account} [the headline outcome, in the sponsor's words].

What went well: [the one or two wins the team is proudest of].

Where we need to focus: [the main gap or risk, and what we propose].</source>
        <translation>{quarter}，{account} [用赞助人的话概括本季度的核心成果]。

进展顺利的方面：[团队最引以为豪的一两项成果]。

需要重点关注的方面：[主要差距或风险，以及我们的建议]。</translation>
    </message>
    <message>
        <source>The partnership is [healthy / steady / under strain], and [improving / holding / slipping] since last quarter. The main reason: [what moved it, in plain words].</source>
        <translation>合作关系目前 [健康 / 平稳 / 承压]，与上季度相比 [有所改善 / 保持稳定 / 有所下滑]。主要原因：[用平实的语言说明变化的原因]。</translation>
    </message>
    <message>
        <source>Adoption this quarter: [which teams or use cases grew, and why].

Where there is room to grow: [the teams, licences or features not yet in use, and the plan to close the gap].</source>
        <translation>本季度采用情况：[哪些团队或使用场景有所增长，原因是什么]。

仍有提升空间的方面：[尚未使用的团队、许可证或功能，以及弥补差距的计划]。</translation>
    </message>
    <message>
        <source>The outcomes {account} set out to achieve, measured against the baseline we agreed. The result that matters most: [the improvement, and what it means for the business].</source>
        <translation>{account} 设定的目标成果，以双方约定的基线衡量。最重要的成果：[改善幅度及其对业务的意义]。</translation>
    </message>
    <message>
        <source>Recurring themes in the cases this quarter: [topics].

What changed as a result: [fixes, training or documentation delivered].</source>
        <translation>本季度工单中反复出现的主题：[主题]。

由此带来的改进：[已交付的修复、培训或文档]。</translation>
    </message>
    <message>
        <source>Progress on the success plan we agreed with {account}. Done: [goal]. On track: [goal]. Needs attention: [goal, and what it needs from each side].</source>
        <translation>与 {account} 共同制定的成功计划进展。已完成：[目标]。按计划推进：[目标]。需要关注：[目标，以及双方各自需要投入的事项]。</translation>
    </message>
    <message>
        <source>What {account}'s people told us this quarter: [the most telling comment, in their words].

What we are doing with that feedback: [action].</source>
        <translation>本季度 {account} 的同事向我们反馈：[最有代表性的原话]。

我们针对这些反馈采取的行动：[行动]。</translation>
    </message>
    <message>
        <source>[Where the renewal stands and the steps to the date.]

[Growth we see together: the team, use case or outcome it would serve.]</source>
        <translation>[续约的当前进展，以及到续约日期前的关键步骤。]

[我们共同看到的增长机会：可服务的团队、使用场景或业务成果。]</translation>
    </message>
    <message>
        <source>Risks to the outcomes we agreed, and how we handle them together.</source>
        <translation>影响既定成果的风险，以及我们共同的应对方式。</translation>
    </message>
    <message>
        <source>What each side commits to before our next review, each with an owner and a date.</source>
        <translation>下次回顾前双方各自的承诺事项，每项均有负责人和截止日期。</translation>
    </message>
</context>
<context>
    <name>QbrPreview</name>
    <message>
        <source>Laying out the deck…</source>
        <translation>正在排版报告…</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>预览将显示在此处。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Painting the page…</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>正在更新预览…</translation>
    </message>
    <message>
        <source>Preview of the deck</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>The pages of the QBR as they will print. Scroll with the arrow keys and Page Up or Page Down; Enter or a double-click makes it larger.</source>
        <translation>QBR 各页面的打印效果。可使用方向键及 Page Up、Page Down 键滚动；按 Enter 键或双击可放大。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Every section is turned off: the deck has no pages.</source>
        <translation>所有章节均已关闭：报告没有任何页面。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>this section is not in the deck</source>
        <translation>此章节未纳入报告</translation>
    </message>
</context>
<context>
    <name>QbrRenderer</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format on QBR pages (QLocale)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>Quarterly Business Review</source>
        <translation>季度业务回顾</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 至 %3</translation>
    </message>
    <message>
        <source>Prepared by your Customer Success team</source>
        <translation>由您的客户成功团队编制</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>编制人：%1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 · Quarterly Business Review %2</source>
        <translation>%1 · 季度业务回顾 %2</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度评分</translation>
    </message>
    <message>
        <source>%1 vs four weeks ago</source>
        <translation>较四周前 %1</translation>
    </message>
    <message>
        <source>%1, %2 vs four weeks ago</source>
        <translation>%1，较四周前 %2</translation>
    </message>
    <message>
        <source>Not scored this quarter</source>
        <translation>本季度未评分</translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation>年度经常性收入（ARR）</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) under contract</source>
        <translation>
            <numerusform>合同内许可证 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>No renewal date on record</source>
        <translation>暂无续约日期记录</translation>
    </message>
    <message>
        <source>Licence utilisation</source>
        <translation>许可证使用率</translation>
    </message>
    <message>
        <source>From %1 at the start of the quarter</source>
        <translation>季度初为 %1</translation>
    </message>
    <message>
        <source>No licence usage recorded</source>
        <translation>暂无许可证使用记录</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message numerus="yes">
        <source>From %n response(s)</source>
        <translation>
            <numerusform>基于 %n 份答复</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey responses this quarter</source>
        <translation>本季度无调查答复</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Opened; satisfaction %1 out of 5</source>
        <translation>新建工单；满意度 %1 分（满分 5 分）</translation>
    </message>
    <message numerus="yes">
        <source>Opened; %n still open at quarter end</source>
        <translation>
            <numerusform>新建工单；季度末仍有 %n 个未关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>No health score was recorded for this account in %1.</source>
        <translation>%1 期间未记录该客户的健康度评分。</translation>
    </message>
    <message>
        <source>Health score, week by week</source>
        <translation>每周健康度评分</translation>
    </message>
    <message>
        <source>No weekly health history was recorded for this account in %1.</source>
        <translation>%1 期间未记录该客户的每周健康度历史。</translation>
    </message>
    <message>
        <source>Renewal outlook</source>
        <translation>续约展望</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>From usage, support and survey signals</source>
        <translation>基于使用情况、支持服务和调查数据</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>What moves the score</source>
        <translation>影响评分的主要因素</translation>
    </message>
    <message>
        <source>No usage was recorded for this account in %1.</source>
        <translation>%1 期间未记录该客户的使用数据。</translation>
    </message>
    <message>
        <source>Licences purchased</source>
        <translation>已购许可证</translation>
    </message>
    <message>
        <source>Licences in use</source>
        <translation>已使用许可证</translation>
    </message>
    <message>
        <source>%1 of licences purchased</source>
        <translation>占已购许可证的 %1</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>%1 since the start of the quarter</source>
        <translation>较季度初 %1</translation>
    </message>
    <message>
        <source>Up from none at the start of the quarter</source>
        <translation>季度初为零</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>Licences purchased vs in use</source>
        <translation>已购许可证与已使用许可证对比</translation>
    </message>
    <message>
        <source>Active users, week by week</source>
        <translation>每周活跃用户</translation>
    </message>
    <message>
        <source>Usage by metric</source>
        <translation>各指标使用情况</translation>
    </message>
    <message>
        <source>%1 over the quarter</source>
        <translation>本季度 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No outcome measures have been recorded for this review yet.</source>
        <translation>本次回顾尚未记录成果指标。</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>成果指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 分</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a fractional number of days</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>No support cases were opened or worked on for this account in %1.</source>
        <translation>%1 期间该客户没有新建或处理中的工单。</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>已关闭工单</translation>
    </message>
    <message>
        <source>Open at quarter end</source>
        <translation>季度末未关闭</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>No ratings this quarter</source>
        <translation>本季度无评分</translation>
    </message>
    <message>
        <source>Median time to close</source>
        <translation>关闭时长中位数</translation>
    </message>
    <message>
        <source>Cases opened by priority</source>
        <translation>按优先级统计的新建工单</translation>
    </message>
    <message>
        <source>No new cases were opened in %1.</source>
        <translation>%1 期间没有新建工单。</translation>
    </message>
    <message>
        <source>No success-plan goals have been set for this review yet.</source>
        <translation>本次回顾尚未设定成功计划目标。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进展顺利</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>No NPS responses were received from this account in %1.</source>
        <translation>%1 期间未收到该客户的 NPS 答复。</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Responses by group</source>
        <translation>各群体答复分布</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答复数</translation>
    </message>
    <message numerus="yes">
        <source>%n with a comment</source>
        <translation>
            <numerusform>%n 份附有评论</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>答复人</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>（无评论）</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>客户原声</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>新业务</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>进行中的商机</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunity(ies)</source>
        <translation>
            <numerusform>%n 个进行中的商机</numerusform>
        </translation>
    </message>
    <message>
        <source>None open</source>
        <translation>无进行中的商机</translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>本季度赢单</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) won</source>
        <translation>
            <numerusform>赢单 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>None this quarter</source>
        <translation>本季度无</translation>
    </message>
    <message>
        <source>No renewal or expansion opportunities closed in %1 or are open for this account.</source>
        <translation>%1 期间该客户没有已结束的续约或扩展商机，目前也没有进行中的商机。</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>No risks have been recorded for this review.</source>
        <translation>本次回顾未记录任何风险。</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>已缓解</translation>
    </message>
    <message>
        <source>No commitments have been recorded for next quarter yet.</source>
        <translation>尚未记录下季度承诺事项。</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>There is nothing to export: every section of this QBR is turned off.</source>
        <translation>没有可导出的内容：此 QBR 的所有章节均已关闭。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>QbrSectionEditor</name>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>&amp;In the deck</source>
        <translation>纳入报告(&amp;I)</translation>
    </message>
    <message>
        <source>Turn the section on or off; it keeps its words either way.</source>
        <translation>开启或关闭此章节；无论开启与否，其说明文字都会保留。</translation>
    </message>
    <message>
        <source>&amp;Your words</source>
        <translation>您的说明文字(&amp;Y)</translation>
    </message>
    <message>
        <source>%1: your words</source>
        <translation>%1：您的说明文字</translation>
    </message>
    <message>
        <source>What you want the customer to take away from this page.</source>
        <translation>希望客户从本页获得的要点。</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>成果指标</translation>
    </message>
    <message>
        <source>What the customer measures, in their words</source>
        <translation>客户所衡量的指标（采用客户自己的表述）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%, h, USD… or nothing for a count</source>
        <translation>%、h、USD 等；计数则留空</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Where it stood when the work began</source>
        <translation>工作开始时的水平</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Where it stands at the end of the quarter</source>
        <translation>季度末的水平</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>成果指标</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Success-plan goals</source>
        <translation>成功计划目标</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Mitigated or gone: not carried into next quarter's QBR</source>
        <translation>已缓解或已消除：不会带入下季度的 QBR</translation>
    </message>
    <message>
        <source>Add &amp;risk</source>
        <translation>添加风险(&amp;R)</translation>
    </message>
    <message>
        <source>Risks and mitigations</source>
        <translation>风险与应对措施</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>A Pitwall user's name makes the task theirs</source>
        <translation>填写 Pitwall 用户的姓名，任务即分配给该用户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Add &amp;commitment</source>
        <translation>添加承诺事项(&amp;C)</translation>
    </message>
    <message>
        <source>Next-quarter commitments</source>
        <translation>下季度承诺事项</translation>
    </message>
    <message>
        <source>{account} becomes %1</source>
        <translation>{account} 将替换为 %1</translation>
    </message>
    <message>
        <source>{quarter} becomes %1</source>
        <translation>{quarter} 将替换为 %1</translation>
    </message>
    <message>
        <source>{csm} becomes %1</source>
        <translation>{csm} 将替换为 %1</translation>
    </message>
    <message>
        <source>As you type, %1.</source>
        <translation>输入时，%1。</translation>
    </message>
    <message>
        <source>A blank line starts a paragraph; a line starting with “- ” is a bullet.</source>
        <translation>空行表示开始新段落；以“- ”开头的行为项目符号。</translation>
    </message>
    <message>
        <source>Each commitment becomes a task on the account when the QBR is marked delivered; an owner named like a Pitwall user gets the task.</source>
        <translation>QBR 标记为已交付后，每项承诺事项都会成为该客户的一项任务；负责人姓名与 Pitwall 用户一致时，任务将分配给该用户。</translation>
    </message>
    <message>
        <source>The page shows each measure's change from its baseline.</source>
        <translation>本页显示每个指标相对于基线的变化。</translation>
    </message>
    <message>
        <source>Open risks carry over when next quarter's QBR starts from this one.</source>
        <translation>下季度的 QBR 沿用本份 QBR 时，未关闭的风险将一并带入。</translation>
    </message>
    <message>
        <source>Figures from the cache</source>
        <translation>缓存中的数据</translation>
    </message>
    <message>
        <source>No data this quarter</source>
        <translation>本季度无数据</translation>
    </message>
    <message>
        <source>From the cache, %1 to %2:</source>
        <translation>缓存数据（%1 至 %2）：</translation>
    </message>
    <message>
        <source>The cover shows %1 and %2, prepared by %3, with %4 as the vendor (Deck settings…).</source>
        <translation>封面显示 %1 和 %2，编制人为 %3，供应商为 %4（报告设置…）。</translation>
    </message>
    <message>
        <source>the account's CSM</source>
        <translation>该客户的 CSM</translation>
    </message>
    <message>
        <source>Beside your words, the summary page shows the quarter at a glance: health, ARR, renewal date, licence use, NPS and support cases.</source>
        <translation>除您的说明文字外，摘要页还会概览本季度情况：健康度、ARR、续约日期、许可证使用情况、NPS 和工单。</translation>
    </message>
    <message>
        <source>No health score for this account in %1: the page says so instead of drawing an empty chart.</source>
        <translation>%1 期间该客户没有健康度评分：页面将如实说明，而不会绘制空白图表。</translation>
    </message>
    <message>
        <source>Health score %1</source>
        <translation>健康度评分 %1</translation>
    </message>
    <message>
        <source>%1 points over four weeks</source>
        <translation>四周内变化 %1 分</translation>
    </message>
    <message numerus="yes">
        <source>%n weekly score(s) on the chart</source>
        <translation>
            <numerusform>图表中有 %n 个每周评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Churn risk %1</source>
        <translation>流失风险 %1</translation>
    </message>
    <message>
        <source>No usage was recorded for this account in %1. The page says so plainly instead of drawing empty charts.</source>
        <translation>%1 期间未记录该客户的使用数据。页面将如实说明，而不会绘制空白图表。</translation>
    </message>
    <message>
        <source>Licences: %1 of %2 in use</source>
        <translation>许可证：已使用 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Licences in use: %1</source>
        <translation>已使用许可证：%1</translation>
    </message>
    <message>
        <source>Utilisation %1 at the start of the quarter, %2 at the end</source>
        <translation>使用率：季度初 %1，季度末 %2</translation>
    </message>
    <message>
        <source>Active users: %1 in the last week</source>
        <translation>活跃用户：最近一周 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) with data: %1</source>
        <translation>
            <numerusform>有数据的指标 %n 个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No support cases were opened or worked on in %1: the page says so.</source>
        <translation>%1 期间没有新建或处理中的工单：页面将如实说明。</translation>
    </message>
    <message>
        <source>%1 opened, %2 closed, %3 still open at the end</source>
        <translation>新建 %1 个，关闭 %2 个，期末仍有 %3 个未关闭</translation>
    </message>
    <message>
        <source>Opened by priority: %1</source>
        <translation>按优先级统计的新建工单：%1</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) %1</source>
        <translation>满意度（CSAT）%1</translation>
    </message>
    <message>
        <source>Median time to close: %1 days</source>
        <translation>关闭时长中位数：%1 天</translation>
    </message>
    <message>
        <source>No NPS responses were received from this account in %1: the page says so.</source>
        <translation>%1 期间未收到该客户的 NPS 答复：页面将如实说明。</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n 份答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promoter(s)</source>
        <translation>
            <numerusform>推荐者 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>贬损者 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest comment: “%1” (%2)</source>
        <translation>最新评论：“%1”（%2）</translation>
    </message>
    <message>
        <source>No renewal date, ARR or opportunities in the cache for this account.</source>
        <translation>缓存中没有该客户的续约日期、ARR 或商机。</translation>
    </message>
    <message>
        <source>Renewal on %1</source>
        <translation>续约日期：%1</translation>
    </message>
    <message>
        <source>ARR %1</source>
        <translation>ARR %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunity(ies)</source>
        <translation>
            <numerusform>%n 个进行中的商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) closing in the quarter</source>
        <translation>
            <numerusform>本季度内结束的商机 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No open opportunities</source>
        <translation>无进行中的商机</translation>
    </message>
    <message>
        <source>Add measu&amp;re</source>
        <translation>添加指标(&amp;R)</translation>
    </message>
    <message>
        <source>Add g&amp;oal</source>
        <translation>添加目标(&amp;O)</translation>
    </message>
</context>
<context>
    <name>QbrSectionModel</name>
    <message>
        <source>In the deck. Space leaves it out; Alt+Up and Alt+Down move it.</source>
        <translation>已纳入报告。按空格键可移出；按 Alt+Up 和 Alt+Down 可移动位置。</translation>
    </message>
    <message>
        <source>Left out of the deck. Space puts it back in.</source>
        <translation>未纳入报告。按空格键可重新纳入。</translation>
    </message>
</context>
<context>
    <name>QbrStore</name>
    <message>
        <source>Could not read the QBRs: %1</source>
        <translation>无法读取 QBR：%1</translation>
    </message>
    <message>
        <source>The saved QBR of %1 for %2 cannot be read: %3</source>
        <translation>无法读取 %1 在 %2 已保存的 QBR：%3</translation>
    </message>
    <message>
        <source>The QBR could not be saved: %1</source>
        <translation>无法保存 QBR：%1</translation>
    </message>
    <message>
        <source>No account with CRM id “%1” in the cache.</source>
        <translation>缓存中没有 CRM ID 为 “%1” 的客户。</translation>
    </message>
    <message>
        <source>A QBR needs an account and a quarter.</source>
        <translation>QBR 需要指定客户和季度。</translation>
    </message>
    <message>
        <source>The QBR could not be marked delivered: %1</source>
        <translation>无法将 QBR 标记为已交付：%1</translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1（负责人：%2）</translation>
    </message>
    <message>
        <source>The commitment “%1” could not become a task: %2</source>
        <translation>无法将承诺事项 “%1” 转为任务：%2</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>• %1 (%2, due %3)</source>
        <translation>• %1（%2，截止日期 %3）</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1（%2）</translation>
    </message>
    <message>
        <source>QBR %1 delivered.</source>
        <translation>QBR %1 已交付。</translation>
    </message>
    <message>
        <source>Commitments:</source>
        <translation>承诺事项：</translation>
    </message>
    <message>
        <source>The published QBR template cannot be used (%1); the built-in one is used instead.</source>
        <translation>无法使用已发布的 QBR 模板（%1），已改用内置模板。</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
</context>
<context>
    <name>QbrTableEditor</name>
    <message>
        <source>No value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>移除所选行</translation>
    </message>
</context>
<context>
    <name>QbrView</name>
    <message>
        <source>%1 QBR %2</source>
        <comment>file name: account, quarter as 2026Q3</comment>
        <translation>%1 QBR %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>No accounts in the cache yet</source>
        <translation>缓存中还没有客户</translation>
    </message>
    <message>
        <source>A QBR is prepared from an account's figures. Import your CRM export, or load the demo data to try the builder.</source>
        <translation>QBR 根据客户的数据编制。请导入 CRM 导出文件，或加载演示数据来试用 QBR 编辑器。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the QBR as a PDF slide deck</source>
        <translation>将 QBR 导出为 PDF 演示文稿</translation>
    </message>
    <message>
        <source>Write the QBR as one self-contained web page</source>
        <translation>将 QBR 导出为一个独立的网页</translation>
    </message>
    <message>
        <source>&amp;Start from last quarter</source>
        <translation>沿用上季度(&amp;S)</translation>
    </message>
    <message>
        <source>Carry the account's last QBR forward: its words, measures, goals and open risks</source>
        <translation>沿用该客户的上一份 QBR：包括说明文字、指标、目标和未关闭的风险</translation>
    </message>
    <message>
        <source>&amp;Mark delivered…</source>
        <translation>标记为已交付(&amp;M)…</translation>
    </message>
    <message>
        <source>Record that the QBR was presented and turn its commitments into tasks</source>
        <translation>记录 QBR 已完成汇报，并将其承诺事项转为任务</translation>
    </message>
    <message>
        <source>&amp;Deck settings…</source>
        <translation>报告设置(&amp;D)…</translation>
    </message>
    <message>
        <source>The vendor name and logo on every QBR's cover</source>
        <translation>每份 QBR 封面上的供应商名称和徽标</translation>
    </message>
    <message>
        <source>Find account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>&amp;Larger preview</source>
        <translation>放大预览(&amp;L)</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>季度业务回顾</translation>
    </message>
    <message>
        <source>Type an account's name…</source>
        <translation>输入客户名称…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The account to prepare the QBR for: type part of its name, CRM id or owner (%1)</source>
        <translation>要为其编制 QBR 的客户：输入其名称、CRM ID 或负责人的一部分（%1）</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>The quarter the review covers</source>
        <translation>本次回顾涵盖的季度</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Sections of the deck</source>
        <translation>报告章节</translation>
    </message>
    <message>
        <source>Check a section to put it in the deck. Drag, or Alt+Up and Alt+Down, to move it.</source>
        <translation>勾选章节即可纳入报告。拖动或按 Alt+Up 和 Alt+Down 可移动位置。</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ 上移</translation>
    </message>
    <message>
        <source>Move the section up (Alt+Up)</source>
        <translation>上移章节（Alt+Up）</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>上移章节</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ 下移</translation>
    </message>
    <message>
        <source>Move the section down (Alt+Down)</source>
        <translation>下移章节（Alt+Down）</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>下移章节</translation>
    </message>
    <message>
        <source>Give the preview the whole width (%1)</source>
        <translation>预览占满整个宽度（%1）</translation>
    </message>
    <message>
        <source>%1 · delivered</source>
        <translation>%1 · 已交付</translation>
    </message>
    <message>
        <source>%1 · draft</source>
        <translation>%1 · 草稿</translation>
    </message>
    <message>
        <source>%1 · in progress</source>
        <translation>%1 · 进行中</translation>
    </message>
    <message>
        <source>Type an account's name in the box above, or open an account and click “Prepare QBR”. The review fills in from the cache; your words are saved as you type.</source>
        <translation>在上方输入框中输入客户名称，或打开客户后点击“准备 QBR”。回顾内容将根据缓存自动填充；您输入的说明文字会随时保存。</translation>
    </message>
    <message>
        <source>The saved QBR could not be read: %1</source>
        <translation>无法读取已保存的 QBR：%1</translation>
    </message>
    <message>
        <source>This QBR cannot be opened</source>
        <translation>无法打开此 QBR</translation>
    </message>
    <message>
        <source>Quarterly business review, %1</source>
        <translation>季度业务回顾，%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>figures up to %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>CSM %1</source>
        <translation>CSM %1</translation>
    </message>
    <message>
        <source>Prepare a quarterly business review from the cache</source>
        <translation>根据缓存编制季度业务回顾</translation>
    </message>
    <message>
        <source>Pick an account and a quarter</source>
        <translation>请选择客户和季度</translation>
    </message>
    <message>
        <source>No account in %1 matches “%2”.</source>
        <translation>%1 中没有与“%2”匹配的客户。</translation>
    </message>
    <message>
        <source>the cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Delivered on %1</source>
        <translation>已于 %1 交付</translation>
    </message>
    <message>
        <source>Corrections are still saved; the tasks were made when it was delivered.</source>
        <translation>更正内容仍会保存；任务已在交付时创建。</translation>
    </message>
    <message>
        <source>Draft · saving…</source>
        <translation>草稿 · 正在保存…</translation>
    </message>
    <message>
        <source>Draft · saved %1</source>
        <translation>草稿 · 已于 %1 保存</translation>
    </message>
    <message>
        <source>Saved in the cache as you type.</source>
        <translation>输入时自动保存到缓存。</translation>
    </message>
    <message>
        <source>Delivered already: its commitments are tasks on the account.</source>
        <translation>已交付：其承诺事项已成为该客户的任务。</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1 They are kept here; Pitwall tries again in a few seconds.</source>
        <translation>无法保存您的更改：%1 更改仍保留在此处；Pitwall 将在几秒后重试。</translation>
    </message>
    <message>
        <source>Start from last quarter</source>
        <translation>沿用上季度</translation>
    </message>
    <message>
        <source>The earlier QBRs of %1 could not be read.</source>
        <translation>无法读取 %1 之前的 QBR。</translation>
    </message>
    <message>
        <source>There is no QBR of %1 before %2 to start from.</source>
        <translation>%1 在 %2 之前没有可沿用的 QBR。</translation>
    </message>
    <message>
        <source>This one starts from the template; next quarter's can start from it.</source>
        <translation>本份 QBR 基于模板创建；下季度的 QBR 可沿用本份。</translation>
    </message>
    <message>
        <source>Replace this draft with the %1 QBR carried forward?</source>
        <translation>要用沿用的 %1 QBR 替换此草稿吗？</translation>
    </message>
    <message>
        <source>Its words, sections, outcome measures (last quarter's figures become the baselines), goals not yet done and open risks replace what is here now. Commitments start empty.</source>
        <translation>其说明文字、章节、成果指标（上季度的数据将作为基线）、未完成的目标和未关闭的风险将替换当前内容。承诺事项将清空。</translation>
    </message>
    <message>
        <source>Started from the %1 QBR: its words, measures, goals and open risks are here to update.</source>
        <translation>已沿用 %1 QBR：其说明文字、指标、目标和未关闭的风险已带入，可在此更新。</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记为已交付</translation>
    </message>
    <message>
        <source>Mark the %1 QBR of %2 as delivered?</source>
        <translation>要将 %2 的 %1 QBR 标记为已交付吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) will become tasks on the account.</source>
        <translation>
            <numerusform>%n 项承诺事项将转为该客户的任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no commitments to turn into tasks.</source>
        <translation>没有需要转为任务的承诺事项。</translation>
    </message>
    <message>
        <source>A note on the account records the delivery. You can still correct the QBR afterwards.</source>
        <translation>该客户将新增一条备注记录此次交付。之后仍可更正 QBR。</translation>
    </message>
    <message>
        <source>The QBR of %1 could not be marked delivered.</source>
        <translation>无法将 %1 的 QBR 标记为已交付。</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>打开客户</translation>
    </message>
    <message numerus="yes">
        <source>Marked delivered. %n task(s) were added to the account.</source>
        <translation>
            <numerusform>已标记为已交付。已为该客户添加 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked delivered. A note on the account records it.</source>
        <translation>已标记为已交付。该客户的一条备注记录了此次交付。</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export QBR as HTML</source>
        <translation>将 QBR 导出为 HTML</translation>
    </message>
    <message>
        <source>Export QBR as PDF</source>
        <translation>将 QBR 导出为 PDF</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message numerus="yes">
        <source>Exported the QBR (%n page(s)) to %1.</source>
        <translation>
            <numerusform>已将 QBR（%n 页）导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The QBR could not be exported to %1.</source>
        <translation>无法将 QBR 导出到 %1。</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>导出 HTML(&amp;T)…</translation>
    </message>
    <message>
        <source>Sectio&amp;ns</source>
        <translation>章节(&amp;N)</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新草稿</translation>
    </message>
    <message>
        <source>Made from the template “%1”; saved as soon as you change something.</source>
        <translation>基于模板“%1”创建；一有更改即会保存。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>RecordConverter</name>
    <message>
        <source>the header lacks the required column(s) %1</source>
        <translation>表头缺少必需的列：%1</translation>
    </message>
    <message>
        <source>the required value %1 (column %2) is empty</source>
        <translation>必填值 %1（列 %2）为空</translation>
    </message>
    <message>
        <source>column %1: %2 %3</source>
        <translation>列 %1：%2 %3</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Choose Another Backup…</source>
        <translation>选择其他备份(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Pitwall — Damaged Cache</source>
        <translation>Pitwall — 缓存已损坏</translation>
    </message>
    <message>
        <source>Your local cache is damaged</source>
        <translation>您的本地缓存已损坏</translation>
    </message>
    <message>
        <source>Pitwall cannot safely read its local cache. This can happen after a disk error, or when the file was copied while Pitwall was writing it. Your data in the CRM is not affected.</source>
        <translation>Pitwall 无法安全读取其本地缓存。这可能是由于磁盘错误，或在 Pitwall 写入文件时复制了该文件。您在 CRM 中的数据不受影响。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>There is no automatic backup of this cache. Choose a backup file, or quit and import your CRM export again into a new cache.</source>
        <translation>此缓存没有自动备份。请选择一个备份文件，或退出后将 CRM 导出文件重新导入到新的缓存中。</translation>
    </message>
    <message>
        <source>Newest backup: %1 (%2), schema %3.</source>
        <translation>最新备份：%1（%2），架构版本 %3。</translation>
    </message>
    <message>
        <source>Restoring moves the damaged file aside (it is not deleted) and first saves the notes, tasks and unsent changes that can still be read from it into a file beside it. Work done after the backup was made is only in that file.</source>
        <translation>恢复时会将已损坏的文件移到一旁（不会删除），并先将其中仍可读取的备注、任务和未发送的更改保存到其旁边的一个文件中。备份之后完成的工作仅保存在该文件中。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Choose a Backup of the Cache</source>
        <translation>选择缓存的备份</translation>
    </message>
    <message>
        <source>Pitwall caches and backups (*.sqlite *.bak);;All files (*)</source>
        <translation>Pitwall 缓存和备份 (*.sqlite *.bak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>正在恢复 %1 的备份…</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>无法恢复备份：%1</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Pitwall restored the backup of %1.</source>
        <translation>Pitwall 已恢复 %1 的备份。</translation>
    </message>
</context>
<context>
    <name>SentimentControl</name>
    <message>
        <source>CSM sentiment</source>
        <translation>客户情绪</translation>
    </message>
    <message>
        <source>Set the sentiment to %1</source>
        <translation>将客户情绪设为“%1”</translation>
    </message>
    <message>
        <source>Sentiment comment</source>
        <translation>客户情绪说明</translation>
    </message>
    <message>
        <source>Pick a colour to save</source>
        <translation>选择颜色后即可保存</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Why? Saved as you type</source>
        <translation>原因是什么？输入时自动保存</translation>
    </message>
    <message>
        <source>Pick a colour, then say why</source>
        <translation>先选择颜色，再说明原因</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>由 %1 设置</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Playbook templates</source>
        <translation>行动手册模板</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Copy this template into a local one you can edit</source>
        <translation>将此模板复制为可编辑的本地模板</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add templates from a JSON file as local templates</source>
        <translation>从 JSON 文件导入模板，作为本地模板</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this template as a JSON file</source>
        <translation>将此模板保存为 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指导说明</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>截止基准日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>移除步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>CS Ops</source>
        <translation>CS Ops</translation>
    </message>
    <message>
        <source>Local (hidden)</source>
        <translation>本地（已隐藏）</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>CS Ops publishes a template with this ID: theirs is the one in force.</source>
        <translation>CS Ops 发布了具有此 ID 的模板：以其发布的模板为准。</translation>
    </message>
    <message>
        <source>Replaces the built-in template with this ID.</source>
        <translation>替换具有此 ID 的内置模板。</translation>
    </message>
    <message>
        <source>Built into Pitwall: read-only. Duplicate it to adapt it.</source>
        <translation>Pitwall 内置模板：只读。如需调整，请先复制一份。</translation>
    </message>
    <message>
        <source>Published by CS Ops in the central export: read-only. Duplicate it to adapt it.</source>
        <translation>由 CS Ops 在中央导出文件中发布：只读。如需调整，请先复制一份。</translation>
    </message>
    <message>
        <source>Your local template. CS Ops publishes one with the same ID, which is the one in force; yours comes back if they stop publishing it.</source>
        <translation>您的本地模板。CS Ops 发布了具有相同 ID 的模板，当前以该模板为准；如果 CS Ops 停止发布，将恢复使用您的模板。</translation>
    </message>
    <message>
        <source>Your local template: edit it here and save.</source>
        <translation>您的本地模板：可在此编辑并保存。</translation>
    </message>
    <message>
        <source>No template is selected.</source>
        <translation>未选择模板。</translation>
    </message>
    <message>
        <source>A template needs at least one step.</source>
        <translation>模板至少需要包含一个步骤。</translation>
    </message>
    <message>
        <source>The template cannot be saved: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <source>The template could not be duplicated.</source>
        <translation>无法复制模板。</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the local template “%1”?</source>
        <translation>要删除本地模板“%1”吗？</translation>
    </message>
    <message>
        <source>Playbooks already started from it keep their steps.</source>
        <translation>已基于此模板启动的行动手册将保留其步骤。</translation>
    </message>
    <message>
        <source>The template could not be deleted.</source>
        <translation>无法删除模板。</translation>
    </message>
    <message>
        <source>Import playbook templates</source>
        <translation>导入行动手册模板</translation>
    </message>
    <message>
        <source>Playbook templates (*.json)</source>
        <translation>行动手册模板 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 holds no valid playbook template.</source>
        <translation>%1 不包含有效的行动手册模板。</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n local template(s) with the same ID?</source>
        <translation>
            <numerusform>要替换 %n 个具有相同 ID 的本地模板吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be imported.</source>
        <translation>无法导入“%1”。</translation>
    </message>
    <message>
        <source>The template cannot be exported: %1</source>
        <translation>无法导出模板：%1</translation>
    </message>
    <message>
        <source>Export playbook template</source>
        <translation>导出行动手册模板</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>要保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>When</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>行动手册</translation>
    </message>
    <message>
        <source>Playbook rules</source>
        <translation>行动手册规则</translation>
    </message>
    <message>
        <source>Restore the built-in rules</source>
        <translation>恢复内置规则</translation>
    </message>
    <message>
        <source>Rules run after each import and health recompute; a rule switched off starts nothing.</source>
        <translation>规则会在每次导入和重新计算健康度后运行；已停用的规则不会触发任何操作。</translation>
    </message>
    <message>
        <source>The built-in rules are in force. Switching one off keeps your choice as a local rule set.</source>
        <translation>当前使用内置规则。停用其中任一规则后，您的选择将保存为本地规则集。</translation>
    </message>
    <message>
        <source>CS Ops published these rules (%1): read-only here.</source>
        <translation>这些规则由 CS Ops 发布（%1）：此处只读。</translation>
    </message>
    <message>
        <source>Your local rule set is in force.</source>
        <translation>当前使用您的本地规则集。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>无法保存规则：%1</translation>
    </message>
</context>
<context>
    <name>SharedEditListModel</name>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Waiting for the CRM</source>
        <translation>等待 CRM 采纳</translation>
    </message>
    <message>
        <source>You changed %1 from “%2” to “%3”; the CRM changed it to “%4”. Keep yours or take the CRM's.</source>
        <translation>您将 %1 从“%2”改为“%3”；CRM 将其改为“%4”。请保留您的值或采用 CRM 的值。</translation>
    </message>
    <message>
        <source>Changed here from “%1” to “%2”; sent at the next sync, until the CRM has it.</source>
        <translation>已在此处从“%1”改为“%2”；将在下次同步时发送，直至 CRM 采纳。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>SharedEdits</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>The field “%1” of a %2 comes from the CRM and cannot be edited here.</source>
        <translation>%2 的字段“%1”来自 CRM，无法在此编辑。</translation>
    </message>
    <message>
        <source>The cache could not be written: %1</source>
        <translation>无法写入缓存：%1</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>No %1 with CRM id “%2” in the cache.</source>
        <translation>缓存中没有 CRM ID 为“%2”的%1。</translation>
    </message>
    <message>
        <source>There is no local edit with id “%1”.</source>
        <translation>不存在 ID 为“%1”的本地编辑。</translation>
    </message>
    <message>
        <source>The edit of %1 is not in conflict.</source>
        <translation>%1 的编辑不存在冲突。</translation>
    </message>
</context>
<context>
    <name>StartPlaybookDialog</name>
    <message>
        <source>Start a Playbook on %1</source>
        <translation>为 %1 启动行动手册</translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation>行动手册(&amp;P)：</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>&amp;Start Playbook</source>
        <translation>启动行动手册(&amp;S)</translation>
    </message>
    <message>
        <source>Steps and due &amp;dates on this account:</source>
        <translation>此客户的步骤和截止日期(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n step(s)</source>
        <translation>
            <numerusform>%1
%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%2 个步骤中已完成 %1 个</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>“%1” is already running on this account (%2). Finish or cancel it before starting it again.</source>
        <translation>“%1”已在此客户上运行（%2）。请先完成或取消，再重新启动。</translation>
    </message>
    <message>
        <source>The playbook could not be started: %1</source>
        <translation>无法启动行动手册：%1</translation>
    </message>
</context>
<context>
    <name>StepNoteEdit</name>
    <message>
        <source>Notes on this step: saved as you type</source>
        <translation>此步骤的备注：输入时自动保存</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>"%1" is not a central location: give a folder, a .zip file or an http(s):// URL.</source>
        <translation>“%1”不是有效的中央位置：请指定文件夹、.zip 文件或 http(s):// URL。</translation>
    </message>
    <message>
        <source>The central location %1 cannot be reached (a network share that is not mounted?).</source>
        <translation>无法访问中央位置 %1（可能是网络共享未挂载？）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The sync status could not be saved: %1</source>
        <translation>无法保存同步状态：%1</translation>
    </message>
    <message>
        <source>The configuration documents could not be read: %1</source>
        <translation>无法读取配置文档：%1</translation>
    </message>
    <message>
        <source>The configuration versions could not be saved: %1</source>
        <translation>无法保存配置版本：%1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>The export %1 could not be imported: %2</source>
        <translation>无法导入导出包 %1：%2</translation>
    </message>
    <message>
        <source>Looking for the newest export in %1</source>
        <translation>正在 %1 中查找最新的导出包</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside the cache to download %1: %2</source>
        <translation>无法在缓存旁创建用于下载 %1 的临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot save the download of %1: %2</source>
        <translation>无法保存 %1 的下载内容：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: manifest.json cannot be read: %2</source>
        <translation>%1：无法读取 manifest.json：%2</translation>
    </message>
    <message>
        <source>The outbox state in the cache could not be read or written: %1</source>
        <translation>无法读取或写入缓存中的发件箱状态：%1</translation>
    </message>
    <message>
        <source>Writing the outbox</source>
        <translation>正在写入发件箱</translation>
    </message>
</context>
<context>
    <name>SyncOutbox</name>
    <message>
        <source>An outbox batch needs at least one change.</source>
        <translation>发件箱批次至少需要包含一项更改。</translation>
    </message>
    <message>
        <source>Cannot create the outbox folder %1.</source>
        <translation>无法创建发件箱文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>Pull: export %1 is already in the cache; nothing imported.</source>
        <translation>拉取：导出包 %1 已在缓存中；未导入任何内容。</translation>
    </message>
    <message>
        <source>Pull: imported export %1 (%2 added, %3 changed, %4 unchanged, %5 archived, %6 rejected).</source>
        <translation>拉取：已导入导出包 %1（新增 %2，更改 %3，未变 %4，归档 %5，拒绝 %6）。</translation>
    </message>
    <message>
        <source>Pull failed.</source>
        <translation>拉取失败。</translation>
    </message>
    <message>
        <source>Push: nothing to send.</source>
        <translation>推送：没有需要发送的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Push: %n change(s) written to the outbox (batch %1).</source>
        <translation>
            <numerusform>推送：已将 %n 项更改写入发件箱（批次 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting: %n</source>
        <translation>
            <numerusform>待发送的更改：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with %1 succeeded in %2 ms.</source>
        <translation>与 %1 同步成功，耗时 %2 毫秒。</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing half-done was kept.</source>
        <translation>同步已取消；未保留任何未完成的部分。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation>无法读取同步状态：%1</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>Last sync: %1, %2 (%3)</source>
        <translation>上次同步：%1，%2（%3）</translation>
    </message>
    <message>
        <source>Offline: the central location could not be reached at the last sync.</source>
        <translation>离线：上次同步时无法访问中央位置。</translation>
    </message>
    <message>
        <source>Last pulled export: %1 (%2)</source>
        <translation>上次拉取的导出包：%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting to be pushed: %n</source>
        <translation>
            <numerusform>待推送的更改：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Last pushed: %1 (batch %2)</source>
        <translation>上次推送：%1（批次 %2）</translation>
    </message>
    <message>
        <source>This cache's outbox folder: %1</source>
        <translation>此缓存的发件箱文件夹：%1</translation>
    </message>
    <message>
        <source>Configuration %1: version %2, applied %3 from export %4</source>
        <translation>配置 %1：版本 %2，于 %3 应用，来自导出包 %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Pull the newest central export into this cache and push what you did here (notes, tasks, playbook steps, edits) to the central outbox.</source>
        <translation>将最新的中央导出包拉取到此缓存中，并将您在此处完成的工作（备注、任务、行动手册步骤、编辑）推送到中央发件箱。</translation>
    </message>
    <message>
        <source>Central location</source>
        <translation>中央位置</translation>
    </message>
    <message>
        <source>A shared folder, a .zip of the export, or an https:// address</source>
        <translation>共享文件夹、导出包的 .zip 文件或 https:// 地址</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Zip…</source>
        <translation>Zip 文件(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Pull the newest export and push your changes (Ctrl+Shift+S)</source>
        <translation>拉取最新的导出包并推送您的更改（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>待发送的更改</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>上次拉取</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>上次推送</translation>
    </message>
    <message>
        <source>CS Ops configuration</source>
        <translation>CS Ops 配置</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <source>From export</source>
        <translation>来源导出包</translation>
    </message>
    <message>
        <source>No configuration has come with a pull yet: the built-in scorecard, playbooks and rules are in use.</source>
        <translation>尚未通过拉取获得任何配置：当前使用内置的评分卡、行动手册和规则。</translation>
    </message>
    <message>
        <source>Conflicts and edits waiting for the CRM</source>
        <translation>冲突及等待 CRM 采纳的编辑</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep your value; it is sent to the CRM again at the next sync</source>
        <translation>保留您的值；它将在下次同步时再次发送到 CRM</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>采用 CRM 的(&amp;T)</translation>
    </message>
    <message>
        <source>Take the CRM's value and drop yours</source>
        <translation>采用 CRM 的值并放弃您的值</translation>
    </message>
    <message>
        <source>Nothing waiting. When you change a contact's role or title, the change waits here until the CRM has it; if the CRM changes it differently meanwhile, you choose which value stays.</source>
        <translation>没有待处理的项目。当您更改联系人的角色或职位时，该更改会在此等待，直至 CRM 采纳；如果 CRM 在此期间做了不同的更改，由您选择保留哪个值。</translation>
    </message>
    <message>
        <source>Central Location</source>
        <translation>中央位置</translation>
    </message>
    <message>
        <source>Central Export</source>
        <translation>中央导出包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Imported export %1.</source>
        <translation>已导入导出包 %1。</translation>
    </message>
    <message>
        <source>The cache already holds the newest export.</source>
        <translation>缓存中已是最新的导出包。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent to the outbox.</source>
        <translation>
            <numerusform>已将 %n 项更改发送到发件箱。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>没有需要发送的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) below.</source>
        <translation>
            <numerusform>下方有 %n 个新冲突。</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>已同步。</translation>
    </message>
    <message>
        <source>Offline: %1 could not be reached. Nothing changed; your changes wait and go at the next sync.</source>
        <translation>离线：无法访问 %1。未做任何更改；您的更改将保留，并在下次同步时发送。</translation>
    </message>
    <message>
        <source>Sync cancelled. The cache is as it was; what was sent stays sent.</source>
        <translation>同步已取消。缓存保持原样；已发送的内容仍为已发送状态。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) not yet sent</source>
        <translation>
            <numerusform>%n 项本地更改尚未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>None: everything has been sent</source>
        <translation>无：所有更改均已发送</translation>
    </message>
    <message>
        <source>Offline at the last sync</source>
        <translation>上次同步时离线</translation>
    </message>
    <message>
        <source>Reached at the last sync</source>
        <translation>上次同步时已连接</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Export %1, %2</source>
        <translation>导出包 %1，%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n batch(es) in all)</source>
        <translation>
            <numerusform>%1（共 %n 个批次）</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the CRM changed a field you had changed here. Choose which value stays.</source>
        <translation>
            <numerusform>%n 个冲突：CRM 更改了您在此处已更改过的字段。请选择保留哪个值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting for the CRM.</source>
        <translation>
            <numerusform>%n 项编辑正在等待 CRM 采纳。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting for the CRM; no conflict.</source>
        <translation>
            <numerusform>%n 项编辑正在等待 CRM 采纳；无冲突。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Tick a task when it is done</source>
        <translation>任务完成后请勾选</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>TeamExporter</name>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Health not scored</source>
        <translation>健康度未评分</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>有风险 ARR</translation>
    </message>
    <message>
        <source>No churn score</source>
        <translation>无流失评分</translation>
    </message>
    <message numerus="yes">
        <source>Renewals in %n day(s)</source>
        <translation>
            <numerusform>%n 天内续约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal ARR in %n day(s)</source>
        <translation>
            <numerusform>%n 天内续约 ARR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %n day(s)</source>
        <translation>
            <numerusform>%n 天未跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>CRM user ID</source>
        <translation>CRM 用户 ID</translation>
    </message>
    <message>
        <source>Cannot export to %1: the team could not be read: %2</source>
        <translation>无法导出到 %1：无法读取团队：%2</translation>
    </message>
    <message>
        <source>Cannot export to %1: there is no row %2.</source>
        <translation>无法导出到 %1：没有第 %2 行。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file for %1: %2</source>
        <translation>无法为 %1 创建临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Live accounts only: archived and churned accounts are left out.</source>
        <translation>仅含存续客户：已归档和已流失的客户不计入。</translation>
    </message>
    <message>
        <source>ARR is added up per currency; Pitwall does not convert currencies.</source>
        <translation>ARR 按币种分别汇总；Pitwall 不换算币种。</translation>
    </message>
    <message>
        <source>ARR at risk = ARR × churn probability; accounts without a churn score count 0.</source>
        <translation>有风险 ARR = ARR × 流失概率；无流失评分的客户按 0 计。</translation>
    </message>
    <message>
        <source>Cannot read the workbook built for %1: %2</source>
        <translation>无法读取为 %1 生成的工作簿：%2</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>导出到 %1 已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Playbook steps due</source>
        <translation>已到期的行动手册步骤</translation>
    </message>
    <message>
        <source>Playbook steps done or skipped</source>
        <translation>已完成或已跳过的行动手册步骤</translation>
    </message>
    <message>
        <source>Playbook completion</source>
        <translation>行动手册完成率</translation>
    </message>
    <message>
        <source>Overdue playbook steps</source>
        <translation>逾期的行动手册步骤</translation>
    </message>
    <message>
        <source>Playbook figures are counted per CSM, on their first line: steps due so far in open or completed playbooks, and open steps past their due date.</source>
        <translation>行动手册数据按 CSM 统计，列于每位 CSM 的第一行：包括进行中或已完成的行动手册中截至目前已到期的步骤，以及已过截止日期的未完成步骤。</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSM(s)</source>
        <translation>
            <numerusform>%Ln 位 CSM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unscored)</source>
        <translation>
            <numerusform>%1（%n 个未评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR is added up per currency; Pitwall does not convert currencies.</source>
        <translation>ARR 按币种分别汇总；Pitwall 不换算币种。</translation>
    </message>
    <message>
        <source>CRM user ID: %1</source>
        <translation>CRM 用户 ID：%1</translation>
    </message>
    <message>
        <source>Accounts without an owner in the CRM</source>
        <translation>CRM 中无负责人的客户</translation>
    </message>
    <message>
        <source>Double-click or press Enter to list these accounts</source>
        <translation>双击或按 Enter 列出这些客户</translation>
    </message>
    <message>
        <source>Red: %1 (%2%)</source>
        <translation>红：%1（%2%）</translation>
    </message>
    <message>
        <source>Yellow: %1 (%2%)</source>
        <translation>黄：%1（%2%）</translation>
    </message>
    <message>
        <source>Green: %1 (%2%)</source>
        <translation>绿：%1（%2%）</translation>
    </message>
    <message>
        <source>Not scored: %1 (%2%)</source>
        <translation>未评分：%1（%2%）</translation>
    </message>
    <message numerus="yes">
        <source>%1 ARR in %n account(s)</source>
        <translation>
            <numerusform>%1 ARR，%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at risk in %n account(s)</source>
        <translation>
            <numerusform>%1 有风险，%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR at risk = ARR × the churn model's probability.</source>
        <translation>有风险 ARR = ARR × 流失模型的概率。</translation>
    </message>
    <message>
        <source>No account here has a churn probability yet: the churn model has not scored them.</source>
        <translation>此处尚无客户有流失概率：流失模型尚未对其评分。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) without a churn probability count 0.</source>
        <translation>
            <numerusform>%Ln 个没有流失概率的客户按 0 计。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 renewing in %n account(s)</source>
        <translation>
            <numerusform>%1 待续约，%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the accounts with these tasks</source>
        <translation>点击列出有这些任务的客户</translation>
    </message>
    <message>
        <source>Click to list these accounts</source>
        <translation>点击列出这些客户</translation>
    </message>
    <message>
        <source>Live accounts: not archived, not churned</source>
        <translation>存续客户：未归档、未流失</translation>
    </message>
    <message>
        <source>Health band shown now: an override's where one holds, else the computed one</source>
        <translation>当前显示的健康度等级：有人工调整时取人工调整值，否则取计算值</translation>
    </message>
    <message>
        <source>ARR × churn probability, added up; accounts without a churn score count 0</source>
        <translation>ARR × 流失概率之和；无流失评分的客户按 0 计</translation>
    </message>
    <message numerus="yes">
        <source>Renewal date from today up to %n day(s) ahead</source>
        <translation>
            <numerusform>续约日期在今天起 %n 天内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CRM activity and no note in the last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天内无 CRM 活动且无备注</numerusform>
        </translation>
    </message>
    <message>
        <source>Open tasks due before today on these accounts</source>
        <translation>这些客户中今天之前到期的未完成任务</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>ARR
at risk</source>
        <translation>有风险
ARR</translation>
    </message>
    <message numerus="yes">
        <source>Renewals
%n day(s)</source>
        <translation>
            <numerusform>续约
%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal ARR
%n day(s)</source>
        <translation>
            <numerusform>续约 ARR
%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untouched
%n day(s)</source>
        <translation>
            <numerusform>未跟进
%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue
tasks</source>
        <translation>逾期
任务</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln playbook step(s) due so far done or skipped</source>
        <translation>
            <numerusform>截至目前已到期的 %Ln 个行动手册步骤中，已完成或已跳过 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook step due yet</source>
        <translation>尚无到期的行动手册步骤</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open playbook(s), %1 completed</source>
        <translation>
            <numerusform>%Ln 个进行中的行动手册，%1 个已完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the open playbook steps</source>
        <translation>点击列出未完成的行动手册步骤</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open playbook step(s) past their due date</source>
        <translation>
            <numerusform>%Ln 个未完成的行动手册步骤已过截止日期</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>点击列出这些步骤</translation>
    </message>
    <message>
        <source>No playbook step overdue</source>
        <translation>没有逾期的行动手册步骤</translation>
    </message>
    <message>
        <source>Playbook steps due so far that were done or skipped</source>
        <translation>截至目前已到期且已完成或已跳过的行动手册步骤</translation>
    </message>
    <message>
        <source>Open playbook steps past their due date</source>
        <translation>已过截止日期的未完成行动手册步骤</translation>
    </message>
    <message>
        <source>Playbook
completion</source>
        <translation>行动手册
完成率</translation>
    </message>
    <message>
        <source>Overdue
steps</source>
        <translation>逾期
步骤</translation>
    </message>
</context>
<context>
    <name>TeamSummary</name>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <source>Could not read the tasks: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>Could not read the users: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>Could not read the team: %1</source>
        <translation>无法读取团队：%1</translation>
    </message>
    <message>
        <source>Could not read the playbooks: %1</source>
        <translation>无法读取行动手册：%1</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>E&amp;xport team to Excel…</source>
        <translation>将团队导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Show the CSMs of your team, or every CSM in the cache</source>
        <translation>显示你团队的 CSM，或缓存中的所有 CSM</translation>
    </message>
    <message>
        <source>Whose CSMs</source>
        <translation>显示哪些 CSM</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Write the team table to an Excel workbook</source>
        <translation>将团队表格写入 Excel 工作簿</translation>
    </message>
    <message>
        <source>Export the table to an Excel workbook (Ctrl+E)</source>
        <translation>将表格导出到 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <source>Reading the team…</source>
        <translation>正在读取团队…</translation>
    </message>
    <message>
        <source>CSMs of the team</source>
        <translation>团队的 CSM</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>尚无客户</translation>
    </message>
    <message>
        <source>Import a CRM export (Ctrl+I), or load the demo data from Home, to see each CSM's book here.</source>
        <translation>导入 CRM 导出文件（Ctrl+I），或从首页加载演示数据，即可在此查看每位 CSM 的客户。</translation>
    </message>
    <message>
        <source>Nobody in your team owns an account</source>
        <translation>你的团队中没有人负责客户</translation>
    </message>
    <message>
        <source>The cache has no live account owned by you or by the people in your team. Show every CSM to compare their books.</source>
        <translation>缓存中没有由你或你团队成员负责的存续客户。显示所有 CSM 以比较他们的客户。</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>显示所有人</translation>
    </message>
    <message>
        <source>Enter or double-click lists a CSM's accounts · Click a figure to list just those accounts · Ctrl+E exports to Excel</source>
        <translation>Enter 或双击可列出某位 CSM 的客户 · 点击数字仅列出对应客户 · Ctrl+E 导出到 Excel</translation>
    </message>
    <message>
        <source>The team could not be read from the cache: %1</source>
        <translation>无法从缓存读取团队：%1</translation>
    </message>
    <message>
        <source>Pitwall does not know who you are yet, so this shows every CSM. Choose who you are (the name at the top of the window) to see your own team.</source>
        <translation>Pitwall 尚不知道你是谁，因此此处显示所有 CSM。请选择你的身份（窗口顶部的名称）以查看你自己的团队。</translation>
    </message>
    <message>
        <source>You have no team in the cache — this shows your own book. Choose “Everyone” to compare every CSM.</source>
        <translation>你在缓存中没有团队——此处显示你本人的客户。选择“所有人”可比较所有 CSM。</translation>
    </message>
    <message>
        <source>My team of %1</source>
        <translation>%1 的团队</translation>
    </message>
    <message>
        <source>Every CSM</source>
        <translation>全部 CSM</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSM(s)</source>
        <translation>
            <numerusform>%Ln 位 CSM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln churned left out</source>
        <translation>
            <numerusform>已排除 %Ln 个已流失客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Live accounts only: archived and churned accounts are not counted. ARR is added up per currency, never converted.</source>
        <translation>仅含存续客户：已归档和已流失的客户不计入。ARR 按币种分别汇总，从不换算。</translation>
    </message>
    <message>
        <source>%1 · Accounts</source>
        <translation>%1 · 客户</translation>
    </message>
    <message>
        <source>Health red</source>
        <translation>健康度红色</translation>
    </message>
    <message>
        <source>Health yellow</source>
        <translation>健康度黄色</translation>
    </message>
    <message>
        <source>Health green</source>
        <translation>健康度绿色</translation>
    </message>
    <message>
        <source>Health not scored</source>
        <translation>健康度未评分</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>有风险 ARR</translation>
    </message>
    <message numerus="yes">
        <source>Renewals in %n day(s)</source>
        <translation>
            <numerusform>%n 天内续约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %n day(s)</source>
        <translation>
            <numerusform>%n 天未跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>team-%1</source>
        <translation>team-%1</translation>
    </message>
    <message>
        <source>Export team</source>
        <translation>导出团队</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln CSM(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 位 CSM 导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Team totals</source>
        <translation>团队合计</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The team could not be exported to %1.</source>
        <translation>无法将团队导出到 %1。</translation>
    </message>
    <message>
        <source>%1 · Overdue playbook steps</source>
        <translation>%1 · 逾期的行动手册步骤</translation>
    </message>
    <message>
        <source>%1 · Open playbook steps</source>
        <translation>%1 · 未完成的行动手册步骤</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown text encoding: %1</source>
        <translation>未知的文本编码：%1</translation>
    </message>
    <message>
        <source>The UTF-8 converter is not available.</source>
        <translation>UTF-8 转换器不可用。</translation>
    </message>
    <message>
        <source>The text could not be decoded as %1: %2</source>
        <translation>无法按 %1 解码文本：%2</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>with %1</source>
        <translation>与 %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1 记录</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>您的笔记</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>（空笔记）</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <source>No usage data for this account</source>
        <translation>该客户没有使用数据</translation>
    </message>
    <message>
        <source>The CRM export has no product usage for this account. Usage comes from the usage file of an import, for example Usage__c.csv from Salesforce.</source>
        <translation>CRM 导出中没有该客户的产品使用数据。使用数据来自导入中的使用数据文件，例如 Salesforce 的 Usage__c.csv。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>最近 6 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>最近 2 年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Licences: purchased vs used</source>
        <translation>许可证：已购与已用</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>Any metric</source>
        <translation>自选指标</translation>
    </message>
    <message>
        <source>Usage could not be read</source>
        <translation>无法读取使用数据</translation>
    </message>
    <message>
        <source>Weekly averages up to the week of %1</source>
        <translation>截至 %1 所在周的每周平均值</translation>
    </message>
    <message>
        <source>No licence usage in this period.</source>
        <translation>此期间没有许可证使用数据。</translation>
    </message>
    <message>
        <source>The usage data has no “licences used” metric for this account.</source>
        <translation>该客户的使用数据中没有“已用许可证”指标。</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>已购</translation>
    </message>
    <message>
        <source>Purchased (%1)</source>
        <translation>已购（%1）</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>No active users in this period.</source>
        <translation>此期间没有活跃用户。</translation>
    </message>
    <message>
        <source>The usage data has no “active users” metric for this account.</source>
        <translation>该客户的使用数据中没有“活跃用户”指标。</translation>
    </message>
    <message>
        <source>No values of this metric in this period.</source>
        <translation>此期间该指标没有数值。</translation>
    </message>
</context>
<context>
    <name>UsageSeries</name>
    <message>
        <source>Licences used</source>
        <translation>已用许可证</translation>
    </message>
    <message>
        <source>Licences purchased</source>
        <translation>已购许可证</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>Core feature adoption (%)</source>
        <translation>核心功能采用率（%）</translation>
    </message>
    <message>
        <source>Could not read the usage metrics: %1</source>
        <translation>无法读取使用指标：%1</translation>
    </message>
    <message>
        <source>Could not read usage: %1</source>
        <translation>无法读取使用数据：%1</translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <source>Customer Success Manager</source>
        <translation>客户成功经理</translation>
    </message>
    <message>
        <source>CS manager</source>
        <translation>客户成功主管</translation>
    </message>
    <message>
        <source>CS Ops</source>
        <translation>客户成功运营</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>销售代表（AE）</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <source>Pick yourself from the people in the cache. Pitwall remembers it and uses it for “My book”, “My team”, and as the author of your notes and tasks.</source>
        <translation>请从缓存中的人员里选择您自己。Pitwall 会记住您的选择，用于“我的客户”“我的团队”，并将您记为笔记和任务的作者。</translation>
    </message>
    <message>
        <source>Type a name, team or role</source>
        <translation>输入姓名、团队或角色</translation>
    </message>
    <message>
        <source>That’s me</source>
        <translation>就是我</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>My book</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pitwall: the offline-first workstation for Customer Success Managers.</source>
        <translation>Pitwall：面向客户成功经理的离线优先工作台。</translation>
    </message>
    <message>
        <source>Use the cache at &lt;path&gt; (default: %1).</source>
        <translation>使用 &lt;path&gt; 处的缓存（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Show Pitwall in &lt;language&gt;, e.g. zh_CN or en.</source>
        <translation>以 &lt;language&gt; 指定的语言显示 Pitwall，例如 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Explore the demo data in a separate demo cache, filled on first use without asking.</source>
        <translation>在独立的演示缓存中体验演示数据；首次使用时自动填充，无需确认。</translation>
    </message>
    <message>
        <source>Pitwall cannot start</source>
        <translation>Pitwall 无法启动</translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation>无法打开本地缓存。</translation>
    </message>
    <message>
        <source>Pitwall — demo</source>
        <translation>Pitwall — 演示</translation>
    </message>
</context>
</TS>
