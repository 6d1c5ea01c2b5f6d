<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignPage</name>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="247"/>
        <source>Assign the sites</source>
        <translation>分配点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="248"/>
        <source>Name the inspectors, deal the sites, then move any site: Ctrl+→ / Ctrl+← or drag it onto an inspector.</source>
        <translation>填写测评员，分配点位；之后可用 Ctrl+→ / Ctrl+← 或拖到右侧测评员上改派任一点位。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="251"/>
        <source>e.g. 张三、李四、王五</source>
        <translation>例如：张三、李四、王五</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="253"/>
        <source>In turn</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="254"/>
        <source>Whole districts to each</source>
        <translation>按县市区分配</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="255"/>
        <source>Deal</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="260"/>
        <source>Inspectors</source>
        <translation>测评员</translation>
    </message>
</context>
<context>
    <name>AssignTable</name>
    <message>
        <location filename="../../inspector/ui/rounds/assign_table.py" line="31"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/assign_table.py" line="31"/>
        <source>Site type</source>
        <translation>点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/assign_table.py" line="32"/>
        <source>District</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/assign_table.py" line="32"/>
        <source>Inspector</source>
        <translation>测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/assign_table.py" line="40"/>
        <source>Ctrl+→ / Ctrl+←: the selected sites to the next / previous inspector; or drag them onto an inspector on the right</source>
        <translation>Ctrl+→ / Ctrl+←：把选中的点位改派给下一位 / 上一位测评员；也可拖到右侧的测评员上</translation>
    </message>
</context>
<context>
    <name>BulletinPage</name>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="64"/>
        <source>Month (月通报)</source>
        <translation>月（月通报）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="65"/>
        <source>Quarter (季评比)</source>
        <translation>季度（季评比）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="66"/>
        <source>Year (年底考核)</source>
        <translation>年度（年底考核）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="73"/>
        <source>Bulletin PDF…</source>
        <translation>生成通报 PDF…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="74"/>
        <source>Write the bulletin as a PDF and preview it</source>
        <translation>生成通报 PDF 并预览</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="76"/>
        <source>Workbook (XLSX)…</source>
        <translation>导出工作簿（XLSX）…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="78"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="93"/>
        <location filename="../../inspector/ui/bulletin/page.py" line="98"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="93"/>
        <source>District</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="93"/>
        <source>Score rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="94"/>
        <location filename="../../inspector/ui/bulletin/page.py" line="99"/>
        <source>Closure rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="94"/>
        <location filename="../../inspector/ui/bulletin/page.py" line="100"/>
        <source>On-time rate</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="95"/>
        <location filename="../../inspector/ui/bulletin/page.py" line="100"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="95"/>
        <location filename="../../inspector/ui/bulletin/page.py" line="101"/>
        <source>Reworks</source>
        <translation>返工</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="96"/>
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="96"/>
        <source>Change</source>
        <translation>较上期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="97"/>
        <source>Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="98"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="98"/>
        <source>Dispatched</source>
        <translation>交办</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="99"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="101"/>
        <source>Days to close</source>
        <translation>平均结案天数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="113"/>
        <source>Districts</source>
        <translation>县（市、区）排名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="114"/>
        <source>Units</source>
        <translation>成员单位排名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="115"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="170"/>
        <source>No round yet: the bulletin compares rounds.</source>
        <translation>还没有测评轮次：通报要比较各轮测评。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="209"/>
        <source>Gathering the bulletin</source>
        <translation>正在汇总通报</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="223"/>
        <source> · gap to target {target}: {gap}</source>
        <translation> · 距目标 {target} 分还差 {gap} 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="227"/>
        <source>Field score &lt;b&gt;{field}&lt;/b&gt; / 40 · change {change} · estimated total {total} / 100{gap} · {rounds} rounds, {cases} cases</source>
        <translation>实地考察 &lt;b&gt;{field}&lt;/b&gt; / 40 · 较上期 {change} · 估算总分 {total} / 100{gap} · {rounds} 轮测评，{cases} 件整改任务</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="242"/>
        <source>Commended</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="243"/>
        <source>Criticised</source>
        <translation>批评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="250"/>
        <source>Commended: {praised} · Criticised: {criticised}</source>
        <translation>通报表扬：{praised} · 通报批评：{criticised}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="258"/>
        <source>{district}: its rounds</source>
        <translation>{district}：各轮得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="262"/>
        <source>Its problems that came back:</source>
        <translation>反复出现的问题：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="273"/>
        <source>{unit}: {n} cases</source>
        <translation>{unit}：{n} 件整改任务</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="279"/>
        <source>Bulletin PDF</source>
        <translation>通报 PDF</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="279"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="282"/>
        <source>Bulletin workbook</source>
        <translation>通报工作簿</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="282"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bulletin/page.py" line="306"/>
        <source>Written: {file}</source>
        <translation>已生成：{file}</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="30"/>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="33"/>
        <source>交办单 for the units…</source>
        <translation>生成交办单…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="35"/>
        <source>Import the units&apos; replies…</source>
        <translation>导入整改反馈…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="38"/>
        <source>Export the ledger (XLSX)…</source>
        <translation>导出整改台账（XLSX）…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="49"/>
        <source>Folder for the 交办单</source>
        <translation>交办单保存文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="58"/>
        <source>Writing the 交办单</source>
        <translation>正在生成交办单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="59"/>
        <source>Written: {files}</source>
        <translation>已生成：{files}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="63"/>
        <source>The 交办单 the units sent back</source>
        <translation>责任单位交回的交办单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="64"/>
        <location filename="../../inspector/ui/cases/documents.py" line="81"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="74"/>
        <source>Importing the units&apos; replies</source>
        <translation>正在导入整改反馈</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="75"/>
        <source>{n} fix reports entered, {m} already entered before</source>
        <translation>已录入 {n} 条整改反馈，{m} 条此前已录入</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="80"/>
        <source>Export the ledger</source>
        <translation>导出整改台账</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="92"/>
        <source>Exporting the ledger</source>
        <translation>正在导出整改台账</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/documents.py" line="93"/>
        <source>Exported: {files}</source>
        <translation>已导出：{files}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="97"/>
        <source>Overdue or warned only</source>
        <translation>只看预警和超期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="102"/>
        <source>Case</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="102"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="102"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="103"/>
        <source>District</source>
        <translation>县市区</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="103"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="103"/>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="104"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="104"/>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="110"/>
        <location filename="../../inspector/ui/cases/page.py" line="344"/>
        <source>Open cases from the round</source>
        <translation>由本轮问题生成整改任务</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="122"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="123"/>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="136"/>
        <source>Before (整改前)</source>
        <translation>整改前</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="137"/>
        <source>After (整改后)</source>
        <translation>整改后</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="161"/>
        <source>History</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="218"/>
        <source>Every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="219"/>
        <source>Every unit</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="221"/>
        <source>Every district</source>
        <translation>全部县市区</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="273"/>
        <source>{n} cases · {states} · {late} overdue or warned</source>
        <translation>{n} 个整改任务 · {states} · 预警或超期 {late} 个</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="276"/>
        <source> · {sites} sites, in the order of a walk</source>
        <translation> · {sites} 个点位，按步行顺序</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="302"/>
        <source>No case yet: open cases from the round&apos;s problems.</source>
        <translation>还没有整改任务：由本轮的扣分问题生成。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="314"/>
        <source>Not dispatched yet.</source>
        <translation>尚未交办。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="346"/>
        <source>{n} cases opened</source>
        <translation>已打开 {n} 个整改任务</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="367"/>
        <source>After photos taken on site</source>
        <translation>现场拍摄的整改后照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="368"/>
        <source>Photos (*.jpg *.jpeg *.png *.heic)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="372"/>
        <source>Until (e.g. 2026-12-20 18:00):</source>
        <translation>延期至（例如 2026-12-20 18:00）：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="373"/>
        <location filename="../../inspector/ui/cases/page.py" line="379"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="378"/>
        <source>Responsible unit:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="378"/>
        <source>Measures taken:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/page.py" line="413"/>
        <source>Opening of {n} cases undone</source>
        <translation>已撤销生成的 {n} 个整改任务</translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="122"/>
        <source>Site type</source>
        <translation>点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="122"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="122"/>
        <source>Sites sampled</source>
        <translation>抽样点位数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="123"/>
        <source>Sites inspected</source>
        <translation>已测评点位数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="123"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="123"/>
        <source>Rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="123"/>
        <source>Lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="152"/>
        <source>Not inspected</source>
        <translation>未测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="166"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="172"/>
        <source>{name}: no counted inspection yet</source>
        <translation>{name}：尚无计分的测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="175"/>
        <source>{name}: no points lost</source>
        <translation>{name}：未失分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="176"/>
        <source>{name}: points lost on</source>
        <translation>{name}：失分项</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="43"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="43"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="43"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="43"/>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="47"/>
        <location filename="../../inspector/ui/review/conflicts.py" line="149"/>
        <location filename="../../inspector/ui/review/conflicts.py" line="155"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="53"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="54"/>
        <source>Keep the current version (the newest)</source>
        <translation>保留当前版本（最新版本）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="55"/>
        <source>Reverse</source>
        <translation>改用另一版本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="57"/>
        <source>Make the other version current again; both stay in the history</source>
        <translation>改用另一版本为当前版本；两个版本都保留在历史中</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="68"/>
        <source>Conflicts (one record changed on two devices)</source>
        <translation>冲突（同一记录在两台设备上被修改）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="75"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="76"/>
        <source>District</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="76"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="77"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="77"/>
        <source>Site type</source>
        <translation>点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="78"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="78"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="79"/>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="79"/>
        <location filename="../../inspector/ui/review/conflicts.py" line="107"/>
        <source>Problem</source>
        <translation>扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="80"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="80"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="81"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="81"/>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="81"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="82"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="82"/>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="83"/>
        <source>Outcome</source>
        <translation>测评结果</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="83"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="84"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="84"/>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="85"/>
        <source>Inspector</source>
        <translation>测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="85"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="86"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="86"/>
        <source>Finished at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="87"/>
        <source>Standard</source>
        <translation>测评标准</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="87"/>
        <location filename="../../inspector/ui/review/conflicts.py" line="106"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="101"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="106"/>
        <source>Inspection</source>
        <translation>测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="107"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="108"/>
        <source>Round</source>
        <translation>测评轮次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="108"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="109"/>
        <source>Assignment</source>
        <translation>任务分配</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="109"/>
        <source>Sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="120"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="120"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="121"/>
        <source>Reversed</source>
        <translation>已改用另一版本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="133"/>
        <source>{open} open of {total}</source>
        <translation>共 {total} 个，{open} 个待处理</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="135"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="159"/>
        <source>Current · {who}</source>
        <translation>当前 · {who}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="161"/>
        <source>Newest · {who}</source>
        <translation>最新 · {who}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="163"/>
        <source>Other · {who}</source>
        <translation>另一版本 · {who}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/conflicts.py" line="184"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>DisagreementsPanel</name>
    <message>
        <location filename="../../inspector/ui/review/disagreements.py" line="20"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/disagreements.py" line="20"/>
        <source>Site type</source>
        <translation>点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/disagreements.py" line="20"/>
        <source>Standards where they disagree</source>
        <translation>结论不一致的测评标准</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/disagreements.py" line="25"/>
        <source>Sites where two inspectors disagree</source>
        <translation>两名测评员结论不一致的点位</translation>
    </message>
</context>
<context>
    <name>DistrictTableModel</name>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="201"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="201"/>
        <source>District</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="201"/>
        <source>Rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="202"/>
        <source>Sites inspected</source>
        <translation>已测评点位数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="212"/>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="221"/>
        <source>Sites with no district are not ranked</source>
        <translation>未指定县（市、区）的点位不参与排名</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="119"/>
        <source>No round yet. Load the demo city to see a scorecard, import a site list, or import a sync package from your supervisor.</source>
        <translation>还没有测评轮次。载入示例城市即可看到得分表，也可以导入点位库，或导入督导发来的同步包。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="97"/>
        <source>Load the demo city</source>
        <translation>载入示例城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="99"/>
        <source>Import a site list…</source>
        <translation>导入点位库…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="101"/>
        <source>Import a sync package…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="103"/>
        <source>New round…</source>
        <translation>新建测评轮次…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="116"/>
        <source>The site registry has {n} sites. Create a round to draw and assign its sample.</source>
        <translation>点位库有 {n} 个点位。新建测评轮次，抽样并分配给测评员。</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="21"/>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="22"/>
        <source>By district</source>
        <translation>按县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="24"/>
        <source>Unit or district</source>
        <translation>单位或县市区</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="24"/>
        <source>Dispatched</source>
        <translation>交办</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="25"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="25"/>
        <source>Closure rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="26"/>
        <source>On-time rate</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="26"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="27"/>
        <source>Reworks</source>
        <translation>返工</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="27"/>
        <source>Days to close</source>
        <translation>平均结案天数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/cases/figures_view.py" line="30"/>
        <source>Cases counted from their first dispatch; 结案率 and 按期结案率 are of the cases dispatched.</source>
        <translation>按首次交办统计；结案率、按期结案率均以交办数为分母。</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="40"/>
        <source>Welcome to inspector</source>
        <translation>欢迎使用 inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="42"/>
        <source>e.g. 示范市</source>
        <translation>例如：示范市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="44"/>
        <source>e.g. 张三</source>
        <translation>例如：张三</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="45"/>
        <source>Inspector: I score sites in the field</source>
        <translation>测评员：我到现场给点位打分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="47"/>
        <source>Supervisor: I create rounds, assign sites and merge the results</source>
        <translation>督导：我新建测评轮次、分配点位、汇总结果</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="55"/>
        <source>Load the demo city to try the app (示范市, three inspectors&apos; work)</source>
        <translation>载入示例城市试用（示范市，三位测评员的结果）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="57"/>
        <source>These go on every scorecard and package; Settings changes them later.</source>
        <translation>这些信息会印在每张得分表和同步包上；以后可在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="66"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="67"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/first_start.py" line="68"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>HubBar</name>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="30"/>
        <source>Push to the hub</source>
        <translation>推送到市级平台</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="32"/>
        <source>Send the city hub what it lacks of this computer&apos;s work (推送)</source>
        <translation>把本机市级平台还没有的数据发过去（推送）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="34"/>
        <source>Pull from the hub</source>
        <translation>从市级平台拉取</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="36"/>
        <source>Receive and import the city&apos;s packages since the last pull (拉取)</source>
        <translation>接收并导入上次拉取以来全市的同步包（拉取）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="55"/>
        <source>City hub {url} · key {fingerprint}</source>
        <translation>市级平台 {url} · 密钥 {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="64"/>
        <source>sending to the hub (KB)</source>
        <translation>正在发送到市级平台（KB）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="70"/>
        <source>asking the hub what it lacks</source>
        <translation>正在询问市级平台缺少哪些数据</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="79"/>
        <source>Push: the interrupted upload went on from {done} of {total} KB.</source>
        <translation>推送：中断的上传从 {done} KB 处继续（共 {total} KB）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="83"/>
        <source>Push: the hub has everything of this computer&apos;s already.</source>
        <translation>推送：市级平台已有本机的全部数据。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="85"/>
        <source>Push: the hub had this package already.</source>
        <translation>推送：市级平台已有这个同步包。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="87"/>
        <source>Push: {versions} versions ({new} new to the hub), {photos} photos sent.</source>
        <translation>推送：已发送 {versions} 条版本（{new} 条为新数据）、{photos} 张照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="95"/>
        <source>Push cancelled: the next push goes on from where this one stopped.</source>
        <translation>推送已取消：下次推送会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="98"/>
        <source>Pushing to the hub…</source>
        <translation>正在推送到市级平台…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="99"/>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="113"/>
        <source>receiving from the hub</source>
        <translation>正在从市级平台接收</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="127"/>
        <source>Pull: nothing new from the hub.</source>
        <translation>拉取：市级平台没有新数据。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="131"/>
        <source>Pulling from the hub…</source>
        <translation>正在从市级平台拉取…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/hub_bar.py" line="132"/>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <location filename="../../inspector/ui/sync/questions.py" line="49"/>
        <source>Many conflicts</source>
        <translation>冲突很多</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/questions.py" line="50"/>
        <source>{file}: {reason}

Apply it anyway? Every conflict then waits for a decision on the Review page.</source>
        <translation>{file}：{reason}

仍要导入吗？导入后每个冲突都要到“审核”页处理。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/questions.py" line="64"/>
        <source>A supervisor&apos;s package</source>
        <translation>督导的同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/questions.py" line="65"/>
        <source>{file} says it comes from a supervisor&apos;s device, but this computer trusts {who} ({fingerprint}) as an inspector&apos;s, so the supervisor&apos;s corrections, reviews and rounds in it were refused.

Trust this device as a supervisor&apos;s and import the package again? Do so only if you know it is your supervisor&apos;s laptop.</source>
        <translation>{file} 自称来自督导的设备，但本机把 {who}（{fingerprint}）信任为测评员的设备，所以其中督导的更正、审核和测评轮次被拒绝。

要把该设备改为信任为督导，并再次导入这个同步包吗？只有确认这是您的督导的电脑时才这样做。</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <location filename="../../inspector/ui/inspect/keys.py" line="16"/>
        <source>Pass / Fail / N/A; grade standards: 1…n for the levels, 0 for N/A</source>
        <translation>符合 / 不符合 / 不适用；分级标准：1…n 选等级，0 为不适用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/keys.py" line="18"/>
        <source>Previous / next standard</source>
        <translation>上一条 / 下一条测评标准</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/keys.py" line="19"/>
        <source>Change the count (problems, found)</source>
        <translation>增减数量（扣分问题、找到数）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/keys.py" line="20"/>
        <source>New problem on the standard — right after an answer, on the standard just answered</source>
        <translation>对测评标准新增扣分问题（刚作答后：对刚作答的那一项）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/keys.py" line="22"/>
        <source>Note on the standard (right after an answer: the one just answered)</source>
        <translation>为测评标准写备注（刚作答后：为刚作答的那一项）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/keys.py" line="24"/>
        <source>Add photos (right after an answer: to the standard just answered; or drop files on the page)</source>
        <translation>添加照片（刚作答后：给刚作答的那一项；也可把文件拖到页面上）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/keys.py" line="26"/>
        <source>View the standard&apos;s photos: zoom, next / previous, annotate</source>
        <translation>查看本项照片：缩放、上一张/下一张、标注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/keys.py" line="28"/>
        <source>Finish the site</source>
        <translation>完成测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/keys.py" line="29"/>
        <source>Could not inspect the site (with a reason)</source>
        <translation>无法测评（须说明原因）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="108"/>
        <source>Finish site (Ctrl+Enter)</source>
        <translation>完成测评 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="110"/>
        <source>Could not inspect… (X)</source>
        <translation>无法测评… (X)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="129"/>
        <source>Photos — drop files here or press P; Shift+P views</source>
        <translation>照片 — 拖入照片或按 P；Shift+P 查看</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="153"/>
        <source>No round yet: load the demo city or import a site list.</source>
        <translation>还没有测评轮次：请载入示例城市或导入点位库。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="195"/>
        <source>Choose a site in the list on the left.</source>
        <translation>请在左侧列表中选择点位。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="252"/>
        <source>started {t}</source>
        <translation>开始 {t}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="255"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="257"/>
        <source>could not inspect: {r}</source>
        <translation>无法测评：{r}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="103"/>
        <location filename="../../inspector/ui/inspect/page.py" line="259"/>
        <source>lost {lost}/{points}</source>
        <translation>失分 {lost}/{points}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="50"/>
        <source>Closed / out of business</source>
        <translation>关闭/停业</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="51"/>
        <source>Demolished</source>
        <translation>拆除</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="52"/>
        <source>Under construction</source>
        <translation>施工</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="53"/>
        <source>No access</source>
        <translation>无法进入</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="54"/>
        <source>The site does not exist</source>
        <translation>点位不存在</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="102"/>
        <location filename="../../inspector/ui/inspect/page.py" line="264"/>
        <source>rate {rate}</source>
        <translation>得分率 {rate}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="375"/>
        <source>Delete the problems?</source>
        <translation>删除问题？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inspect/page.py" line="376"/>
        <source>{item} has %n problem(s) recorded, and this answer would pass it. Delete them and give the answer? (Ctrl+Z brings both back.)</source>
        <translation>
            <numerusform>{item} 已记录 %n 个问题，这个答案会判为合格。删除这些问题并改答案吗？（Ctrl+Z 可一并恢复）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="384"/>
        <source>answer {item}</source>
        <translation>回答 {item}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="404"/>
        <source>new problem on {item}</source>
        <translation>在 {item} 添加扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="412"/>
        <source>edit problem</source>
        <translation>修改扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="415"/>
        <source>delete problem</source>
        <translation>删除扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="421"/>
        <source>remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="449"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="453"/>
        <source>note on {item}</source>
        <translation>{item} 备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="468"/>
        <source>finish site</source>
        <translation>完成测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="473"/>
        <source>Could not inspect</source>
        <translation>无法测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="474"/>
        <source>Why could this site not be inspected? Choose, or type another reason:</source>
        <translation>该点位为什么无法测评？请选择，或输入其他原因：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/page.py" line="479"/>
        <source>could not inspect</source>
        <translation>无法测评</translation>
    </message>
</context>
<context>
    <name>InspectorList</name>
    <message>
        <location filename="../../inspector/ui/rounds/assign_table.py" line="112"/>
        <source>{inspector} · {n} sites</source>
        <translation>{inspector} · {n} 个点位</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="159"/>
        <source>Key {key}</source>
        <translation>按键 {key}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="168"/>
        <source>found </source>
        <translation>找到 </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="170"/>
        <source>+ / − to change</source>
        <translation>按 + / − 修改</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="229"/>
        <source>Problems: {n} (N adds one)</source>
        <translation>扣分问题 {n} 处（按 N 添加）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="232"/>
        <source>each costs {pct}% of this standard</source>
        <translation>每处扣本项 {pct}%</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="181"/>
        <source>⚠ Failed: record the problem (N) with a photo (P)</source>
        <translation>⚠ 不符合：请记录扣分问题 (N) 并附照片 (P)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="208"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="252"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="254"/>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="254"/>
        <source>Fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="258"/>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <location filename="../../inspector/ui/key_help.py" line="92"/>
        <source>Esc or F1 closes this help</source>
        <translation>按 Esc 或 F1 关闭本帮助</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="63"/>
        <source>Scorecard</source>
        <translation>得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="65"/>
        <source>Reports</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="66"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="69"/>
        <source>Cases</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="67"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="70"/>
        <source>Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="161"/>
        <source>Inspect</source>
        <translation>测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="186"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="188"/>
        <source>Load the demo city</source>
        <translation>载入示例城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="189"/>
        <source>Import a site list…</source>
        <translation>导入点位库…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="190"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="191"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="198"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="199"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="199"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="202"/>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="205"/>
        <location filename="../../inspector/ui/main_window.py" line="389"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="217"/>
        <source>1 Pass · 2 Fail · 3 N/A · +/- count · N problem · M note · P photos · Ctrl+Enter finish · F1 help</source>
        <translation>1 符合 · 2 不符合 · 3 不适用 · +/- 计数 · N 问题 · M 备注 · P 照片 · Ctrl+Enter 完成 · F1 帮助</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="258"/>
        <source>Inspector · Field inspection</source>
        <translation>实地考察测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="265"/>
        <source>{city} {round} · Field inspection · form v{version}</source>
        <translation>{city} {round} · 实地考察 · 表单 v{version}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="278"/>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="316"/>
        <source>Loading the demo city</source>
        <translation>正在载入示例城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="321"/>
        <location filename="../../inspector/ui/main_window.py" line="330"/>
        <source>Import a site list</source>
        <translation>导入点位库</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="322"/>
        <source>Site lists (*.csv *.xlsx)</source>
        <translation>点位库 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="332"/>
        <source>{added} sites added, {updated} updated</source>
        <translation>新增点位 {added} 个，更新 {updated} 个</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="385"/>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
</context>
<context>
    <name>NewRoundWizard</name>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="317"/>
        <source>New round</source>
        <translation>新建测评轮次</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="51"/>
        <source>View and annotate</source>
        <translation>查看并标注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="53"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="58"/>
        <source>Enter: view and annotate · Delete: remove the photo (Ctrl+Z puts it back)</source>
        <translation>Enter：查看并标注 · Delete：移除照片（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="81"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="86"/>
        <source>{item} problem {n}</source>
        <translation>{item} 问题{n}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="102"/>
        <source>annotated copy</source>
        <translation>标注版</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="119"/>
        <source>{time} (missing)</source>
        <translation>{time}（缺失）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="143"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="144"/>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="165"/>
        <source>No photos on this item yet: P adds some.</source>
        <translation>此标准还没有照片：按 P 添加。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="192"/>
        <source>add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/photo_panel.py" line="198"/>
        <source>Importing photos</source>
        <translation>正在导入照片</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="222"/>
        <location filename="../../inspector/ui/photo_viewer.py" line="474"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="237"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="237"/>
        <source>Circle</source>
        <translation>画圈</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="238"/>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="238"/>
        <location filename="../../inspector/ui/photo_viewer.py" line="401"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="243"/>
        <source>Key {key}</source>
        <translation>按键 {key}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="247"/>
        <source>Undo mark (Ctrl+Z)</source>
        <translation>撤销标注 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="249"/>
        <source>Save annotated copy (Ctrl+S)</source>
        <translation>保存标注版 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="254"/>
        <source>Zoom out (−)</source>
        <translation>缩小 (−)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="255"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="255"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>适应窗口 (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="256"/>
        <source>Actual size (1)</source>
        <translation>实际大小 (1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="257"/>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="288"/>
        <source>Save or undo the marks before changing photo.</source>
        <translation>请先保存或撤销标注，再切换照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="314"/>
        <source>Cannot show this photo: {m}</source>
        <translation>无法显示此照片：{m}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="330"/>
        <source>No photos here yet.</source>
        <translation>这里还没有照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="335"/>
        <source>(when the file was last saved, no capture time)</source>
        <translation>（文件最后保存时间，无拍摄时间）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="337"/>
        <source>(file time, no EXIF time)</source>
        <translation>（文件时间，无拍摄时间）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="343"/>
        <source>no GPS position</source>
        <translation>无GPS位置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="345"/>
        <source>⚠ original not received (display copy only)</source>
        <translation>⚠ 未收到原图（仅有显示副本）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="347"/>
        <source>✎ annotated copy; the original is kept unchanged</source>
        <translation>✎ 标注版；原图保持不变</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="349"/>
        <source>{n} marks, not saved</source>
        <translation>{n} 处标注，未保存</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="401"/>
        <source>Text to write:</source>
        <translation>要写的文字：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="445"/>
        <source>Saving the annotated copy</source>
        <translation>正在保存标注版</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="474"/>
        <source>Close without saving the marks?</source>
        <translation>不保存标注就关闭吗？</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="63"/>
        <source>Problem description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="67"/>
        <source> ×</source>
        <translation> 处</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="69"/>
        <source>Location, e.g. east gate</source>
        <translation>位置，如：东侧入口</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="72"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="73"/>
        <source>Responsible unit: the problem list is sent to it</source>
        <translation>责任单位：问题清单将发往该单位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inspect/rows.py" line="74"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="75"/>
        <source>⚠ photo required</source>
        <translation>⚠ 须附照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/rows.py" line="77"/>
        <source>Delete this problem</source>
        <translation>删除此扣分问题</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../inspector/ui/progress.py" line="17"/>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="18"/>
        <source>drawing the photos</source>
        <translation>绘制照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="19"/>
        <source>gathering data</source>
        <translation>汇总数据</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="20"/>
        <source>laying out pages</source>
        <translation>排版</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="21"/>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="22"/>
        <source>writing the file</source>
        <translation>写入文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="23"/>
        <source>checking</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="24"/>
        <source>applying</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="48"/>
        <location filename="../../inspector/ui/review/queue.py" line="202"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="48"/>
        <source>Inspector</source>
        <translation>测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="48"/>
        <source>Outcome</source>
        <translation>测评结果</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="48"/>
        <location filename="../../inspector/ui/review/queue.py" line="266"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="49"/>
        <source>Problems</source>
        <translation>扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="49"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="52"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="54"/>
        <source>Approve the selected inspection (Ctrl+Enter)</source>
        <translation>通过所选测评 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="55"/>
        <source>Flag…</source>
        <translation>标记有问题…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="57"/>
        <source>Mark it as having issues, with a comment (Ctrl+G)</source>
        <translation>标记为有问题，并填写意见 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="59"/>
        <source>Reject…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="61"/>
        <source>Send it back: it no longer counts, with a comment (Ctrl+R)</source>
        <translation>退回并填写意见：退回后不再计分 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="74"/>
        <source>Standard</source>
        <translation>测评标准</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="74"/>
        <source>Problem</source>
        <translation>扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="74"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="74"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="75"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="75"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="83"/>
        <source>Double-click or Enter: view the photo (zoom)</source>
        <translation>双击或按 Enter：查看照片（可缩放）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="92"/>
        <source>Received inspections</source>
        <translation>已接收的测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="111"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="111"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="112"/>
        <source>Could not inspect</source>
        <translation>无法测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="115"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="115"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="116"/>
        <source>Has issues</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="116"/>
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="117"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="131"/>
        <source>No round yet: import the inspectors&apos; sync packages on the Sync page.</source>
        <translation>还没有测评轮次：请在“同步”页导入测评员的同步包。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="146"/>
        <source>{waiting} of {total} waiting for review</source>
        <translation>共 {total} 条，{waiting} 条待审核</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="171"/>
        <source>Select an inspection to see its problems.</source>
        <translation>选择一条测评即可查看其扣分问题。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="176"/>
        <source>{site} · {inspector} · {outcome} · started {start} · finished {end}</source>
        <translation>{site} · {inspector} · {outcome} · 开始 {start} · 完成 {end}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="183"/>
        <source>reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="185"/>
        <source>Review comment: {comment}</source>
        <translation>审核意见：{comment}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="230"/>
        <source>{item} (missing)</source>
        <translation>{item}（缺失）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="246"/>
        <source>Flag</source>
        <translation>标记有问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="246"/>
        <source>What is wrong with this inspection?</source>
        <translation>这条测评有什么问题？</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="248"/>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="249"/>
        <source>Why is this inspection sent back? (It will no longer count.)</source>
        <translation>为什么退回这条测评？（退回后不再计分。）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review/queue.py" line="255"/>
        <source>A comment is needed to flag or reject an inspection: say what to fix.</source>
        <translation>标记有问题或退回时必须填写意见：请说明需要改正什么。</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../../inspector/ui/rate_chart.py" line="59"/>
        <source>Score rate by site type</source>
        <translation>各点位类型得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rate_chart.py" line="134"/>
        <source>No scores yet</source>
        <translation>暂无得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rate_chart.py" line="164"/>
        <location filename="../../inspector/ui/rate_chart.py" line="194"/>
        <source>Not inspected</source>
        <translation>未测评</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../inspector/ui/reports.py" line="101"/>
        <source>Scorecard PDF</source>
        <translation>得分表 PDF</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="103"/>
        <source>Make the field inspection scorecard of the current round and show it here</source>
        <translation>生成当前测评轮次的实地考察得分表，并在此预览</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="105"/>
        <source>Problem list PDF</source>
        <translation>问题清单 PDF</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="107"/>
        <source>Make the problem list, grouped by responsible unit, and show it here</source>
        <translation>生成按责任单位分组的问题清单，并在此预览</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="109"/>
        <source>With photo appendix</source>
        <translation>附照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="111"/>
        <source>Add every problem&apos;s stamped photos to the scorecard (takes longer)</source>
        <translation>在得分表后附上每个扣分问题的水印照片（耗时较长）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="113"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="115"/>
        <source>Print the report shown (Ctrl+P)</source>
        <translation>打印当前预览的报告 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="117"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="119"/>
        <source>Save a copy of the report shown (Ctrl+S)</source>
        <translation>保存当前预览报告的副本 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="121"/>
        <source>Export XLSX/CSV</source>
        <translation>导出 XLSX/CSV</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="123"/>
        <source>The problem list as an Excel workbook, or all data as XLSX or CSV</source>
        <translation>将问题清单导出为 Excel 工作簿，或将全部数据导出为 XLSX 或 CSV</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="125"/>
        <source>Problem list (XLSX)…</source>
        <translation>问题清单 (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="127"/>
        <source>All data as XLSX…</source>
        <translation>全部数据 (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="129"/>
        <source>All data as CSV…</source>
        <translation>全部数据 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="145"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="146"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="147"/>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="148"/>
        <source>Zoom of the preview</source>
        <translation>预览缩放</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="163"/>
        <source>No report yet.

Click “Scorecard PDF” or “Problem list PDF” to make one from the current round; it shows here, ready to print, save or send.</source>
        <translation>还没有报告。

点击“得分表 PDF”或“问题清单 PDF”，即可由当前测评轮次生成报告，在此预览后打印、保存或发送。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="182"/>
        <source>Field inspection scorecard</source>
        <translation>实地考察得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="183"/>
        <source>Problem list</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="204"/>
        <source>No city set: reports will have none in their heading (Settings → City).</source>
        <translation>未设置城市：报告抬头将没有城市名称（设置 → 城市）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="207"/>
        <source>{what}: the data changed since it was made — make it again for the latest figures.</source>
        <translation>{what}：生成后数据已有变化，请重新生成以获得最新数字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="210"/>
        <source>{what} · {pages} pages</source>
        <translation>{what} · 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="242"/>
        <source>Making the scorecard</source>
        <translation>正在生成得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="243"/>
        <source>Making the problem list</source>
        <translation>正在生成问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="258"/>
        <source>The report could not be opened ({error}).</source>
        <translation>无法打开报告（{error}）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="272"/>
        <location filename="../../inspector/ui/reports.py" line="280"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="274"/>
        <source>Reports</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="294"/>
        <source>Print {what}</source>
        <translation>打印{what}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="313"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="314"/>
        <source>The printer could not be started; check that it is switched on and connected.</source>
        <translation>无法启动打印机，请检查打印机是否已开机并连接。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="317"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="317"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="357"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="364"/>
        <source>Save {what}</source>
        <translation>保存{what}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="365"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="376"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="377"/>
        <source>{file}: could not be saved ({reason})</source>
        <translation>{file}：无法保存（{reason}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="380"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="388"/>
        <location filename="../../inspector/ui/reports.py" line="406"/>
        <source>Export the problem list</source>
        <translation>导出问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="390"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="412"/>
        <source>Export all data as {format} into a folder</source>
        <translation>将全部数据以 {format} 格式导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="423"/>
        <source>Export {format}</source>
        <translation>导出 {format}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports.py" line="432"/>
        <source>Exported: {files}</source>
        <translation>已导出：{files}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../inspector/ui/review/page.py" line="53"/>
        <source>This computer is set up for an inspector: reviews are read-only here. Reviewing is done on the supervisor&apos;s computer.</source>
        <translation>本机设置为测评员电脑：此处审核只读。审核请在督导的电脑上进行。</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="36"/>
        <source>&amp;Round</source>
        <translation>测评轮次(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="37"/>
        <source>New round…</source>
        <translation>新建测评轮次…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="40"/>
        <source>Send to inspectors…</source>
        <translation>发给测评员…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="43"/>
        <source>One sync package per inspector, with the round, its form and their sites</source>
        <translation>每位测评员一个同步包：测评轮次、测评表和分给他的点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="45"/>
        <source>Give the site to another inspector…</source>
        <translation>改派点位…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="47"/>
        <source>Replace the site…</source>
        <translation>替换点位…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="49"/>
        <source>Draw another site of its type for a sampled site that cannot be inspected</source>
        <translation>为无法测评的抽样点位，从同类点位中另抽一个替换</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="91"/>
        <location filename="../../inspector/ui/rounds/actions.py" line="137"/>
        <source>New round</source>
        <translation>新建测评轮次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="92"/>
        <source>The site registry is empty: import a site list first (File → Import a site list…).</source>
        <translation>点位库是空的：请先导入点位库（文件 → 导入点位库…）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="128"/>
        <source>Round {name}: {n} sites drawn (seed {seed}) and assigned to {people} inspectors</source>
        <translation>测评轮次“{name}”：抽取 {n} 个点位（种子 {seed}），已分配给 {people} 位测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="139"/>
        <source>Recording the round</source>
        <translation>正在保存测评轮次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="150"/>
        <source>Choose a site in the list on the Inspect page first.</source>
        <translation>请先在“测评”页的列表中选择一个点位。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="169"/>
        <source>Give the site to another inspector</source>
        <translation>改派点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="170"/>
        <source>{site} ({inspector}) goes to:</source>
        <translation>{site}（现为 {inspector}）改派给：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="178"/>
        <source>{site}: {old} → {new}</source>
        <translation>{site}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="187"/>
        <source>Replace the site</source>
        <translation>替换点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="188"/>
        <source>Draw another {type} site in place of {site}? (From the round&apos;s seed: anyone can check it.)</source>
        <translation>从{type}中另抽一个点位替换“{site}”？（按本轮的种子抽取，任何人都可复核。）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="200"/>
        <source>{old} replaced by {new}</source>
        <translation>{old} 已替换为 {new}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="221"/>
        <source>Send to inspectors</source>
        <translation>发给测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="223"/>
        <source>Folder or USB stick for the inspectors&apos; packages</source>
        <translation>保存测评员同步包的文件夹或U盘</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="227"/>
        <source>{round}-for-{inspector}.pkg</source>
        <translation>{round}-发给{inspector}.pkg</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="243"/>
        <source>{file}: {inspector}, {n} sites</source>
        <translation>{file}：{inspector}，{n} 个点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/actions.py" line="245"/>
        <source>{n} packages written to {folder}:</source>
        <translation>已写入 {n} 个同步包到 {folder}：</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="69"/>
        <source>New round</source>
        <translation>新建测评轮次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="70"/>
        <source>Name the round, choose its checklist and how many sites of each type to draw from the site registry.</source>
        <translation>填写轮次名称，选择测评表，以及每类点位从点位库中抽取多少个。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="77"/>
        <source>From a file…</source>
        <translation>从文件选择…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="83"/>
        <source>Site type</source>
        <translation>点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="83"/>
        <source>In the registry</source>
        <translation>点位库中</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="84"/>
        <source>To draw</source>
        <translation>抽样数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="90"/>
        <source>Round name</source>
        <translation>轮次名称</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="91"/>
        <source>Checklist</source>
        <translation>测评表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="98"/>
        <source>Choose a checklist</source>
        <translation>选择测评表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="99"/>
        <source>Checklists (*.yaml *.yml)</source>
        <translation>测评表 (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="158"/>
        <source>Draw the sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="159"/>
        <source>The same seed always draws the same sites: keep it, and anyone can check the draw.</source>
        <translation>同一种子总是抽出同样的点位：记下种子，任何人都可复核抽样。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="169"/>
        <source>Another seed</source>
        <translation>换一个种子</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="176"/>
        <source>Site type</source>
        <translation>点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="176"/>
        <source>Drawn</source>
        <translation>抽中</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="177"/>
        <source>Sites</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="182"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="206"/>
        <source>the registry has only {n}</source>
        <translation>点位库只有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/rounds/wizard.py" line="215"/>
        <source>{n} sites drawn with seed {seed}</source>
        <translation>种子 {seed} 抽中 {n} 个点位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/rounds/wizard.py" line="218"/>
        <source>The registry has no sites of %n type(s): {types}</source>
        <translation>
            <numerusform>点位库中没有以下 %n 类点位：{types}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="81"/>
        <source>Field inspection scorecard</source>
        <translation>实地考察得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="85"/>
        <location filename="../../inspector/ui/scorecard/page.py" line="130"/>
        <source>District ranking</source>
        <translation>县（市、区）排名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="100"/>
        <source>Sites and problems</source>
        <translation>点位与扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="125"/>
        <source>Score rate by site type</source>
        <translation>各点位类型得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="208"/>
        <source>No scorecard yet</source>
        <translation>还没有得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="211"/>
        <source>Load the demo city, import a site list or import a sync package to see the scorecard.</source>
        <translation>载入示例城市、导入点位库或导入同步包后即可看到得分表。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="219"/>
        <source>Score {total} / {inspected} points inspected</source>
        <translation>得分 {total} / 已测评分值 {inspected}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="222"/>
        <source>projected to {points} points: {projected}</source>
        <translation>折算为 {points} 分：{projected}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="224"/>
        <source>rate {rate}</source>
        <translation>得分率 {rate}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="225"/>
        <source>lost {lost}</source>
        <translation>失分 {lost}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="282"/>
        <source>{name}: {inspected} of {sampled} sites inspected · score {score} of {points}</source>
        <translation>{name}：抽样 {sampled} 个点位，已测评 {inspected} 个 · 得分 {score} / {points}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="284"/>
        <source>Not inspected</source>
        <translation>未测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/page.py" line="297"/>
        <source>Choose a site type (arrows, Enter) to list its sites and problems</source>
        <translation>选择点位类型（方向键、回车）即可列出其点位与扣分问题</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="25"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="34"/>
        <source>Inspector&apos;s laptop</source>
        <translation>测评员笔记本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="35"/>
        <source>Supervisor&apos;s computer</source>
        <translation>督导电脑</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="37"/>
        <source>Inspector</source>
        <translation>测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="38"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="39"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="40"/>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="41"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="42"/>
        <source>Device id</source>
        <translation>设备ID</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="47"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="50"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="56"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="57"/>
        <source>A new language shows fully after the app is restarted.</source>
        <translation>更换语言后，重新启动程序才能完全生效。</translation>
    </message>
</context>
<context>
    <name>SiteList</name>
    <message>
        <location filename="../../inspector/ui/inspect/site_list.py" line="37"/>
        <source>Search sites…</source>
        <translation>搜索点位…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/site_list.py" line="56"/>
        <source>By site type</source>
        <translation>按点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/site_list.py" line="57"/>
        <source>By district</source>
        <translation>按县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/site_list.py" line="71"/>
        <source>Received, by inspector</source>
        <translation>按测评员（已收到的结果）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/site_list.py" line="102"/>
        <source>My sites: {done}/{total} done</source>
        <translation>我的点位 {done}/{total} 已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect/site_list.py" line="103"/>
        <source>Sites: {done}/{total} done</source>
        <translation>点位 {done}/{total} 已完成</translation>
    </message>
</context>
<context>
    <name>SiteProblemsModel</name>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="298"/>
        <source>Site / problem</source>
        <translation>点位 / 扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="298"/>
        <source>District</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="299"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="318"/>
        <location filename="../../inspector/ui/scorecard/models.py" line="325"/>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/scorecard/models.py" line="328"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个扣分问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="330"/>
        <source>Inspectors disagree on: {items}</source>
        <translation>测评员结论不一致：{items}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="338"/>
        <source>Not inspected</source>
        <translation>未测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="340"/>
        <source>Could not inspect</source>
        <translation>无法测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="350"/>
        <source>No photo</source>
        <translation>缺照片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/scorecard/models.py" line="351"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="359"/>
        <source>Count: {n}</source>
        <translation>数量：{n}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="361"/>
        <source>Location: {where}</source>
        <translation>位置：{where}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard/models.py" line="362"/>
        <source>Responsible unit: {unit}</source>
        <translation>责任单位：{unit}</translation>
    </message>
</context>
<context>
    <name>SiteTreeModel</name>
    <message>
        <location filename="../../inspector/ui/site_model.py" line="199"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/site_model.py" line="199"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="50"/>
        <source>Photos in your photo folder taken here during this visit; none is attached until you choose it</source>
        <translation>照片文件夹中本次测评期间在此拍摄的照片；您选择后才会附上</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="53"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="54"/>
        <source>Choose the folder your phone&apos;s photos are copied to</source>
        <translation>选择手机照片复制到的文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="57"/>
        <source>Enter or double-click attaches the photo to the selected item&apos;s problem</source>
        <translation>按 Enter 或双击，把照片附到所选标准的扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="60"/>
        <source>Attach to the selected problem</source>
        <translation>附到所选扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="106"/>
        <source>Photo folder</source>
        <translation>照片文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="164"/>
        <source>{m} m away</source>
        <translation>相距 {m} 米</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="165"/>
        <source>no GPS</source>
        <translation>无GPS</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="177"/>
        <source>Suggested photos (…)</source>
        <translation>建议照片 (…)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_suggestions.py" line="179"/>
        <source>Suggested photos ({n})</source>
        <translation>建议照片 ({n})</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="62"/>
        <source>Import the sync packages the inspectors send you (USB stick, shared folder, chat attachment): use the button or drop .pkg files here. Packages can be imported in any order, and again: the result is the same.</source>
        <translation>导入测评员发来的同步包（U 盘、共享文件夹、聊天附件）：点击按钮或把 .pkg 文件拖到这里。同步包可以按任意顺序导入，重复导入也没关系：结果相同。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="66"/>
        <source>Import packages…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="68"/>
        <source>Import sync packages (Ctrl+I)</source>
        <translation>导入同步包 (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="70"/>
        <source>Export package…</source>
        <translation>导出同步包…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="73"/>
        <source>Write a sync package with every change since the last export (Ctrl+E)</source>
        <translation>将上次导出以来的全部改动写成同步包 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="75"/>
        <source>Everything, not only what changed</source>
        <translation>全部导出，不只是改动</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="77"/>
        <source>Send every record again, e.g. for a new laptop or a lost package</source>
        <translation>重新发送全部记录，例如换了新电脑或同步包丢失时</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="78"/>
        <source>Smaller photos (display size)</source>
        <translation>较小照片（显示尺寸）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="80"/>
        <source>Send display-size copies instead of the original photos: a much smaller package, but the originals stay here</source>
        <translation>发送显示尺寸的照片副本而非原图：同步包小得多，但原图仍只保存在本机</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="93"/>
        <source>Nothing imported yet. Drop the inspectors&apos; .pkg files here, or click Import packages…</source>
        <translation>还没有导入任何同步包。把测评员的 .pkg 文件拖到这里，或点击“导入同步包…”</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="99"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="99"/>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="99"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="99"/>
        <location filename="../../inspector/ui/sync/page.py" line="126"/>
        <source>Inspector</source>
        <translation>测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="100"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="103"/>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="103"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="103"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="103"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="104"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="108"/>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="109"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="110"/>
        <source>Past exports</source>
        <translation>历次导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="126"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="127"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="137"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="138"/>
        <source>No (known from a supervisor&apos;s package)</source>
        <translation>否（经督导同步包得知）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="145"/>
        <source>? (says {role})</source>
        <translation>?（自称{role}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/page.py" line="147"/>
        <source>No: %n packages held ({files})</source>
        <translation>
            <numerusform>否：暂存 %n 个同步包（{files}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="160"/>
        <source>This computer ({role}): device {device} · fingerprint {fingerprint}</source>
        <translation>本机（{role}）：设备 {device} · 指纹 {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="180"/>
        <source>✖ {file}: refused — it says it comes from a supervisor&apos;s device, but this computer trusts device {device} ({inspector}) as an inspector&apos;s, so its corrections, reviews and rounds are refused; import it again to trust that device as a supervisor&apos;s</source>
        <translation>✖ {file}：已拒绝 — 它自称来自督导的设备，但本机把设备 {device}（{inspector}）信任为测评员的设备，所以其中的更正、审核和测评轮次被拒绝；再次导入即可把该设备改为信任为督导</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="186"/>
        <location filename="../../inspector/ui/sync/page.py" line="217"/>
        <source>✖ {file}: refused — {reason}</source>
        <translation>✖ {file}：已拒绝 — {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="188"/>
        <source>{inspector}, device {device}</source>
        <translation>{inspector}，设备 {device}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="189"/>
        <source>no name</source>
        <translation>未署名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="191"/>
        <source>✔ {file}: applied — {records} new versions, {changed} records updated, {photos} photos ({who})</source>
        <translation>✔ {file}：已导入 — 新版本 {records} 条，更新记录 {changed} 条，照片 {photos} 张（{who}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="197"/>
        <source>= {file}: already imported, nothing changed</source>
        <translation>= {file}：此前已导入，未作改动</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="200"/>
        <source>⚠ {file}: held — device {device} is trusted with another key, and this package is signed with a new one ({who}); if nobody reinstalled that laptop, it is not from it</source>
        <translation>⚠ {file}：暂存 — 设备 {device} 已用另一把密钥受信任，而此同步包用新密钥签署（{who}）；如果没有人重装那台笔记本，它就不是那台笔记本发出的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="205"/>
        <source>⚠ {file}: held — another key also claims this device ({who}); compare both fingerprints with the one that laptop shows</source>
        <translation>⚠ {file}：暂存 — 另有一把密钥也自称是这台设备（{who}）；请把两个指纹都与那台笔记本显示的指纹核对</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="209"/>
        <source>⚠ {file}: held — it comes from a device this computer does not know yet ({who}), which it says is a supervisor&apos;s; check its fingerprint to trust it</source>
        <translation>⚠ {file}：暂存 — 来自本机尚不认识的设备（{who}），它自称是督导的设备；核对指纹后再信任</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="213"/>
        <source>⚠ {file}: held — it comes from a device this computer does not know yet ({who}); check its fingerprint to trust it</source>
        <translation>⚠ {file}：暂存 — 来自本机尚不认识的设备（{who}）；核对指纹后再信任</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="225"/>
        <source>Import sync packages</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="226"/>
        <source>Sync packages (*.pkg);;All files (*)</source>
        <translation>同步包 (*.pkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="258"/>
        <source>Wait until the current import or export has finished.</source>
        <translation>请等待当前的导入或导出完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/page.py" line="288"/>
        <source>Importing %n sync package(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个同步包…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="289"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/page.py" line="298"/>
        <source>Cancelled: %n package(s) not imported.</source>
        <translation>
            <numerusform>已取消：%n 个同步包未导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="332"/>
        <source>✖ {message}</source>
        <translation>✖ {message}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="364"/>
        <source>⊘ {file}: not applied — you did not trust device {device} ({inspector}); import it again to decide later</source>
        <translation>⊘ {file}：未导入 — 您没有信任设备 {device}（{inspector}）；以后可再次导入时再决定</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="401"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="418"/>
        <source>✖ {fingerprint}: not trusted — {reason}</source>
        <translation>✖ {fingerprint}：未信任 — {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/page.py" line="422"/>
        <source>⊘ The key {fingerprint} ({inspector}) is refused: %n held packages dropped</source>
        <translation>
            <numerusform>⊘ 已拒绝密钥 {fingerprint}（{inspector}）：丢弃暂存的同步包 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="427"/>
        <source>Device {device} ({inspector}) is trusted as {role}</source>
        <translation>已将设备 {device}（{inspector}）信任为{role}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="442"/>
        <source>To review: {waiting} inspections, {conflicts} conflicts — on the Review page</source>
        <translation>待审核：{waiting} 条测评，{conflicts} 处冲突 — 请到“审核”页处理</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="453"/>
        <source>Export sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="454"/>
        <source>Sync packages (*.pkg)</source>
        <translation>同步包 (*.pkg)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="475"/>
        <source>Nothing has changed since the last export; tick “Everything” to send it all again.</source>
        <translation>上次导出以来没有改动；勾选“全部导出”可重新发送全部记录。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="479"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/page.py" line="489"/>
        <source>✔ exported {file}: {records} records, {photos} photos, {size:.1f} MB</source>
        <translation>✔ 已导出 {file}：记录 {records} 条，照片 {photos} 张，{size:.1f} MB</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="43"/>
        <source>Unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="45"/>
        <source>These packages come from a device this computer has not seen before. Compare its fingerprint with the one the inspector told you (by phone or in person) before you trust it; until then nothing from it is applied.</source>
        <translation>这些同步包来自本机从未见过的设备。信任之前，请把它的指纹与测评员（电话或当面）告诉您的指纹核对一致；在此之前，它的任何内容都不会导入。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="53"/>
        <source>A new key for a trusted device</source>
        <translation>受信任设备的新密钥</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="55"/>
        <source>This device is trusted with another key ({trusted}). If nobody reinstalled that laptop, these packages are not from it: refuse them. Trusting this key replaces the old one.</source>
        <translation>这台设备已用另一把密钥（{trusted}）受信任。如果没有人重装那台笔记本，这些同步包就不是它发出的：请拒绝。信任这把密钥将替换旧密钥。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="60"/>
        <source>Another key also claims this device. Only one of them is the laptop&apos;s: trust the one whose fingerprint the inspector reads to you, refuse the other.</source>
        <translation>另有一把密钥也自称是这台设备。只有其中一把属于那台笔记本：信任测评员念给您听的那个指纹，拒绝另一个。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="65"/>
        <source>These packages are signed by a key this computer does not trust. Compare its fingerprint with the one the inspector told you (by phone or in person) before you trust it; until then nothing from it is applied.</source>
        <translation>这些同步包由本机不信任的密钥签署。信任之前，请把它的指纹与测评员（电话或当面）告诉您的指纹核对一致；在此之前，它的任何内容都不会导入。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="70"/>
        <source>The packages say they come from a supervisor&apos;s device: trust it as a supervisor&apos;s only if you know this laptop is your supervisor&apos;s — an inspector&apos;s device may not send corrections, reviews or rounds.</source>
        <translation>这些同步包自称来自督导的设备：只有确认这台电脑是您的督导的，才信任为督导——测评员的设备不能发送更正、审核或测评轮次。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="74"/>
        <source>The packages say they come from an inspector&apos;s device.</source>
        <translation>这些同步包自称来自测评员的设备。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="85"/>
        <source>(no name given)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="89"/>
        <source>Inspector:</source>
        <translation>测评员：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="90"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="91"/>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="92"/>
        <source>Sync packages:</source>
        <translation>同步包：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="94"/>
        <source>Trust as inspector</source>
        <translation>信任为测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="96"/>
        <source>Apply its packages; it may send its own inspections only</source>
        <translation>导入其同步包；它只能发送自己的测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="97"/>
        <source>Trust as supervisor</source>
        <translation>信任为督导</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="99"/>
        <source>Apply its packages; it may also review and relay other devices&apos; work</source>
        <translation>导入其同步包；它还可以审核并转发其他设备的工作</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="100"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="102"/>
        <source>Apply nothing and drop this key with its held packages</source>
        <translation>不导入任何内容，丢弃这把密钥及其暂存的同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="103"/>
        <source>Decide later</source>
        <translation>以后再定</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="105"/>
        <source>Apply nothing now; the packages stay held until you decide (Esc)</source>
        <translation>暂不导入；同步包继续暂存，等您决定（Esc）</translation>
    </message>
</context>
<context>
    <name>actions.changed_since</name>
    <message>
        <location filename="../../inspector/actions/undo.py" line="23"/>
        <source>this step can no longer be undone: {what} was changed since (by a sync or in another window)</source>
        <translation>这一步已无法撤销：{what}此后已被改动（同步导入或在另一窗口中）</translation>
    </message>
</context>
<context>
    <name>actions.what.inspection</name>
    <message>
        <location filename="../../inspector/actions/undo.py" line="28"/>
        <source>the inspection</source>
        <translation>该测评</translation>
    </message>
</context>
<context>
    <name>actions.what.photo_link</name>
    <message>
        <location filename="../../inspector/actions/undo.py" line="31"/>
        <source>a photo&apos;s link</source>
        <translation>照片的关联</translation>
    </message>
</context>
<context>
    <name>actions.what.problem</name>
    <message>
        <location filename="../../inspector/actions/undo.py" line="30"/>
        <source>a problem</source>
        <translation>一条问题</translation>
    </message>
</context>
<context>
    <name>actions.what.record</name>
    <message>
        <location filename="../../inspector/actions/undo.py" line="33"/>
        <source>a record</source>
        <translation>一条记录</translation>
    </message>
</context>
<context>
    <name>actions.what.response</name>
    <message>
        <location filename="../../inspector/actions/undo.py" line="29"/>
        <source>an answer</source>
        <translation>一项答案</translation>
    </message>
</context>
<context>
    <name>audit.changed</name>
    <message>
        <location filename="../../inspector/store/audit.py" line="22"/>
        <source>was changed after it was written</source>
        <translation>在写入之后被改动过</translation>
    </message>
</context>
<context>
    <name>audit.differs</name>
    <message>
        <location filename="../../inspector/store/audit.py" line="26"/>
        <source>differs from its audit row ({columns})</source>
        <translation>与其审计记录不符（{columns}）</translation>
    </message>
</context>
<context>
    <name>audit.end_removed</name>
    <message>
        <location filename="../../inspector/store/audit.py" line="23"/>
        <source>is missing (rows were removed from the end)</source>
        <translation>缺失（末尾的记录被删除）</translation>
    </message>
</context>
<context>
    <name>audit.no_audit_row</name>
    <message>
        <location filename="../../inspector/store/audit.py" line="25"/>
        <source>has no audit row</source>
        <translation>没有审计记录</translation>
    </message>
</context>
<context>
    <name>audit.out_of_order</name>
    <message>
        <location filename="../../inspector/store/audit.py" line="21"/>
        <source>does not follow the row before it</source>
        <translation>与上一行接不上</translation>
    </message>
</context>
<context>
    <name>audit.removed</name>
    <message>
        <location filename="../../inspector/store/audit.py" line="27"/>
        <source>was removed</source>
        <translation>被删除</translation>
    </message>
</context>
<context>
    <name>audit.rows_removed</name>
    <message>
        <location filename="../../inspector/store/audit.py" line="20"/>
        <source>is missing (rows were removed)</source>
        <translation>缺失（有记录被删除）</translation>
    </message>
</context>
<context>
    <name>audit.version_changed</name>
    <message>
        <location filename="../../inspector/store/audit.py" line="28"/>
        <source>has a version ({version}) the log did not write</source>
        <translation>有一个版本（{version}）不是由审计日志记录的写入产生的</translation>
    </message>
</context>
<context>
    <name>baselines.needs_label</name>
    <message>
        <location filename="../../inspector/actions/baselines.py" line="14"/>
        <source>a baseline needs a label, e.g. &quot;2025年度国家测评&quot;</source>
        <translation>基准需要名称，例如 &quot;2025年度国家测评&quot;</translation>
    </message>
</context>
<context>
    <name>baselines.no_such</name>
    <message>
        <location filename="../../inspector/actions/baselines.py" line="20"/>
        <source>no baseline labelled &apos;{label}&apos;</source>
        <translation>没有名为“{label}”的基准</translation>
    </message>
</context>
<context>
    <name>baselines.not_a_number</name>
    <message>
        <location filename="../../inspector/actions/baselines.py" line="21"/>
        <source>baseline &apos;{label}&apos;: &apos;{value}&apos; is not a number (e.g. 29.47)</source>
        <translation>基准“{label}”：“{value}”不是数字（例如 29.47）</translation>
    </message>
</context>
<context>
    <name>baselines.out_of_range</name>
    <message>
        <location filename="../../inspector/actions/baselines.py" line="17"/>
        <source>baseline &apos;{label}&apos;: {value} is not a score out of 40</source>
        <translation>基准“{label}”：{value} 不是 40 分制的得分</translation>
    </message>
</context>
<context>
    <name>before_after.nothing_after</name>
    <message>
        <location filename="../../inspector/report/before_after.py" line="29"/>
        <source>no case of {unit} has after photos yet: they come with a fix report or a re-inspection (inspector cases fix N --photo F)</source>
        <translation>{unit}还没有带整改后照片的问题：整改后照片随整改反馈或复查一起提交（inspector cases fix 编号 --photo 文件）</translation>
    </message>
</context>
<context>
    <name>bulletin.no_rounds</name>
    <message>
        <location filename="../../inspector/bulletin/build.py" line="31"/>
        <source>no round counts for {period}: set a round&apos;s month with inspector round set-period R {example} (inspector round list shows them)</source>
        <translation>没有计入 {period} 的测评轮次：请用 inspector round set-period R {example} 设置轮次所属月份（inspector round list 可列出轮次）</translation>
    </message>
</context>
<context>
    <name>cases.action_approve</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="145"/>
        <source>approve an extension</source>
        <translation>批准延期</translation>
    </message>
</context>
<context>
    <name>cases.action_cancel</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="147"/>
        <source>cancel it (撤销)</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>cases.action_dispatch</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="138"/>
        <source>dispatch it (交办)</source>
        <translation>交办</translation>
    </message>
</context>
<context>
    <name>cases.action_extend</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="144"/>
        <source>ask for an extension (延期)</source>
        <translation>申请延期</translation>
    </message>
</context>
<context>
    <name>cases.action_fail</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="141"/>
        <source>send it back for rework (返工)</source>
        <translation>退回返工</translation>
    </message>
</context>
<context>
    <name>cases.action_fix</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="139"/>
        <source>report its fix (整改反馈)</source>
        <translation>填报整改反馈</translation>
    </message>
</context>
<context>
    <name>cases.action_park</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="146"/>
        <source>park it (挂账)</source>
        <translation>挂账</translation>
    </message>
</context>
<context>
    <name>cases.action_pass</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="140"/>
        <source>close it after a re-inspection (销号)</source>
        <translation>复查通过后销号</translation>
    </message>
</context>
<context>
    <name>cases.action_reassign</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="143"/>
        <source>reassign it (改派)</source>
        <translation>改派</translation>
    </message>
</context>
<context>
    <name>cases.action_return</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="142"/>
        <source>return it (退回)</source>
        <translation>退回</translation>
    </message>
</context>
<context>
    <name>cases.action_supervise</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="148"/>
        <source>mark it for supervision (督办)</source>
        <translation>督办</translation>
    </message>
</context>
<context>
    <name>cases.bad_priority</name>
    <message>
        <location filename="../../inspector/cases/ledger.py" line="32"/>
        <source>a case&apos;s priority is one of {priorities}, not &apos;{priority}&apos;</source>
        <translation>整改任务的优先级应为 {priorities} 之一，而不是“{priority}”</translation>
    </message>
</context>
<context>
    <name>cases.bad_source</name>
    <message>
        <location filename="../../inspector/cases/ledger.py" line="29"/>
        <source>a case&apos;s source is one of {sources}, not &apos;{source}&apos;</source>
        <translation>整改任务的来源须为 {sources} 之一，而不是“{source}”</translation>
    </message>
</context>
<context>
    <name>cases.extension_not_later</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="96"/>
        <source>case {case}: the extension until {until} is not after the due time {due}</source>
        <translation>整改任务 {case}：延期至 {until} 并不晚于现在的期限 {due}</translation>
    </message>
</context>
<context>
    <name>cases.field_measures</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="84"/>
        <source>the measures taken</source>
        <translation>整改措施</translation>
    </message>
</context>
<context>
    <name>cases.field_reason</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="85"/>
        <source>a reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>cases.field_unit</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="83"/>
        <source>the responsible unit</source>
        <translation>责任单位</translation>
    </message>
</context>
<context>
    <name>cases.needs_field</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="82"/>
        <source>case {case}: to {action}, give {field}</source>
        <translation>整改任务 {case}：{action}须填写{field}</translation>
    </message>
</context>
<context>
    <name>cases.no_after_photo</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="90"/>
        <source>case {case} cannot be closed without an after photo taken on site since it was dispatched ({dispatched})</source>
        <translation>整改任务 {case} 不能销号：须有交办（{dispatched}）之后在现场拍摄的整改后照片</translation>
    </message>
</context>
<context>
    <name>cases.no_extension</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="94"/>
        <source>case {case}: no extension was requested to approve</source>
        <translation>整改任务 {case}：没有待批准的延期申请</translation>
    </message>
</context>
<context>
    <name>cases.no_such_case</name>
    <message>
        <location filename="../../inspector/cases/ledger.py" line="25"/>
        <source>no case numbered &apos;{number}&apos; (inspector cases list shows them)</source>
        <translation>没有编号为“{number}”的整改任务（inspector cases list 可列出全部）</translation>
    </message>
</context>
<context>
    <name>cases.photos_refused</name>
    <message>
        <location filename="../../inspector/cases/ledger.py" line="27"/>
        <source>case {case}: no photo could be stored ({why}); nothing recorded</source>
        <translation>整改任务 {case}：照片都无法保存（{why}）；未作记录</translation>
    </message>
</context>
<context>
    <name>cases.redo_refused</name>
    <message>
        <location filename="../../inspector/cases/undoable.py" line="31"/>
        <source>case {case}: this step cannot be redone, {why}</source>
        <translation>整改任务 {case}：这一步无法重做，{why}</translation>
    </message>
</context>
<context>
    <name>cases.same_person</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="86"/>
        <source>case {case}: {person} entered the fix report, so the re-inspection must be someone else&apos;s, on site</source>
        <translation>整改任务 {case}：整改反馈是 {person} 填报的，复查须由其他人到现场进行</translation>
    </message>
</context>
<context>
    <name>cases.supervisors_only</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="79"/>
        <source>case {case}: only a supervisor can {action}; this is an inspector&apos;s computer</source>
        <translation>整改任务 {case}：只有督导可以{action}；这是测评员的电脑</translation>
    </message>
</context>
<context>
    <name>cases.undo_changed_since</name>
    <message>
        <location filename="../../inspector/cases/undoable.py" line="27"/>
        <source>case {case} has changed since this step: {later} was recorded after it ({at}); undo that first</source>
        <translation>整改任务 {case} 在这一步之后已有变化：{at} 又记录了“{later}”；请先撤销那一步</translation>
    </message>
</context>
<context>
    <name>cases.wrong_state</name>
    <message>
        <location filename="../../inspector/cases/machine.py" line="77"/>
        <source>case {case} is {state}; to {action} it must be {allowed}</source>
        <translation>整改任务 {case} 现为“{state}”；{action}须在“{allowed}”状态</translation>
    </message>
</context>
<context>
    <name>cli.bulletin_suffix</name>
    <message>
        <location filename="../../inspector/cli/reports.py" line="28"/>
        <source>--out {out}: the bulletin is written as FILE.pdf or FILE.xlsx</source>
        <translation>--out {out}：通报只能写成 FILE.pdf 或 FILE.xlsx</translation>
    </message>
</context>
<context>
    <name>cli.cases_bad_date</name>
    <message>
        <location filename="../../inspector/cli/cases.py" line="20"/>
        <source>{option} {text}: not a date (use e.g. 2026-12-04 or 2026-12-04T18:00)</source>
        <translation>{option} {text}：不是日期（请写成 2026-12-04 或 2026-12-04T18:00）</translation>
    </message>
</context>
<context>
    <name>cli.cases_pass_or_fail</name>
    <message>
        <location filename="../../inspector/cli/cases.py" line="22"/>
        <source>cases reinspect needs --pass or --fail</source>
        <translation>cases reinspect 须指定 --pass（通过）或 --fail（未通过）</translation>
    </message>
</context>
<context>
    <name>cli.chain_broken</name>
    <message>
        <location filename="../../inspector/cli/__init__.py" line="40"/>
        <source>audit row {seq} {reason}: the history from there on cannot be trusted</source>
        <translation>审计日志第 {seq} 行{reason}：从这里往后的历史不可信</translation>
    </message>
</context>
<context>
    <name>cli.config_set_usage</name>
    <message>
        <location filename="../../inspector/cli/__init__.py" line="34"/>
        <source>usage: inspector config set KEY VALUE</source>
        <translation>用法：inspector config set 设置项 值</translation>
    </message>
</context>
<context>
    <name>cli.conflicts_usage</name>
    <message>
        <location filename="../../inspector/cli/sync.py" line="25"/>
        <source>usage: inspector conflicts {action} ID</source>
        <translation>用法：inspector conflicts {action} 编号</translation>
    </message>
</context>
<context>
    <name>cli.database_failed</name>
    <message>
        <location filename="../../inspector/cli/__init__.py" line="50"/>
        <source>{database}: {detail} — the change was not made</source>
        <translation>{database}: {detail}——这次修改没有生效</translation>
    </message>
</context>
<context>
    <name>cli.demo_year_alone</name>
    <message>
        <location filename="../../inspector/cli/__init__.py" line="52"/>
        <source>demo --year is a supervisor&apos;s year: it takes no --inspector</source>
        <translation>demo --year 生成督导的一整年数据，不能与 --inspector 同用</translation>
    </message>
</context>
<context>
    <name>cli.more_unexplained</name>
    <message>
        <location filename="../../inspector/cli/__init__.py" line="48"/>
        <source>… and {n} more records the log does not explain</source>
        <translation>……另有 {n} 条记录审计日志无法解释</translation>
    </message>
</context>
<context>
    <name>cli.no_city</name>
    <message>
        <location filename="../../inspector/cli/reports.py" line="24"/>
        <source>warning: no city is set, so the documents name none — set it with: inspector config set city NAME</source>
        <translation>警告：没有设置城市，文件上不会写城市名——请用 inspector config set city 城市名 设置</translation>
    </message>
</context>
<context>
    <name>cli.review_usage</name>
    <message>
        <location filename="../../inspector/cli/sync.py" line="22"/>
        <source>usage: inspector review {action} INSPECTION [--comment TEXT]</source>
        <translation>用法：inspector review {action} 测评编号 [--comment 说明]</translation>
    </message>
</context>
<context>
    <name>cli.sampling_needs</name>
    <message>
        <location filename="../../inspector/cli/rounds.py" line="18"/>
        <source>sampling needs --seed S and --inspectors A,B,… (or --replace SITE to replace one site)</source>
        <translation>抽样需要 --seed 种子 和 --inspectors 测评员甲,测评员乙,…（或用 --replace 点位 替换一个点位）</translation>
    </message>
</context>
<context>
    <name>cli.sent_contradicted</name>
    <message>
        <location filename="../../inspector/cli/__init__.py" line="42"/>
        <source>audit row {seq} is not what package {file} (sent {date}) showed: the log was rewritten after it</source>
        <translation>审计日志第 {seq} 行已不是同步包 {file}（{date} 发出）所示的样子：日志在那之后被改写过</translation>
    </message>
</context>
<context>
    <name>cli.unexplained</name>
    <message>
        <location filename="../../inspector/cli/__init__.py" line="45"/>
        <source>record {record} {reason}: changed outside inspector, the log does not explain it</source>
        <translation>记录 {record} {reason}：在 inspector 之外被改动，审计日志无法解释</translation>
    </message>
</context>
<context>
    <name>demo.no_such_demo_inspector</name>
    <message>
        <location filename="../../inspector/demo.py" line="34"/>
        <source>the demo city&apos;s inspectors are {inspectors}, not &apos;{inspector}&apos;</source>
        <translation>示例城市的测评员是 {inspectors}，没有“{inspector}”</translation>
    </message>
</context>
<context>
    <name>dispatch.any_unit</name>
    <message>
        <location filename="../../inspector/report/dispatch.py" line="23"/>
        <source>any unit</source>
        <translation>任何单位</translation>
    </message>
</context>
<context>
    <name>dispatch.bad_done_at</name>
    <message>
        <location filename="../../inspector/report/dispatch_reply.py" line="26"/>
        <source>{file}, row {row} ({number}): 完成时间 &apos;{text}&apos; is not a date (write e.g. 2026-11-25 or 2026-11-25 16:30)</source>
        <translation>{file} 第 {row} 行（{number}）：完成时间“{text}”不是日期（请写成 2026-11-25 或 2026-11-25 16:30）</translation>
    </message>
</context>
<context>
    <name>dispatch.bad_rows</name>
    <message>
        <location filename="../../inspector/report/dispatch_reply.py" line="38"/>
        <source>{count} rows cannot be read, so nothing was entered:
{rows}</source>
        <translation>{count} 行无法读取，未录入任何内容：
{rows}</translation>
    </message>
</context>
<context>
    <name>dispatch.no_measures</name>
    <message>
        <location filename="../../inspector/report/dispatch_reply.py" line="30"/>
        <source>{file}, row {row} ({number}): 完成时间 or 整改责任人 is filled in but 整改措施 is empty; write what was done</source>
        <translation>{file} 第 {row} 行（{number}）：已填完成时间或整改责任人，但整改措施为空；请填写整改措施</translation>
    </message>
</context>
<context>
    <name>dispatch.no_such_photo</name>
    <message>
        <location filename="../../inspector/report/dispatch_reply.py" line="34"/>
        <source>{file}, row {row} ({number}): the photo &apos;{photo}&apos; named in 整改后照片 is not in the folder {folder}</source>
        <translation>{file} 第 {row} 行（{number}）：“整改后照片”栏写的照片“{photo}”不在文件夹 {folder} 中</translation>
    </message>
</context>
<context>
    <name>dispatch.not_a_sheet</name>
    <message>
        <location filename="../../inspector/report/dispatch_reply.py" line="22"/>
        <source>{file}: not a 交办单 — no row has the headers 编号 and 整改措施</source>
        <translation>{file}：不是交办单——没有一行同时有“编号”和“整改措施”表头</translation>
    </message>
</context>
<context>
    <name>dispatch.nothing_dispatched</name>
    <message>
        <location filename="../../inspector/report/dispatch.py" line="20"/>
        <source>no case is waiting on {unit}: dispatch cases first (inspector cases dispatch N --unit U)</source>
        <translation>没有等待{unit}整改的任务：请先交办（inspector cases dispatch 编号 --unit 单位）</translation>
    </message>
</context>
<context>
    <name>dispatch.unreadable</name>
    <message>
        <location filename="../../inspector/report/dispatch_reply.py" line="25"/>
        <source>{file}: cannot be read as XLSX ({why})</source>
        <translation>{file}：无法作为 XLSX 读取（{why}）</translation>
    </message>
</context>
<context>
    <name>fonts.no_chinese_font</name>
    <message>
        <location filename="../../inspector/fonts.py" line="18"/>
        <source>no Chinese TrueType font found; install fonts-wqy-microhei (./bootstrap.sh does) or set {variable} to a .ttf/.ttc file</source>
        <translation>找不到中文 TrueType 字体；请安装 fonts-wqy-microhei（./bootstrap.sh 会安装），或把 {variable} 设为一个 .ttf/.ttc 文件</translation>
    </message>
</context>
<context>
    <name>fonts.no_such_font_file</name>
    <message>
        <location filename="../../inspector/fonts.py" line="22"/>
        <source>{variable}={override}: no such font file</source>
        <translation>{variable}={override}：没有这个字体文件</translation>
    </message>
</context>
<context>
    <name>forms.alias_taken</name>
    <message>
        <location filename="../../inspector/forms.py" line="84"/>
        <source>alias &apos;{alias}&apos; is already used by category {owner}</source>
        <translation>别名“{alias}”已被点位类型 {owner} 使用</translation>
    </message>
</context>
<context>
    <name>forms.at</name>
    <message>
        <location filename="../../inspector/forms.py" line="26"/>
        <source>{path}{line}: {problem}</source>
        <translation>{path}{line}: {problem}</translation>
    </message>
</context>
<context>
    <name>forms.at_part</name>
    <message>
        <location filename="../../inspector/forms.py" line="27"/>
        <source>{path}{line}: {where}: {problem}</source>
        <translation>{path}{line}: {where}: {problem}</translation>
    </message>
</context>
<context>
    <name>forms.bad_aliases</name>
    <message>
        <location filename="../../inspector/forms.py" line="68"/>
        <source>&apos;aliases&apos; must be a list of names</source>
        <translation>“aliases”必须是名称列表</translation>
    </message>
</context>
<context>
    <name>forms.bad_level</name>
    <message>
        <location filename="../../inspector/forms.py" line="58"/>
        <source>level &apos;{name}&apos; must be between 0 and 1, not {value}</source>
        <translation>等级“{name}”须在 0 到 1 之间，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>forms.bad_levels</name>
    <message>
        <location filename="../../inspector/forms.py" line="42"/>
        <source>&apos;levels&apos; must be a mapping of level name to a fraction, e.g. {{好: 1, 较好: 0.8, 一般: 0.6, 差: 0}}</source>
        <translation>“levels”必须是等级名称到分值的对应，例如 {{好: 1, 较好: 0.8, 一般: 0.6, 差: 0}}</translation>
    </message>
</context>
<context>
    <name>forms.bad_per_problem</name>
    <message>
        <location filename="../../inspector/forms.py" line="65"/>
        <source>&apos;per_problem&apos; must be above 0 and at most 1, not {p}</source>
        <translation>“per_problem”须大于 0 且不超过 1，而不是 {p}</translation>
    </message>
</context>
<context>
    <name>forms.bad_points</name>
    <message>
        <location filename="../../inspector/forms.py" line="47"/>
        <source>&apos;points&apos; must be above 0 with at most 2 decimals, not {text}</source>
        <translation>“points”须大于 0、最多两位小数，而不是 {text}</translation>
    </message>
</context>
<context>
    <name>forms.bad_weight</name>
    <message>
        <location filename="../../inspector/forms.py" line="46"/>
        <source>&apos;weight&apos; must be greater than 0, not {weight}</source>
        <translation>“weight”须大于 0，而不是 {weight}</translation>
    </message>
</context>
<context>
    <name>forms.cannot_read</name>
    <message>
        <location filename="../../inspector/forms.py" line="76"/>
        <source>{path}: cannot read: {error}</source>
        <translation>{path}: 无法读取：{error}</translation>
    </message>
</context>
<context>
    <name>forms.category</name>
    <message>
        <location filename="../../inspector/forms.py" line="30"/>
        <source>category {id}</source>
        <translation>点位类型 {id}</translation>
    </message>
</context>
<context>
    <name>forms.category_n</name>
    <message>
        <location filename="../../inspector/forms.py" line="31"/>
        <source>category #{n}</source>
        <translation>第 {n} 个点位类型</translation>
    </message>
</context>
<context>
    <name>forms.duplicate_id</name>
    <message>
        <location filename="../../inspector/forms.py" line="53"/>
        <source>duplicate id (first used on line {line})</source>
        <translation>编号重复（第 {line} 行已用过）</translation>
    </message>
</context>
<context>
    <name>forms.empty_categories</name>
    <message>
        <location filename="../../inspector/forms.py" line="71"/>
        <source>&apos;categories&apos; must be a non-empty list</source>
        <translation>“categories”必须是非空列表</translation>
    </message>
</context>
<context>
    <name>forms.empty_file</name>
    <message>
        <location filename="../../inspector/forms.py" line="51"/>
        <source>{path}: the file is empty</source>
        <translation>{path}: 文件是空的</translation>
    </message>
</context>
<context>
    <name>forms.empty_items</name>
    <message>
        <location filename="../../inspector/forms.py" line="69"/>
        <source>&apos;items&apos; must be a non-empty list</source>
        <translation>“items”必须是非空列表</translation>
    </message>
</context>
<context>
    <name>forms.form</name>
    <message>
        <location filename="../../inspector/forms.py" line="29"/>
        <source>form</source>
        <translation>测评表</translation>
    </message>
</context>
<context>
    <name>forms.item</name>
    <message>
        <location filename="../../inspector/forms.py" line="32"/>
        <source>item {id}</source>
        <translation>测评标准 {id}</translation>
    </message>
</context>
<context>
    <name>forms.item_of</name>
    <message>
        <location filename="../../inspector/forms.py" line="33"/>
        <source>category {category} item #{n}</source>
        <translation>点位类型 {category} 的第 {n} 条测评标准</translation>
    </message>
</context>
<context>
    <name>forms.key_twice</name>
    <message>
        <location filename="../../inspector/forms.py" line="54"/>
        <source>key &apos;{key}&apos; given twice</source>
        <translation>键“{key}”写了两次</translation>
    </message>
</context>
<context>
    <name>forms.level_twice</name>
    <message>
        <location filename="../../inspector/forms.py" line="61"/>
        <source>level &apos;{name}&apos; given twice</source>
        <translation>等级“{name}”写了两次</translation>
    </message>
</context>
<context>
    <name>forms.missing_key</name>
    <message>
        <location filename="../../inspector/forms.py" line="55"/>
        <source>missing &apos;{key}&apos;</source>
        <translation>缺少“{key}”</translation>
    </message>
</context>
<context>
    <name>forms.no_categories</name>
    <message>
        <location filename="../../inspector/forms.py" line="52"/>
        <source>missing &apos;categories&apos;</source>
        <translation>缺少“categories”</translation>
    </message>
</context>
<context>
    <name>forms.no_items</name>
    <message>
        <location filename="../../inspector/forms.py" line="50"/>
        <source>missing &apos;items&apos;</source>
        <translation>缺少“items”</translation>
    </message>
</context>
<context>
    <name>forms.no_such_file</name>
    <message>
        <location filename="../../inspector/forms.py" line="74"/>
        <source>{path}: no such file</source>
        <translation>{path}: 没有这个文件</translation>
    </message>
</context>
<context>
    <name>forms.not_a_mapping</name>
    <message>
        <location filename="../../inspector/forms.py" line="38"/>
        <source>expected a mapping of keys</source>
        <translation>这里应是键值对</translation>
    </message>
</context>
<context>
    <name>forms.not_a_number</name>
    <message>
        <location filename="../../inspector/forms.py" line="56"/>
        <source>&apos;{key}&apos; must be a number, not &apos;{text}&apos;</source>
        <translation>“{key}”必须是数字，而不是“{text}”</translation>
    </message>
</context>
<context>
    <name>forms.not_boolean</name>
    <message>
        <location filename="../../inspector/forms.py" line="34"/>
        <source>&apos;{key}&apos; must be true or false, not &apos;{text}&apos;</source>
        <translation>“{key}”必须是 true 或 false，而不是“{text}”</translation>
    </message>
</context>
<context>
    <name>forms.not_finite</name>
    <message>
        <location filename="../../inspector/forms.py" line="40"/>
        <source>&apos;{key}&apos; must be a finite number, not &apos;{text}&apos;</source>
        <translation>“{key}”必须是有限的数字，而不是“{text}”</translation>
    </message>
</context>
<context>
    <name>forms.not_single</name>
    <message>
        <location filename="../../inspector/forms.py" line="39"/>
        <source>&apos;{key}&apos; must be a single value</source>
        <translation>“{key}”必须是单个值</translation>
    </message>
</context>
<context>
    <name>forms.not_utf8</name>
    <message>
        <location filename="../../inspector/forms.py" line="75"/>
        <source>{path}: not UTF-8 text</source>
        <translation>{path}: 不是 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>forms.not_whole</name>
    <message>
        <location filename="../../inspector/forms.py" line="57"/>
        <source>&apos;{key}&apos; must be a whole number, not &apos;{text}&apos;</source>
        <translation>“{key}”必须是整数，而不是“{text}”</translation>
    </message>
</context>
<context>
    <name>forms.not_yaml</name>
    <message>
        <location filename="../../inspector/forms.py" line="70"/>
        <source>{path}{line}: not valid YAML: {problem}</source>
        <translation>{path}{line}: 不是有效的 YAML：{problem}</translation>
    </message>
</context>
<context>
    <name>forms.points_do_not_add_up</name>
    <message>
        <location filename="../../inspector/forms.py" line="81"/>
        <source>category points add up to {sum}, not the total {total}</source>
        <translation>各点位类型的分值合计为 {sum}，不等于总分 {total}</translation>
    </message>
</context>
<context>
    <name>forms.problems</name>
    <message>
        <location filename="../../inspector/forms.py" line="28"/>
        <source>{lines}</source>
        <translation>{lines}</translation>
    </message>
</context>
<context>
    <name>forms.shipped_missing</name>
    <message>
        <location filename="../../inspector/forms.py" line="35"/>
        <source>the shipped forms are missing from this installation</source>
        <translation>本安装缺少随程序发布的测评表</translation>
    </message>
</context>
<context>
    <name>forms.too_small</name>
    <message>
        <location filename="../../inspector/forms.py" line="41"/>
        <source>&apos;{key}&apos; must be at least {minimum}, not {value}</source>
        <translation>“{key}”至少为 {minimum}，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>forms.unknown_key</name>
    <message>
        <location filename="../../inspector/forms.py" line="77"/>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>未知的键“{key}”（允许：{allowed}）</translation>
    </message>
</context>
<context>
    <name>forms.unknown_kind</name>
    <message>
        <location filename="../../inspector/forms.py" line="78"/>
        <source>unknown kind &apos;{kind}&apos; (check, deduct, grade or quota)</source>
        <translation>未知的类型“{kind}”（check、deduct、grade 或 quota）</translation>
    </message>
</context>
<context>
    <name>forms.wrong_kind_parameter</name>
    <message>
        <location filename="../../inspector/forms.py" line="62"/>
        <source>&apos;{param}&apos; belongs to {kinds} items, not {kind}</source>
        <translation>“{param}”属于 {kinds} 类测评标准，而不是 {kind}</translation>
    </message>
</context>
<context>
    <name>handout.nobody_assigned</name>
    <message>
        <location filename="../../inspector/sync/handout.py" line="27"/>
        <source>round &apos;{round}&apos; has no assigned sites yet: draw and assign its sample first</source>
        <translation>测评轮次“{round}”还没有分配点位：请先抽样并分配</translation>
    </message>
</context>
<context>
    <name>handout.not_a_folder</name>
    <message>
        <location filename="../../inspector/sync/handout.py" line="30"/>
        <source>{path} is not a folder</source>
        <translation>{path} 不是文件夹</translation>
    </message>
</context>
<context>
    <name>handout.not_a_supervisor</name>
    <message>
        <location filename="../../inspector/sync/handout.py" line="23"/>
        <source>only a supervisor hands out work; this computer is an inspector&apos;s (&apos;inspector config set role supervisor&apos; on the supervisor&apos;s computer)</source>
        <translation>只有督导可以发给测评员；这台电脑是测评员的（督导的电脑上运行 inspector config set role supervisor）</translation>
    </message>
</context>
<context>
    <name>hub.bad_body</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="68"/>
        <source>the hub could not read the request: {detail}</source>
        <translation>市级平台无法读取请求：{detail}</translation>
    </message>
</context>
<context>
    <name>hub.bad_chunk</name>
    <message>
        <location filename="../../inspector/hub/send.py" line="39"/>
        <source>{env}={text}: not a number of bytes from {least} to {most}</source>
        <translation>{env}={text}：不是 {least} 到 {most} 之间的字节数</translation>
    </message>
</context>
<context>
    <name>hub.bad_listen</name>
    <message>
        <location filename="../../inspector/cli/hub.py" line="23"/>
        <source>--listen {text}: not HOST:PORT</source>
        <translation>--listen {text}：不是 主机:端口</translation>
    </message>
</context>
<context>
    <name>hub.bad_signature</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="52"/>
        <source>the hub refused the request: its signature does not match</source>
        <translation>市级平台拒绝了请求：签名不符</translation>
    </message>
</context>
<context>
    <name>hub.bad_url</name>
    <message>
        <location filename="../../inspector/hub/client.py" line="55"/>
        <source>{url}: not a hub address (use http://HOST:PORT)</source>
        <translation>{url}：不是市级平台地址（请使用 http://主机:端口）</translation>
    </message>
</context>
<context>
    <name>hub.confirm_needed</name>
    <message>
        <location filename="../../inspector/cli/hub.py" line="31"/>
        <source>the hub&apos;s key is {fingerprint}: compare it with the one its admin shows (&apos;inspector hub init&apos; prints it), then run &apos;inspector hub connect {url} --fingerprint {fingerprint}&apos;</source>
        <translation>市级平台的密钥是 {fingerprint}：请与其管理员出示的指纹核对（&apos;inspector hub init&apos; 会显示），然后运行 &apos;inspector hub connect {url} --fingerprint {fingerprint}&apos;</translation>
    </message>
</context>
<context>
    <name>hub.damaged_download</name>
    <message>
        <location filename="../../inspector/hub/client.py" line="56"/>
        <source>package {sha} arrived damaged from the hub; pull again</source>
        <translation>从市级平台收到的同步包 {sha} 已损坏，请重新拉取</translation>
    </message>
</context>
<context>
    <name>hub.database_down</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="76"/>
        <source>the hub&apos;s database is unavailable; try again in a moment</source>
        <translation>市级平台的数据库暂时不可用，请稍后再试</translation>
    </message>
</context>
<context>
    <name>hub.db_failed</name>
    <message>
        <location filename="../../inspector/cli/hub.py" line="38"/>
        <source>the hub&apos;s database: {detail}</source>
        <translation>市级平台的数据库：{detail}</translation>
    </message>
</context>
<context>
    <name>hub.fingerprint_differs</name>
    <message>
        <location filename="../../inspector/hub/client.py" line="52"/>
        <source>the hub at {url} has the key {actual}, not {expected} — not connected</source>
        <translation>市级平台 {url} 的密钥是 {actual}，而不是 {expected}——未连接</translation>
    </message>
</context>
<context>
    <name>hub.history_rewritten</name>
    <message>
        <location filename="../../inspector/hub/receive.py" line="33"/>
        <source>{source}: the history of device {device} was rewritten after package {file} (applied {date}): its audit log no longer holds row {seq} as that package showed it — refused by the hub; if that laptop was restored from a backup, its hub&apos;s admin runs &apos;inspector hub devices reset-history {fingerprint}&apos;</source>
        <translation>{source}：设备 {device} 的历史在同步包 {file}（{date} 应用）之后被改写：其审计日志第 {seq} 行已与该同步包所示不同——市级平台拒收；如该笔记本是从备份恢复的，请市级平台管理员运行 &apos;inspector hub devices reset-history {fingerprint}&apos;</translation>
    </message>
</context>
<context>
    <name>hub.impostor</name>
    <message>
        <location filename="../../inspector/hub/client.py" line="47"/>
        <source>the answer from {url} is not signed by the hub this computer connected to ({fingerprint}) — nothing was sent or received; if the hub&apos;s key really changed, connect again</source>
        <translation>来自 {url} 的应答没有本机所连接市级平台（{fingerprint}）的签名——未发送也未接收任何内容；如果市级平台的密钥确实更换了，请重新连接</translation>
    </message>
</context>
<context>
    <name>hub.no_db</name>
    <message>
        <location filename="../../inspector/cli/hub.py" line="21"/>
        <source>which hub database? --db postgresql://… (or ${env})</source>
        <translation>哪个市级平台数据库？--db postgresql://…（或设置 ${env}）</translation>
    </message>
</context>
<context>
    <name>hub.no_key</name>
    <message>
        <location filename="../../inspector/hub/hubkey.py" line="14"/>
        <source>the hub&apos;s database has no key yet: run &apos;inspector hub init --db …&apos; first</source>
        <translation>市级平台的数据库还没有密钥：请先运行 &apos;inspector hub init --db …&apos;</translation>
    </message>
</context>
<context>
    <name>hub.no_such_key</name>
    <message>
        <location filename="../../inspector/cli/hub.py" line="24"/>
        <source>no device key {fingerprint} is known to the hub: inspector hub devices list</source>
        <translation>市级平台不认识设备密钥 {fingerprint}：inspector hub devices list</translation>
    </message>
</context>
<context>
    <name>hub.no_such_package</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="67"/>
        <source>the hub has no package {sha}</source>
        <translation>市级平台没有同步包 {sha}</translation>
    </message>
</context>
<context>
    <name>hub.not_confirmed</name>
    <message>
        <location filename="../../inspector/cli/hub.py" line="29"/>
        <source>not connected: the hub&apos;s fingerprint was not confirmed</source>
        <translation>未连接：市级平台的指纹未经确认</translation>
    </message>
</context>
<context>
    <name>hub.not_connected</name>
    <message>
        <location filename="../../inspector/hub/client.py" line="42"/>
        <source>this computer is not connected to a hub: inspector hub connect URL</source>
        <translation>本机尚未连接市级平台：inspector hub connect URL</translation>
    </message>
</context>
<context>
    <name>hub.not_initialised</name>
    <message>
        <location filename="../../inspector/hub/db.py" line="31"/>
        <source>the hub&apos;s database is at schema {have}, this inspector needs {want}: run &apos;inspector hub init --db …&apos; first</source>
        <translation>市级平台的数据库结构为第 {have} 版，本程序需要第 {want} 版：请先运行 &apos;inspector hub init --db …&apos;</translation>
    </message>
</context>
<context>
    <name>hub.not_the_sender</name>
    <message>
        <location filename="../../inspector/hub/receive.py" line="29"/>
        <source>{source}: the package is signed by device {signer}, not by the device that sent it ({sender}) — a laptop pushes only its own packages</source>
        <translation>{source}：此同步包由设备 {signer} 签名，而不是发送它的设备（{sender}）——每台电脑只能推送自己的同步包</translation>
    </message>
</context>
<context>
    <name>hub.not_trusted</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="59"/>
        <source>the hub does not trust this computer yet: ask the hub&apos;s admin to run &apos;inspector hub devices trust {fingerprint} --role inspector|supervisor&apos;</source>
        <translation>市级平台尚未信任本机：请市级平台管理员运行 &apos;inspector hub devices trust {fingerprint} --role inspector|supervisor&apos;</translation>
    </message>
</context>
<context>
    <name>hub.photo_not_its_name</name>
    <message>
        <location filename="../../inspector/hub/receive.py" line="43"/>
        <source>{source}: photo {sha} is not the photo its name says</source>
        <translation>{source}：照片 {sha} 与其文件名所示的照片不符</translation>
    </message>
</context>
<context>
    <name>hub.records_too_large</name>
    <message>
        <location filename="../../inspector/hub/receive.py" line="39"/>
        <source>{source}: its {entry} is {size} bytes, more than this hub reads into memory ({limit}, &apos;hub serve --max-records&apos;): import the package from its file on a supervisor&apos;s laptop</source>
        <translation>{source}：其 {entry} 有 {size} 字节，超过本中心库读入内存的上限（{limit}，&apos;hub serve --max-records&apos;）：请在督导的电脑上从文件导入该同步包</translation>
    </message>
</context>
<context>
    <name>hub.refused_key</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="63"/>
        <source>the hub&apos;s admin refused this computer&apos;s key ({fingerprint})</source>
        <translation>市级平台管理员已拒绝本机的密钥（{fingerprint}）</translation>
    </message>
</context>
<context>
    <name>hub.replayed</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="58"/>
        <source>the hub refused the request: it was sent before</source>
        <translation>市级平台拒绝了请求：该请求已发送过（重放）</translation>
    </message>
</context>
<context>
    <name>hub.said</name>
    <message>
        <location filename="../../inspector/hub/client.py" line="51"/>
        <source>the hub answered {status}: {text}</source>
        <translation>市级平台答复 {status}：{text}</translation>
    </message>
</context>
<context>
    <name>hub.several_keys</name>
    <message>
        <location filename="../../inspector/cli/hub.py" line="27"/>
        <source>{fingerprint} names {n} keys; give more of the fingerprint</source>
        <translation>{fingerprint} 对应 {n} 个密钥，请给出更长的指纹</translation>
    </message>
</context>
<context>
    <name>hub.stale</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="54"/>
        <source>the hub refused the request: this computer&apos;s clock is more than {minutes} minutes from the hub&apos;s — check the date, time and time zone</source>
        <translation>市级平台拒绝了请求：本机时钟与市级平台相差超过 {minutes} 分钟——请检查日期、时间和时区</translation>
    </message>
</context>
<context>
    <name>hub.too_large</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="65"/>
        <source>the hub refused the request: its body is larger than {limit} bytes</source>
        <translation>市级平台拒绝了请求：内容超过 {limit} 字节</translation>
    </message>
</context>
<context>
    <name>hub.unreachable</name>
    <message>
        <location filename="../../inspector/hub/client.py" line="44"/>
        <source>the hub at {url} cannot be reached ({detail}); nothing was sent or received — work on offline, and try again later</source>
        <translation>无法连接市级平台 {url}（{detail}）；未发送也未接收任何内容——可继续离线工作，稍后再试</translation>
    </message>
</context>
<context>
    <name>hub.unreachable_db</name>
    <message>
        <location filename="../../inspector/hub/db.py" line="29"/>
        <source>cannot open the hub&apos;s database {db}: {detail}</source>
        <translation>无法打开市级平台的数据库 {db}：{detail}</translation>
    </message>
</context>
<context>
    <name>hub.upload_mismatch</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="72"/>
        <source>the hub refused the upload: its {size} bytes are not package {sha}, so they were discarded — push again</source>
        <translation>市级平台拒绝了本次上传：收到的 {size} 字节不是同步包 {sha}，已丢弃——请重新推送</translation>
    </message>
</context>
<context>
    <name>hub.wrong_offset</name>
    <message>
        <location filename="../../inspector/hub/server.py" line="69"/>
        <source>the hub refused the chunk at byte {offset}: it holds {held} bytes of this upload</source>
        <translation>市级平台拒绝了从第 {offset} 字节开始的数据块：本次上传它已收到 {held} 字节</translation>
    </message>
</context>
<context>
    <name>inspections.answer_contradicts</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="46"/>
        <source>problems recorded on {item}: {n} — that answer would pass it; delete them first, or keep 不符合</source>
        <translation>{item} 已记录 {n} 个问题——该答案会判为合格；请先删除这些问题，或保持不符合</translation>
    </message>
</context>
<context>
    <name>inspections.count_at_least_one</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="31"/>
        <source>a problem counts at least 1</source>
        <translation>扣分问题的数量至少为 1</translation>
    </message>
</context>
<context>
    <name>inspections.failed_without_problem</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="39"/>
        <source>items {items} failed: record the problem (N) with a photo first</source>
        <translation>测评标准 {items} 不符合：请先记录扣分问题（N）并附照片</translation>
    </message>
</context>
<context>
    <name>inspections.item_answer</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="45"/>
        <source>{item}: {detail}</source>
        <translation>{item}：{detail}</translation>
    </message>
</context>
<context>
    <name>inspections.no_such_problem</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="33"/>
        <source>no problem {problem}</source>
        <translation>没有扣分问题 {problem}</translation>
    </message>
</context>
<context>
    <name>inspections.not_started</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="36"/>
        <source>this site has not been started</source>
        <translation>这个点位还没有开始测评</translation>
    </message>
</context>
<context>
    <name>inspections.photo_not_attached</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="34"/>
        <source>photo {sha} is not attached here</source>
        <translation>照片 {sha} 没有附在这里</translation>
    </message>
</context>
<context>
    <name>inspections.photos_missing</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="41"/>
        <source>{n} problems on items that require a photo have none yet (P to add photos)</source>
        <translation>有 {n} 个扣分问题所在的测评标准要求附照片，但还没有照片（按 P 添加）</translation>
    </message>
</context>
<context>
    <name>inspections.reason_needed</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="43"/>
        <source>say why the site could not be inspected</source>
        <translation>请说明无法测评的原因</translation>
    </message>
</context>
<context>
    <name>inspections.unanswered</name>
    <message>
        <location filename="../../inspector/actions/inspections.py" line="37"/>
        <source>items {items} have no answer yet (answer them or mark them 不适用)</source>
        <translation>测评标准 {items} 还没有结论（请作答或标为不适用）</translation>
    </message>
</context>
<context>
    <name>interchange.bad_count</name>
    <message>
        <location filename="../../inspector/interchange.py" line="43"/>
        <source>{where}: &apos;count&apos; must be a whole number of at least 1, not {count}</source>
        <translation>{where}：“count”必须是不小于 1 的整数，而不是 {count}</translation>
    </message>
</context>
<context>
    <name>interchange.bad_value</name>
    <message>
        <location filename="../../inspector/interchange.py" line="63"/>
        <source>{where}: item {item}: {detail}, not {value}</source>
        <translation>{where}：测评标准 {item}：{detail}，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>interchange.check_takes</name>
    <message>
        <location filename="../../inspector/interchange.py" line="69"/>
        <source>a check item takes &quot;pass&quot;, &quot;fail&quot; or &quot;na&quot;</source>
        <translation>判定类标准只接受 &quot;pass&quot;、&quot;fail&quot; 或 &quot;na&quot;</translation>
    </message>
</context>
<context>
    <name>interchange.deduct_takes</name>
    <message>
        <location filename="../../inspector/interchange.py" line="72"/>
        <source>a deduct item takes &quot;{answered}&quot; or &quot;na&quot; (its deduction comes from the counts of its problems)</source>
        <translation>扣分类标准只接受 &quot;{answered}&quot; 或 &quot;na&quot;（扣分来自其问题的数量）</translation>
    </message>
</context>
<context>
    <name>interchange.finished_unanswered</name>
    <message>
        <location filename="../../inspector/interchange.py" line="59"/>
        <source>{where}: marked finished but items {items} have no answer (answer them or mark them &quot;na&quot;)</source>
        <translation>{where}：标为已完成，但测评标准 {items} 还没有结论（请作答或标为 &quot;na&quot;）</translation>
    </message>
</context>
<context>
    <name>interchange.grade_takes</name>
    <message>
        <location filename="../../inspector/interchange.py" line="76"/>
        <source>a grade item takes one of {levels} or &quot;na&quot;</source>
        <translation>分级类标准只接受 {levels} 之一或 &quot;na&quot;</translation>
    </message>
</context>
<context>
    <name>interchange.id_twice</name>
    <message>
        <location filename="../../inspector/interchange.py" line="52"/>
        <source>{where}: id {id} appears twice in the file</source>
        <translation>{where}：编号 {id} 在文件中出现两次</translation>
    </message>
</context>
<context>
    <name>interchange.in</name>
    <message>
        <location filename="../../inspector/interchange.py" line="62"/>
        <source>{where}: {detail}</source>
        <translation>{where}：{detail}</translation>
    </message>
</context>
<context>
    <name>interchange.inspections_not_list</name>
    <message>
        <location filename="../../inspector/interchange.py" line="26"/>
        <source>{source}: &apos;inspections&apos; must be a list</source>
        <translation>{source}: “inspections”必须是列表</translation>
    </message>
</context>
<context>
    <name>interchange.must_be_list</name>
    <message>
        <location filename="../../inspector/interchange.py" line="38"/>
        <source>{where}: &apos;{key}&apos; must be a list</source>
        <translation>{where}：“{key}”必须是列表</translation>
    </message>
</context>
<context>
    <name>interchange.must_be_object</name>
    <message>
        <location filename="../../inspector/interchange.py" line="39"/>
        <source>{where}: must be an object</source>
        <translation>{where}：必须是对象</translation>
    </message>
</context>
<context>
    <name>interchange.must_be_text</name>
    <message>
        <location filename="../../inspector/interchange.py" line="22"/>
        <source>{where}: &apos;{key}&apos; must be text</source>
        <translation>{where}：“{key}”必须是文本</translation>
    </message>
</context>
<context>
    <name>interchange.not_a_standard</name>
    <message>
        <location filename="../../inspector/interchange.py" line="56"/>
        <source>{where}: item {item} is not a standard of {category}</source>
        <translation>{where}：测评标准 {item} 不属于{category}</translation>
    </message>
</context>
<context>
    <name>interchange.not_a_standard_quoted</name>
    <message>
        <location filename="../../inspector/interchange.py" line="40"/>
        <source>{where}: item &apos;{item}&apos; is not a standard of {category}</source>
        <translation>{where}：测评标准“{item}”不属于{category}</translation>
    </message>
</context>
<context>
    <name>interchange.not_one_of</name>
    <message>
        <location filename="../../inspector/interchange.py" line="53"/>
        <source>{where}: &apos;{key}&apos; is &apos;{value}&apos;, expected one of {allowed}</source>
        <translation>{where}：“{key}”为“{value}”，应为 {allowed} 之一</translation>
    </message>
</context>
<context>
    <name>interchange.not_results</name>
    <message>
        <location filename="../../inspector/interchange.py" line="23"/>
        <source>{source}: not an inspector results file (expected &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{source}: 不是 inspector 的测评结果文件（应有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
</context>
<context>
    <name>interchange.notes_not_object</name>
    <message>
        <location filename="../../inspector/interchange.py" line="32"/>
        <source>{where}: &apos;notes&apos; must be an object of item id → text</source>
        <translation>{where}：“notes”必须是 测评标准编号 → 文本 的对象</translation>
    </message>
</context>
<context>
    <name>interchange.quota_takes</name>
    <message>
        <location filename="../../inspector/interchange.py" line="66"/>
        <source>a quota item takes the number found (0 or more) or &quot;na&quot;</source>
        <translation>数量类标准只接受找到的数量（0 或以上）或 &quot;na&quot;</translation>
    </message>
</context>
<context>
    <name>interchange.reason_needed</name>
    <message>
        <location filename="../../inspector/interchange.py" line="35"/>
        <source>{where}: &apos;could not inspect&apos; needs a &apos;reason&apos;</source>
        <translation>{where}：“无法测评”须写明“reason”</translation>
    </message>
</context>
<context>
    <name>interchange.responses_not_object</name>
    <message>
        <location filename="../../inspector/interchange.py" line="29"/>
        <source>{where}: &apos;responses&apos; must be an object of item id → answer</source>
        <translation>{where}：“responses”必须是 测评标准编号 → 结论 的对象</translation>
    </message>
</context>
<context>
    <name>interchange.site_missing</name>
    <message>
        <location filename="../../inspector/interchange.py" line="46"/>
        <source>{where}: &apos;site&apos; (a site name or id) is missing</source>
        <translation>{where}：缺少“site”（点位名称或编号）</translation>
    </message>
</context>
<context>
    <name>interchange.type_not_in_form</name>
    <message>
        <location filename="../../inspector/interchange.py" line="49"/>
        <source>{where}: site type &apos;{category}&apos; is not in form {form}</source>
        <translation>{where}：点位类型“{category}”不在测评表 {form} 中</translation>
    </message>
</context>
<context>
    <name>interchange.where_inspection</name>
    <message>
        <location filename="../../inspector/interchange.py" line="18"/>
        <source>{file}: inspection #{n}</source>
        <translation>{file}: 第 {n} 条测评</translation>
    </message>
</context>
<context>
    <name>interchange.where_inspection_at</name>
    <message>
        <location filename="../../inspector/interchange.py" line="19"/>
        <source>{file}: inspection #{n} ({site})</source>
        <translation>{file}: 第 {n} 条测评（{site}）</translation>
    </message>
</context>
<context>
    <name>interchange.where_problem</name>
    <message>
        <location filename="../../inspector/interchange.py" line="21"/>
        <source>{where} problem #{n}</source>
        <translation>{where} 第 {n} 个问题</translation>
    </message>
</context>
<context>
    <name>output.cannot_create_folder</name>
    <message>
        <location filename="../../inspector/output.py" line="43"/>
        <source>{folder}: cannot create the folder — {cause}</source>
        <translation>{folder}: 无法创建文件夹——{cause}</translation>
    </message>
</context>
<context>
    <name>output.cannot_write</name>
    <message>
        <location filename="../../inspector/output.py" line="45"/>
        <source>{path}: cannot write the file — {cause}; nothing was left half-written</source>
        <translation>{path}: 无法写入文件——{cause}；没有留下写了一半的文件</translation>
    </message>
</context>
<context>
    <name>output.cannot_write_folder_there</name>
    <message>
        <location filename="../../inspector/output.py" line="48"/>
        <source>{path}: cannot write the file — a folder has that name</source>
        <translation>{path}: 无法写入文件——已有同名文件夹</translation>
    </message>
</context>
<context>
    <name>output.disk_full</name>
    <message>
        <location filename="../../inspector/output.py" line="26"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
</context>
<context>
    <name>output.drive_failed</name>
    <message>
        <location filename="../../inspector/output.py" line="32"/>
        <source>the drive failed or was removed while writing</source>
        <translation>写入时磁盘出错或被拔出</translation>
    </message>
</context>
<context>
    <name>output.drive_removed</name>
    <message>
        <location filename="../../inspector/output.py" line="34"/>
        <source>the drive was removed while writing</source>
        <translation>写入时磁盘被拔出</translation>
    </message>
</context>
<context>
    <name>output.file_is_there</name>
    <message>
        <location filename="../../inspector/output.py" line="24"/>
        <source>a file has that name</source>
        <translation>已有同名文件</translation>
    </message>
</context>
<context>
    <name>output.folder_is_there</name>
    <message>
        <location filename="../../inspector/output.py" line="23"/>
        <source>a folder has that name</source>
        <translation>已有同名文件夹</translation>
    </message>
</context>
<context>
    <name>output.name_too_long</name>
    <message>
        <location filename="../../inspector/output.py" line="35"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
</context>
<context>
    <name>output.not_writable</name>
    <message>
        <location filename="../../inspector/output.py" line="29"/>
        <source>permission denied: the folder is not writable</source>
        <translation>没有权限：该文件夹不可写</translation>
    </message>
</context>
<context>
    <name>output.os_says</name>
    <message>
        <location filename="../../inspector/output.py" line="42"/>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
</context>
<context>
    <name>output.path_through_file</name>
    <message>
        <location filename="../../inspector/output.py" line="37"/>
        <source>part of the path is a file, not a folder</source>
        <translation>路径中有一段是文件而不是文件夹</translation>
    </message>
</context>
<context>
    <name>output.quota</name>
    <message>
        <location filename="../../inspector/output.py" line="27"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
</context>
<context>
    <name>output.read_only</name>
    <message>
        <location filename="../../inspector/output.py" line="31"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
</context>
<context>
    <name>output.too_large</name>
    <message>
        <location filename="../../inspector/output.py" line="28"/>
        <source>the file is too large for this disk</source>
        <translation>文件对这个磁盘来说太大</translation>
    </message>
</context>
<context>
    <name>overdue.nothing_overdue</name>
    <message>
        <location filename="../../inspector/report/overdue_pdf.py" line="40"/>
        <source>no case of {unit} is overdue (超期) or marked for supervision (督办): no 督办单 written</source>
        <translation>{unit}没有超期或列为督办的问题：未生成督办单</translation>
    </message>
</context>
<context>
    <name>overdue.nothing_with_warning</name>
    <message>
        <location filename="../../inspector/report/overdue_pdf.py" line="43"/>
        <source>no case of {unit} is overdue (超期), near its due time (预警) or marked for supervision (督办): no 督办单 written</source>
        <translation>{unit}没有超期、预警或列为督办的问题：未生成督办单</translation>
    </message>
</context>
<context>
    <name>package.absolute</name>
    <message>
        <location filename="../../inspector/sync/package/format.py" line="75"/>
        <source>is an absolute path</source>
        <translation>是绝对路径</translation>
    </message>
</context>
<context>
    <name>package.backslash</name>
    <message>
        <location filename="../../inspector/sync/package/format.py" line="74"/>
        <source>contains a backslash</source>
        <translation>含有反斜杠</translation>
    </message>
</context>
<context>
    <name>package.bad_characters</name>
    <message>
        <location filename="../../inspector/sync/package/format.py" line="80"/>
        <source>contains characters not allowed in file names</source>
        <translation>含有文件名中不允许的字符</translation>
    </message>
</context>
<context>
    <name>package.bad_entry_name</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="127"/>
        <source>entry {name} {detail} — refused</source>
        <translation>条目 {name} {detail}——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.bad_signature</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="64"/>
        <source>the signature does not match — the file was changed or damaged after it was made</source>
        <translation>签名不符 — 文件生成后被改动或已损坏</translation>
    </message>
</context>
<context>
    <name>package.cannot_open</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="173"/>
        <source>{file}: cannot be opened: {error}</source>
        <translation>{file}: 无法打开：{error}</translation>
    </message>
</context>
<context>
    <name>package.changed_while_checked</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="108"/>
        <source>the file changed while it was being checked — try again</source>
        <translation>检查期间文件发生了变化——请重试</translation>
    </message>
</context>
<context>
    <name>package.changed_while_written</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="183"/>
        <source>{path}: the file changed while the package was being written — make the package again</source>
        <translation>{path}: 生成同步包时文件发生了变化——请重新生成</translation>
    </message>
</context>
<context>
    <name>package.cut_off</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="38"/>
        <source>the end of the file is missing — it was cut off while copying; copy it again</source>
        <translation>文件末尾缺失 — 复制时被截断，请重新复制</translation>
    </message>
</context>
<context>
    <name>package.directory_damaged</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="124"/>
        <source>the central directory is damaged</source>
        <translation>中央目录已损坏</translation>
    </message>
</context>
<context>
    <name>package.directory_outside</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="82"/>
        <source>the central directory lies outside the archive</source>
        <translation>中央目录位于压缩包之外</translation>
    </message>
</context>
<context>
    <name>package.drive_letter</name>
    <message>
        <location filename="../../inspector/sync/package/format.py" line="76"/>
        <source>starts with a drive letter</source>
        <translation>以盘符开头</translation>
    </message>
</context>
<context>
    <name>package.empty_name</name>
    <message>
        <location filename="../../inspector/sync/package/format.py" line="73"/>
        <source>has an empty name</source>
        <translation>名称为空</translation>
    </message>
</context>
<context>
    <name>package.entries_not_list</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="74"/>
        <source>&apos;entries&apos; is not a list</source>
        <translation>“entries”不是列表</translation>
    </message>
</context>
<context>
    <name>package.entry_bomb</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="159"/>
        <source>entry {name} expands beyond the limit of {limit} — refused as a possible zip bomb</source>
        <translation>条目 {name} 解压后超过上限 {limit}——疑为压缩炸弹，已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_compression</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="143"/>
        <source>entry {name} uses an unsupported compression method</source>
        <translation>条目 {name} 使用了不支持的压缩方式</translation>
    </message>
</context>
<context>
    <name>package.entry_directory</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="134"/>
        <source>entry {name} is a directory — refused</source>
        <translation>条目 {name} 是文件夹——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_encrypted</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="140"/>
        <source>entry {name} is encrypted — refused</source>
        <translation>条目 {name} 已加密——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_hash_differs</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="91"/>
        <source>entry {name} does not match its SHA-256 in the manifest — refused</source>
        <translation>条目 {name} 与清单中的 SHA-256 不符——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_larger</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="165"/>
        <source>entry {name} is larger than the manifest says ({size} bytes) — refused</source>
        <translation>条目 {name} 比清单所写的（{size} 字节）大——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_missing</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="149"/>
        <source>entry {name} is listed in the manifest but missing from the package</source>
        <translation>条目 {name} 列在清单中，但同步包里没有</translation>
    </message>
</context>
<context>
    <name>package.entry_no_name</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="112"/>
        <source>an entry has no name</source>
        <translation>有条目没有名称</translation>
    </message>
</context>
<context>
    <name>package.entry_not_listed</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="146"/>
        <source>entry {name} is not listed in the manifest — refused</source>
        <translation>条目 {name} 未列在清单中——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_not_object</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="111"/>
        <source>an entry is not an object</source>
        <translation>有条目不是对象</translation>
    </message>
</context>
<context>
    <name>package.entry_not_regular</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="137"/>
        <source>entry {name} is not a regular file — refused</source>
        <translation>条目 {name} 不是普通文件——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_over_allowed</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="169"/>
        <source>entry {name} is {size}, more than the {limit} allowed for it — refused</source>
        <translation>条目 {name} 大小为 {size}，超过允许的 {limit}——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_size_differs</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="88"/>
        <source>entry {name} has {got} bytes but the manifest says {size} — refused</source>
        <translation>条目 {name} 有 {got} 字节，但清单写的是 {size}——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_symlink</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="131"/>
        <source>entry {name} is a symbolic link — refused</source>
        <translation>条目 {name} 是符号链接——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_too_large</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="119"/>
        <source>entry {name} is {size}, more than the limit of {limit} — refused</source>
        <translation>条目 {name} 大小为 {size}，超过上限 {limit}——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_too_large_to_send</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="177"/>
        <source>{file}: {entry} is {size}, more than a package may hold ({limit})</source>
        <translation>{file}: {entry} 大小为 {size}，超过了同步包的容量（{limit}）</translation>
    </message>
</context>
<context>
    <name>package.entry_twice</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="128"/>
        <source>entry {name} appears more than once in the package — refused</source>
        <translation>条目 {name} 在同步包中重复出现——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.entry_unreadable</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="27"/>
        <source>entry {name} cannot be read ({detail}) — the file is damaged or was not made by inspector</source>
        <translation>条目 {name} 无法读取（{detail}）——文件已损坏，或不是 inspector 生成的</translation>
    </message>
</context>
<context>
    <name>package.extra_not_object</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="73"/>
        <source>&apos;extra&apos; is not an object</source>
        <translation>“extra”不是对象</translation>
    </message>
</context>
<context>
    <name>package.fingerprint_mismatch</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="67"/>
        <source>the manifest&apos;s fingerprint does not match its public key</source>
        <translation>清单中的指纹与其公钥不符</translation>
    </message>
</context>
<context>
    <name>package.first_not_manifest</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="85"/>
        <source>the package&apos;s first entry is not its manifest (manifest.json)</source>
        <translation>同步包的第一个条目不是清单（manifest.json）</translation>
    </message>
</context>
<context>
    <name>package.first_not_manifest_damaged</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="50"/>
        <source>the package&apos;s first entry is not its manifest (manifest.json) — the file is damaged or was not made by inspector</source>
        <translation>同步包的第一个条目不是清单（manifest.json）——文件已损坏，或不是 inspector 生成的</translation>
    </message>
</context>
<context>
    <name>package.forms_not_list</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="72"/>
        <source>&apos;forms&apos; is not a list</source>
        <translation>“forms”不是列表</translation>
    </message>
</context>
<context>
    <name>package.in_file</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="8"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
</context>
<context>
    <name>package.invalid_manifest</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="20"/>
        <source>the manifest is invalid: {what}</source>
        <translation>清单无效：{what}</translation>
    </message>
</context>
<context>
    <name>package.is_directory</name>
    <message>
        <location filename="../../inspector/sync/package/format.py" line="77"/>
        <source>is a directory</source>
        <translation>是文件夹</translation>
    </message>
</context>
<context>
    <name>package.lists_bad_name</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="113"/>
        <source>it lists the entry name {name}, which {detail}</source>
        <translation>其中的条目名 {name} {detail}</translation>
    </message>
</context>
<context>
    <name>package.lists_twice</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="116"/>
        <source>it lists the entry {name} twice</source>
        <translation>条目 {name} 被列出两次</translation>
    </message>
</context>
<context>
    <name>package.made_by_newer</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="100"/>
        <source>the package was made by a newer version of inspector (format {fmt}) — update inspector to read it</source>
        <translation>同步包由更新版本的 inspector 生成（格式 {fmt}）——请先升级 inspector</translation>
    </message>
</context>
<context>
    <name>package.manifest_compressed_invalid</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="97"/>
        <source>the manifest&apos;s compressed data is invalid: {error}</source>
        <translation>清单的压缩数据无效：{error}</translation>
    </message>
</context>
<context>
    <name>package.manifest_compression</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="47"/>
        <source>the manifest uses an unsupported compression method</source>
        <translation>清单使用了不支持的压缩方式</translation>
    </message>
</context>
<context>
    <name>package.manifest_cut_off</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="168"/>
        <source>the manifest is cut off</source>
        <translation>清单不完整</translation>
    </message>
</context>
<context>
    <name>package.manifest_encrypted</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="46"/>
        <source>the manifest is encrypted</source>
        <translation>清单已加密</translation>
    </message>
</context>
<context>
    <name>package.manifest_not_json</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="54"/>
        <source>the manifest is not valid JSON — the file is damaged or was not made by inspector</source>
        <translation>清单不是有效的 JSON——文件已损坏或不是 inspector 生成的</translation>
    </message>
</context>
<context>
    <name>package.manifest_size_unknown</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="94"/>
        <source>the manifest&apos;s size is unknown</source>
        <translation>清单大小未知</translation>
    </message>
</context>
<context>
    <name>package.manifest_too_large</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="13"/>
        <source>the manifest is larger than {limit} — refused</source>
        <translation>清单大于 {limit}——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.newer_signature</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="34"/>
        <source>the package was made by a newer version of inspector (signature format {format}) — update inspector to read it</source>
        <translation>同步包由更新版本的 inspector 生成（签名格式 {format}）——请先升级 inspector</translation>
    </message>
</context>
<context>
    <name>package.no_archive</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="45"/>
        <source>no archive at the start of the file</source>
        <translation>文件开头不是压缩包</translation>
    </message>
</context>
<context>
    <name>package.no_creation_time</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="71"/>
        <source>no creation time</source>
        <translation>没有生成时间</translation>
    </message>
</context>
<context>
    <name>package.no_device_id</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="70"/>
        <source>no device id</source>
        <translation>没有设备编号</translation>
    </message>
</context>
<context>
    <name>package.no_end_record</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="78"/>
        <source>no end-of-archive record</source>
        <translation>没有压缩包结束记录</translation>
    </message>
</context>
<context>
    <name>package.no_end_record_at_end</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="79"/>
        <source>no end-of-archive record at the end of the archive</source>
        <translation>压缩包末尾没有结束记录</translation>
    </message>
</context>
<context>
    <name>package.no_local_header</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="152"/>
        <source>entry {name} has no valid local header</source>
        <translation>条目 {name} 没有有效的本地文件头</translation>
    </message>
</context>
<context>
    <name>package.no_manifest</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="16"/>
        <source>the package has no manifest (manifest.json) — the file is damaged or was not made by inspector</source>
        <translation>同步包缺少清单（manifest.json）——文件已损坏或不是 inspector 生成的</translation>
    </message>
</context>
<context>
    <name>package.no_public_key</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="104"/>
        <source>the manifest has no valid device public key — the file is damaged or was not made by inspector</source>
        <translation>清单中没有有效的设备公钥——文件已损坏，或不是 inspector 生成的</translation>
    </message>
</context>
<context>
    <name>package.no_signature</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="41"/>
        <source>the package has no signature — the file is incomplete (cut off while copying) or was not made by inspector</source>
        <translation>同步包没有签名 — 文件不完整（复制时被截断），或不是本程序生成的</translation>
    </message>
</context>
<context>
    <name>package.no_such_file</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="172"/>
        <source>{file}: no such file ({path})</source>
        <translation>{file}: 没有这个文件（{path}）</translation>
    </message>
</context>
<context>
    <name>package.no_valid_sha</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="118"/>
        <source>entry {name} has no valid SHA-256</source>
        <translation>条目 {name} 没有有效的 SHA-256</translation>
    </message>
</context>
<context>
    <name>package.no_valid_size</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="117"/>
        <source>entry {name} has no valid size</source>
        <translation>条目 {name} 没有有效的大小</translation>
    </message>
</context>
<context>
    <name>package.no_zip64_locator</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="122"/>
        <source>no zip64 end-of-archive locator</source>
        <translation>没有 zip64 结束记录定位符</translation>
    </message>
</context>
<context>
    <name>package.no_zip64_record</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="123"/>
        <source>no zip64 end-of-archive record</source>
        <translation>没有 zip64 结束记录</translation>
    </message>
</context>
<context>
    <name>package.not_a_package</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="12"/>
        <source>this is not an inspector sync package</source>
        <translation>这不是本程序的同步包</translation>
    </message>
</context>
<context>
    <name>package.not_plain</name>
    <message>
        <location filename="../../inspector/sync/package/format.py" line="79"/>
        <source>is not a plain relative path</source>
        <translation>不是普通的相对路径</translation>
    </message>
</context>
<context>
    <name>package.outside</name>
    <message>
        <location filename="../../inspector/sync/package/format.py" line="78"/>
        <source>points outside the package (..)</source>
        <translation>指向同步包之外（..）</translation>
    </message>
</context>
<context>
    <name>package.overlap</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="24"/>
        <source>the archive&apos;s entries overlap or are out of order — refused</source>
        <translation>压缩包中的条目相互重叠或顺序错乱——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.package_bomb</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="162"/>
        <source>the package expands beyond the limit of {limit} — refused as a possible zip bomb</source>
        <translation>同步包解压后超过上限 {limit}——疑为压缩炸弹，已拒绝</translation>
    </message>
</context>
<context>
    <name>package.package_too_large</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="75"/>
        <source>the package holds {size}, more than the limit of {limit} — refused</source>
        <translation>同步包内容共 {size}，超过上限 {limit}——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.ratio_bomb</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="155"/>
        <source>entry {name} expands to more than {ratio}× its compressed size — refused as a possible zip bomb</source>
        <translation>条目 {name} 解压后超过压缩大小的 {ratio} 倍——疑为压缩炸弹，已拒绝</translation>
    </message>
</context>
<context>
    <name>package.reserved</name>
    <message>
        <location filename="../../inspector/sync/package/format.py" line="82"/>
        <source>is reserved</source>
        <translation>是保留名称</translation>
    </message>
</context>
<context>
    <name>package.says_newer</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="57"/>
        <source>the package says it was made by a newer version of inspector (format {fmt}) — update inspector to read it (if this inspector is up to date, the file is damaged)</source>
        <translation>同步包自称由更新版本的 inspector 生成（格式 {fmt}）——请升级 inspector 后再读取（如果本机 inspector 已是最新版，则文件已损坏）</translation>
    </message>
</context>
<context>
    <name>package.too_large_to_send</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="180"/>
        <source>{file}: {size} is more than a package may hold ({limit}) — send less at once</source>
        <translation>{file}: {size} 超过了同步包的容量（{limit}）——请分批发送</translation>
    </message>
</context>
<context>
    <name>package.too_many_entries</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="21"/>
        <source>the package has more entries than the limit of {limit} — refused</source>
        <translation>同步包的条目数超过上限 {limit}——已拒绝</translation>
    </message>
</context>
<context>
    <name>package.too_many_to_send</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="174"/>
        <source>{file}: {n} entries are more than a package may hold ({limit}) — send less at once</source>
        <translation>{file}: {n} 个条目超过了同步包的容量（{limit}）——请分批发送</translation>
    </message>
</context>
<context>
    <name>package.too_short</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="30"/>
        <source>the file is too short to be a sync package ({size} bytes) — it was cut off while copying, or is not a package</source>
        <translation>文件太短，不是同步包（{size} 字节）——可能复制时被截断，或者不是同步包</translation>
    </message>
</context>
<context>
    <name>package.unknown_format</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="61"/>
        <source>unknown package format {fmt} — the file is damaged or is not an inspector sync package</source>
        <translation>未知的同步包格式 {fmt}——文件已损坏，或不是 inspector 同步包</translation>
    </message>
</context>
<context>
    <name>package.unreadable</name>
    <message>
        <location filename="../../inspector/sync/package/refusals.py" line="9"/>
        <source>the package cannot be read ({detail}) — the file is damaged or was not made by inspector</source>
        <translation>无法读取同步包（{detail}）— 文件已损坏或不是本程序生成的</translation>
    </message>
</context>
<context>
    <name>paths.busy</name>
    <message>
        <location filename="../../inspector/paths.py" line="113"/>
        <source>data directory {dir} is in use by another inspector; close it or wait for it to finish, then try again</source>
        <translation>数据目录 {dir} 正被另一个 inspector 使用；请先关闭它或等它结束，再试一次</translation>
    </message>
</context>
<context>
    <name>paths.busy_app</name>
    <message>
        <location filename="../../inspector/paths.py" line="107"/>
        <source>data directory {dir} is in use by the app (process {pid}); close it or wait for it to finish, then try again</source>
        <translation>数据目录 {dir} 正被另一个 inspector 窗口（进程 {pid}）使用；请先关闭那个窗口或等它结束，再试一次</translation>
    </message>
</context>
<context>
    <name>paths.busy_command</name>
    <message>
        <location filename="../../inspector/paths.py" line="110"/>
        <source>data directory {dir} is in use by &apos;{command}&apos; (process {pid}); wait for it to finish, then try again</source>
        <translation>数据目录 {dir} 正被“{command}”（进程 {pid}）使用；请等它结束后再试一次</translation>
    </message>
</context>
<context>
    <name>paths.cannot_create_data_dir</name>
    <message>
        <location filename="../../inspector/paths.py" line="24"/>
        <source>cannot create data directory {path}: {error}</source>
        <translation>无法创建数据目录 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>paths.lock_file</name>
    <message>
        <location filename="../../inspector/paths.py" line="27"/>
        <source>{path}: cannot open the data directory&apos;s lock file: {error}</source>
        <translation>{path}: 无法打开数据目录的锁文件：{error}</translation>
    </message>
</context>
<context>
    <name>paths.network_filesystem</name>
    <message>
        <location filename="../../inspector/paths.py" line="20"/>
        <source>data directory {path} is on a network filesystem ({fstype}); SQLite&apos;s WAL mode needs a local disk — choose a folder on this computer</source>
        <translation>数据目录 {path} 在网络文件系统（{fstype}）上；SQLite 的 WAL 模式需要本地磁盘——请选择本机上的文件夹</translation>
    </message>
</context>
<context>
    <name>paths.network_share</name>
    <message>
        <location filename="../../inspector/paths.py" line="16"/>
        <source>data directory {path} is on a network share; SQLite&apos;s WAL mode needs a local disk — choose a folder on this computer</source>
        <translation>数据目录 {path} 在网络共享上；SQLite 的 WAL 模式需要本地磁盘——请选择本机上的文件夹</translation>
    </message>
</context>
<context>
    <name>periods.bad_month</name>
    <message>
        <location filename="../../inspector/periods.py" line="17"/>
        <source>&apos;{text}&apos; is not a month: write it as 2026-11</source>
        <translation>“{text}”不是月份：请写成 2026-11</translation>
    </message>
</context>
<context>
    <name>periods.bad_period</name>
    <message>
        <location filename="../../inspector/periods.py" line="14"/>
        <source>&apos;{text}&apos; is not a period: write a month (2026-11), a quarter (2026-Q4) or a year (2026)</source>
        <translation>“{text}”不是时段：请写月份（2026-11）、季度（2026-Q4）或年份（2026）</translation>
    </message>
</context>
<context>
    <name>photos.above_limit</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="46"/>
        <source>declared size is above the {limit} MP limit</source>
        <translation>标称尺寸超过 {limit} 百万像素的上限</translation>
    </message>
</context>
<context>
    <name>photos.base_missing</name>
    <message>
        <location filename="../../inspector/photos/annotate.py" line="38"/>
        <source>photo {sha}: the photo it was drawn on is not here</source>
        <translation>照片 {sha}：它所标注的原照片不在本机</translation>
    </message>
</context>
<context>
    <name>photos.cannot_draw</name>
    <message>
        <location filename="../../inspector/photos/annotate.py" line="41"/>
        <source>photo {sha}: {detail}</source>
        <translation>照片 {sha}：{detail}</translation>
    </message>
</context>
<context>
    <name>photos.cannot_read</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="49"/>
        <source>cannot read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
</context>
<context>
    <name>photos.changed_while_imported</name>
    <message>
        <location filename="../../inspector/photos/importer.py" line="32"/>
        <source>changed while being imported, try again</source>
        <translation>导入过程中文件被改动，请重试</translation>
    </message>
</context>
<context>
    <name>photos.damaged</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="47"/>
        <source>damaged image file ({detail})</source>
        <translation>图片文件已损坏（{detail}）</translation>
    </message>
</context>
<context>
    <name>photos.declared_too_large</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="39"/>
        <source>declared size {width}×{height} ({mp} MP) is above the {limit} MP limit</source>
        <translation>标称尺寸 {width}×{height}（{mp} 百万像素）超过 {limit} 百万像素的上限</translation>
    </message>
</context>
<context>
    <name>photos.empty_file</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="32"/>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
</context>
<context>
    <name>photos.format_not_accepted</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="36"/>
        <source>{format} images are not accepted (JPEG, PNG, WEBP or HEIC)</source>
        <translation>不接受 {format} 格式的图片（可用 JPEG、PNG、WEBP 或 HEIC）</translation>
    </message>
</context>
<context>
    <name>photos.import_running</name>
    <message>
        <location filename="../../inspector/photos/importer.py" line="35"/>
        <source>another photo import is running in this data directory</source>
        <translation>此数据目录中另一个照片导入正在进行</translation>
    </message>
</context>
<context>
    <name>photos.link_outside</name>
    <message>
        <location filename="../../inspector/photos/importer.py" line="28"/>
        <source>symbolic link leads outside the chosen files</source>
        <translation>符号链接指向所选文件之外</translation>
    </message>
</context>
<context>
    <name>photos.needs_data_dir</name>
    <message>
        <location filename="../../inspector/photos/importer.py" line="31"/>
        <source>photos need a data directory on disk</source>
        <translation>照片需要磁盘上的数据目录</translation>
    </message>
</context>
<context>
    <name>photos.no_heic</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="33"/>
        <source>HEIC not supported on this computer, convert it to JPEG first</source>
        <translation>本机不支持 HEIC，请先转换为 JPEG</translation>
    </message>
</context>
<context>
    <name>photos.no_photo_in_inspection</name>
    <message>
        <location filename="../../inspector/photos/evidence.py" line="27"/>
        <source>no photo {sha} in inspection {inspection}</source>
        <translation>测评 {inspection} 中没有照片 {sha}</translation>
    </message>
</context>
<context>
    <name>photos.no_pixels</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="42"/>
        <source>the image has no pixels</source>
        <translation>图片没有像素</translation>
    </message>
</context>
<context>
    <name>photos.no_such_path</name>
    <message>
        <location filename="../../inspector/photos/importer.py" line="30"/>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
</context>
<context>
    <name>photos.no_such_photo</name>
    <message>
        <location filename="../../inspector/photos/annotate.py" line="33"/>
        <source>no photo {sha}</source>
        <translation>没有照片 {sha}</translation>
    </message>
</context>
<context>
    <name>photos.not_an_image</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="43"/>
        <source>not an image (or an image format inspector does not read)</source>
        <translation>不是图片（或本程序不能读取的图片格式）</translation>
    </message>
</context>
<context>
    <name>photos.nothing_drawn</name>
    <message>
        <location filename="../../inspector/photos/annotate.py" line="34"/>
        <source>nothing drawn: add a circle, an arrow or text first</source>
        <translation>还没有标注：请先画圈、箭头或写文字</translation>
    </message>
</context>
<context>
    <name>photos.original_missing</name>
    <message>
        <location filename="../../inspector/photos/files.py" line="16"/>
        <source>photo {sha}: the original is missing, cannot make its copies</source>
        <translation>照片 {sha}：原图缺失，无法生成其副本</translation>
    </message>
</context>
<context>
    <name>photos.other_reason</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="31"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
</context>
<context>
    <name>photos.too_large_to_decode</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="29"/>
        <source>too large to decode on this computer</source>
        <translation>太大，本机无法解码</translation>
    </message>
</context>
<context>
    <name>photos.truncated</name>
    <message>
        <location filename="../../inspector/photos/decode.py" line="48"/>
        <source>truncated or damaged image data ({detail})</source>
        <translation>图片数据不完整或已损坏（{detail}）</translation>
    </message>
</context>
<context>
    <name>photos.unknown_shape</name>
    <message>
        <location filename="../../inspector/photos/annotate.py" line="37"/>
        <source>unknown annotation shape &apos;{kind}&apos;</source>
        <translation>未知的标注形状“{kind}”</translation>
    </message>
</context>
<context>
    <name>registry.bad_rows</name>
    <message>
        <location filename="../../inspector/registry.py" line="56"/>
        <source>{rows}</source>
        <translation>{rows}</translation>
    </message>
</context>
<context>
    <name>registry.cannot_read</name>
    <message>
        <location filename="../../inspector/registry.py" line="43"/>
        <source>{path}: cannot read: {error}</source>
        <translation>{path}: 无法读取：{error}</translation>
    </message>
</context>
<context>
    <name>registry.empty_file</name>
    <message>
        <location filename="../../inspector/registry.py" line="53"/>
        <source>{path}: the file is empty</source>
        <translation>{path}: 文件是空的</translation>
    </message>
</context>
<context>
    <name>registry.latitude</name>
    <message>
        <location filename="../../inspector/registry.py" line="62"/>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
</context>
<context>
    <name>registry.longitude</name>
    <message>
        <location filename="../../inspector/registry.py" line="63"/>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
</context>
<context>
    <name>registry.more_bad_rows</name>
    <message>
        <location filename="../../inspector/registry.py" line="57"/>
        <source>… and {n} more bad rows</source>
        <translation>……另有 {n} 行有误</translation>
    </message>
</context>
<context>
    <name>registry.name_empty</name>
    <message>
        <location filename="../../inspector/registry.py" line="60"/>
        <source>the site name is empty</source>
        <translation>点位名称为空</translation>
    </message>
</context>
<context>
    <name>registry.no_column</name>
    <message>
        <location filename="../../inspector/registry.py" line="48"/>
        <source>{path} row 1: no &apos;{column}&apos; ({english}) column in the header</source>
        <translation>{path} 第 1 行：表头中没有“{column}”列</translation>
    </message>
</context>
<context>
    <name>registry.no_columns</name>
    <message>
        <location filename="../../inspector/registry.py" line="50"/>
        <source>{path} row 1: no &apos;{a}&apos; ({a_en}) and &apos;{b}&apos; ({b_en}) column in the header</source>
        <translation>{path} 第 1 行：表头中没有“{a}”和“{b}”两列</translation>
    </message>
</context>
<context>
    <name>registry.no_sites</name>
    <message>
        <location filename="../../inspector/registry.py" line="54"/>
        <source>{path}: no sites below the header</source>
        <translation>{path}: 表头下面没有点位</translation>
    </message>
</context>
<context>
    <name>registry.not_a_number</name>
    <message>
        <location filename="../../inspector/registry.py" line="64"/>
        <source>{what} &apos;{text}&apos; is not a number</source>
        <translation>{what}“{text}”不是数字</translation>
    </message>
</context>
<context>
    <name>registry.not_csv_or_xlsx</name>
    <message>
        <location filename="../../inspector/registry.py" line="44"/>
        <source>{path}: site lists must be .csv or .xlsx files</source>
        <translation>{path}: 点位库须为 .csv 或 .xlsx 文件</translation>
    </message>
</context>
<context>
    <name>registry.not_text</name>
    <message>
        <location filename="../../inspector/registry.py" line="46"/>
        <source>{path}: the file is neither UTF-8 nor GBK text</source>
        <translation>{path}: 文件既不是 UTF-8 也不是 GBK 编码的文本</translation>
    </message>
</context>
<context>
    <name>registry.not_xlsx</name>
    <message>
        <location filename="../../inspector/registry.py" line="47"/>
        <source>{path}: not a readable .xlsx workbook ({error})</source>
        <translation>{path}: 不是可读取的 .xlsx 工作簿（{error}）</translation>
    </message>
</context>
<context>
    <name>registry.nothing_imported</name>
    <message>
        <location filename="../../inspector/registry.py" line="58"/>
        <source>nothing was imported</source>
        <translation>未导入任何点位</translation>
    </message>
</context>
<context>
    <name>registry.one_coordinate</name>
    <message>
        <location filename="../../inspector/registry.py" line="66"/>
        <source>&apos;{name}&apos; has only one of latitude and longitude</source>
        <translation>“{name}”只填了纬度和经度中的一个</translation>
    </message>
</context>
<context>
    <name>registry.out_of_range</name>
    <message>
        <location filename="../../inspector/registry.py" line="65"/>
        <source>{what} {text} is outside {range}</source>
        <translation>{what} {text} 超出范围 {range}</translation>
    </message>
</context>
<context>
    <name>registry.repeats</name>
    <message>
        <location filename="../../inspector/registry.py" line="59"/>
        <source>&apos;{name}&apos; repeats row {row}</source>
        <translation>“{name}”与第 {row} 行重复</translation>
    </message>
</context>
<context>
    <name>registry.row</name>
    <message>
        <location filename="../../inspector/registry.py" line="55"/>
        <source>{path} row {n}: {problem}</source>
        <translation>{path} 第 {n} 行：{problem}</translation>
    </message>
</context>
<context>
    <name>registry.unknown_system</name>
    <message>
        <location filename="../../inspector/registry.py" line="68"/>
        <source>unknown coordinate system &apos;{system}&apos; (WGS-84, GCJ-02 or BD-09)</source>
        <translation>无法识别的坐标系“{system}”（应为 WGS-84、GCJ-02 或 BD-09）</translation>
    </message>
</context>
<context>
    <name>registry.unknown_type</name>
    <message>
        <location filename="../../inspector/registry.py" line="61"/>
        <source>unknown site type &apos;{type}&apos; for &apos;{name}&apos;</source>
        <translation>“{name}”的点位类型“{type}”无法识别</translation>
    </message>
</context>
<context>
    <name>replies.not_a_case</name>
    <message>
        <location filename="../../inspector/report/dispatch_import.py" line="24"/>
        <source>{file}, row {row}: no case is numbered &apos;{number}&apos;</source>
        <translation>{file} 第 {row} 行：没有编号为“{number}”的整改任务</translation>
    </message>
</context>
<context>
    <name>replies.nothing_entered</name>
    <message>
        <location filename="../../inspector/report/dispatch_import.py" line="29"/>
        <source>{count} rows cannot be entered, so nothing was entered — correct them and import again:
{rows}</source>
        <translation>{count} 行无法录入，因此未录入任何内容——请改正后重新导入：
{rows}</translation>
    </message>
</context>
<context>
    <name>replies.refused_row</name>
    <message>
        <location filename="../../inspector/report/dispatch_import.py" line="28"/>
        <source>{file}, row {row}: {why}</source>
        <translation>{file} 第 {row} 行：{why}</translation>
    </message>
</context>
<context>
    <name>replies.twice</name>
    <message>
        <location filename="../../inspector/report/dispatch_import.py" line="26"/>
        <source>{file}, row {row}: case {number} is answered again (first at {first})</source>
        <translation>{file} 第 {row} 行：整改任务 {number} 重复填报（首次在 {first}）</translation>
    </message>
</context>
<context>
    <name>report.bad_format</name>
    <message>
        <location filename="../../inspector/report/export.py" line="39"/>
        <source>--format must be csv, xlsx or json, not {format}</source>
        <translation>--format 须为 csv、xlsx 或 json，而不是 {format}</translation>
    </message>
</context>
<context>
    <name>report.pdf_or_xlsx</name>
    <message>
        <location filename="../../inspector/report/problems.py" line="25"/>
        <source>{out}: the problem list is written as .pdf or .xlsx</source>
        <translation>{out}: 问题清单只能存为 .pdf 或 .xlsx</translation>
    </message>
</context>
<context>
    <name>results.no_such_file</name>
    <message>
        <location filename="../../inspector/actions/results.py" line="18"/>
        <source>{path}: no such file</source>
        <translation>{path}: 没有这个文件</translation>
    </message>
</context>
<context>
    <name>results.not_json</name>
    <message>
        <location filename="../../inspector/actions/results.py" line="19"/>
        <source>{path}: not valid JSON ({detail})</source>
        <translation>{path}: 不是有效的 JSON（{detail}）</translation>
    </message>
</context>
<context>
    <name>results.review_needs_supervisor</name>
    <message>
        <location filename="../../inspector/actions/results.py" line="22"/>
        <source>{where}: is marked &apos;{review}&apos; — review states are set on a supervisor&apos;s computer (inspector review approve|flag|reject there); remove &quot;review&quot; from the file to import it here</source>
        <translation>{where}：标为“{review}”——审核状态只能在督导的电脑上设置（在那里用 inspector review approve|flag|reject）；删去文件中的 &quot;review&quot; 后才能在本机导入</translation>
    </message>
</context>
<context>
    <name>results.second_visit</name>
    <message>
        <location filename="../../inspector/actions/results.py" line="25"/>
        <source>{where}: {inspector} already has an inspection of this site in round &apos;{round}&apos; ({id}), which this one would replace — to change that inspection, give it its &quot;id&quot;: &quot;{full_id}&quot; in the file (as &apos;inspector results export&apos; writes it); to record another visit, give the new one an &quot;id&quot; of its own</source>
        <translation>{where}：{inspector} 在测评轮次“{round}”中已有这个点位的测评（{id}），这一条会把它替换掉——若要修改那条测评，请在文件中写上它的 &quot;id&quot;: &quot;{full_id}&quot;（&apos;inspector results export&apos; 导出的文件就带有）；若是再次测评，请给新的一条写上它自己的 &quot;id&quot;</translation>
    </message>
</context>
<context>
    <name>results.site_not_sampled</name>
    <message>
        <location filename="../../inspector/actions/results.py" line="20"/>
        <source>site &apos;{site}&apos; is not sampled in round &apos;{round}&apos;</source>
        <translation>点位“{site}”不在测评轮次“{round}”的抽样中</translation>
    </message>
</context>
<context>
    <name>reviews.comment_needed</name>
    <message>
        <location filename="../../inspector/actions/reviews.py" line="17"/>
        <source>say why with --comment when you {action} an inspection</source>
        <translation>{action}测评时请用 --comment 说明原因</translation>
    </message>
</context>
<context>
    <name>reviews.conflict_version_missing</name>
    <message>
        <location filename="../../inspector/actions/reviews.py" line="25"/>
        <source>conflict {id}: the other version is missing</source>
        <translation>冲突 {id}：另一个版本缺失</translation>
    </message>
</context>
<context>
    <name>reviews.deciding_is_supervisors</name>
    <message>
        <location filename="../../inspector/actions/reviews.py" line="31"/>
        <source>deciding conflicts is a supervisor&apos;s task; this device is set up for an inspector (&apos;inspector config set role supervisor&apos; on the supervisor&apos;s computer)</source>
        <translation>处理冲突是督导的工作；本设备设为测评员用（在督导的电脑上执行 &apos;inspector config set role supervisor&apos;）</translation>
    </message>
</context>
<context>
    <name>reviews.no_such_conflict</name>
    <message>
        <location filename="../../inspector/actions/reviews.py" line="23"/>
        <source>no conflict with id &apos;{ref}&apos; (see &apos;inspector conflicts list&apos;)</source>
        <translation>没有编号为“{ref}”的冲突（见 &apos;inspector conflicts list&apos;）</translation>
    </message>
</context>
<context>
    <name>reviews.no_such_inspection</name>
    <message>
        <location filename="../../inspector/actions/reviews.py" line="21"/>
        <source>no inspection with id &apos;{ref}&apos; (see &apos;inspector review list&apos;)</source>
        <translation>没有编号为“{ref}”的测评（见 &apos;inspector review list&apos;）</translation>
    </message>
</context>
<context>
    <name>reviews.reviewing_is_supervisors</name>
    <message>
        <location filename="../../inspector/actions/reviews.py" line="28"/>
        <source>reviewing is a supervisor&apos;s task; this device is set up for an inspector (&apos;inspector config set role supervisor&apos; on the supervisor&apos;s computer)</source>
        <translation>审核是督导的工作；本设备设为测评员用（在督导的电脑上执行 &apos;inspector config set role supervisor&apos;）</translation>
    </message>
</context>
<context>
    <name>reviews.several_conflicts</name>
    <message>
        <location filename="../../inspector/actions/reviews.py" line="19"/>
        <source>{n} conflicts have an id starting &apos;{ref}&apos;; give more of it (see &apos;inspector conflicts list&apos;)</source>
        <translation>有 {n} 个冲突的编号以“{ref}”开头；请把编号写全一些（见 &apos;inspector conflicts list&apos;）</translation>
    </message>
</context>
<context>
    <name>reviews.several_inspections</name>
    <message>
        <location filename="../../inspector/actions/reviews.py" line="13"/>
        <source>{n} inspections have an id starting &apos;{ref}&apos;; give more of it (see &apos;inspector review list&apos;)</source>
        <translation>有 {n} 条测评的编号以“{ref}”开头；请把编号写全一些（见 &apos;inspector review list&apos;）</translation>
    </message>
</context>
<context>
    <name>reviews.unknown_review_action</name>
    <message>
        <location filename="../../inspector/actions/reviews.py" line="15"/>
        <source>unknown review action &apos;{action}&apos; ({actions})</source>
        <translation>未知的审核操作“{action}”（{actions}）</translation>
    </message>
</context>
<context>
    <name>rounds.already_assigned</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="47"/>
        <source>&apos;{site}&apos; is already assigned to {inspector} in round &apos;{round}&apos;</source>
        <translation>测评轮次“{round}”中，“{site}”已分配给 {inspector}</translation>
    </message>
</context>
<context>
    <name>rounds.already_replaced</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="37"/>
        <source>&apos;{site}&apos; was already replaced in round &apos;{round}&apos;</source>
        <translation>“{site}”在测评轮次“{round}”中已被替换</translation>
    </message>
</context>
<context>
    <name>rounds.already_sampled</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="30"/>
        <source>round &apos;{name}&apos; is already sampled; use --replace SITE to replace a site that could not be inspected</source>
        <translation>测评轮次“{name}”已经抽过样；无法测评的点位请用 --replace 点位 替换</translation>
    </message>
</context>
<context>
    <name>rounds.bad_count</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="41"/>
        <source>the sample count of {category} must be 0 or more, not {count}</source>
        <translation>{category} 的抽样数须为 0 或以上，而不是 {count}</translation>
    </message>
</context>
<context>
    <name>rounds.bad_deal</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="49"/>
        <source>sites are dealt &apos;in-turn&apos; or &apos;by-district&apos;, not &apos;{deal}&apos;</source>
        <translation>点位分配方式为 &apos;in-turn&apos;（轮流）或 &apos;by-district&apos;（按县市区），而不是 &apos;{deal}&apos;</translation>
    </message>
</context>
<context>
    <name>rounds.bad_per_type</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="28"/>
        <source>--per-type must be at least 1, not {per_type}</source>
        <translation>--per-type 至少为 1，而不是 {per_type}</translation>
    </message>
</context>
<context>
    <name>rounds.bad_score</name>
    <message>
        <location filename="../../inspector/actions/round_period.py" line="19"/>
        <source>{part} is a score from 0 to {points}, not &apos;{value}&apos;</source>
        <translation>{part}应为 0 到 {points} 之间的分数，而不是“{value}”</translation>
    </message>
</context>
<context>
    <name>rounds.empty_registry</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="33"/>
        <source>the site registry is empty; import one with &apos;inspector sites import FILE.csv&apos;</source>
        <translation>点位库是空的；请用 &apos;inspector sites import 文件.csv&apos; 导入</translation>
    </message>
</context>
<context>
    <name>rounds.name_an_inspector</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="26"/>
        <source>name at least one inspector: --inspectors 张三,李四</source>
        <translation>请至少写一名测评员：--inspectors 张三,李四</translation>
    </message>
</context>
<context>
    <name>rounds.no_such_form</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="21"/>
        <source>no form &apos;{form}&apos; (shipped forms: {shipped}; or give a .yaml path)</source>
        <translation>没有测评表“{form}”（随程序发布的：{shipped}；也可给出 .yaml 文件路径）</translation>
    </message>
</context>
<context>
    <name>rounds.none_left_to_replace</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="39"/>
        <source>no unsampled {category} site is left in the registry to replace &apos;{site}&apos;</source>
        <translation>点位库里已没有未抽中的{category}点位可以替换“{site}”</translation>
    </message>
</context>
<context>
    <name>rounds.not_assigned</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="45"/>
        <source>&apos;{site}&apos; is not assigned to {inspector} in round &apos;{round}&apos;</source>
        <translation>测评轮次“{round}”中，“{site}”没有分配给 {inspector}</translation>
    </message>
</context>
<context>
    <name>rounds.not_drawn</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="43"/>
        <source>&apos;{site}&apos; is not in the draw: every drawn site goes to an inspector, and no other</source>
        <translation>“{site}”不在抽样结果中：只分配抽中的点位，每个都要分给测评员</translation>
    </message>
</context>
<context>
    <name>rounds.not_sampled</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="35"/>
        <source>&apos;{site}&apos; is not sampled in round &apos;{round}&apos;</source>
        <translation>“{site}”不在测评轮次“{round}”的抽样中</translation>
    </message>
</context>
<context>
    <name>rounds.round_exists</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="25"/>
        <source>a round named &apos;{name}&apos; already exists</source>
        <translation>已有名为“{name}”的测评轮次</translation>
    </message>
</context>
<context>
    <name>rounds.round_needs_name</name>
    <message>
        <location filename="../../inspector/actions/rounds.py" line="23"/>
        <source>a round needs a name, e.g. &quot;2026年第3轮模拟测评&quot;</source>
        <translation>测评轮次需要名称，例如 &quot;2026年第3轮模拟测评&quot;</translation>
    </message>
</context>
<context>
    <name>rules.above_100</name>
    <message>
        <location filename="../../inspector/bulletin/rules.py" line="20"/>
        <source>&apos;{key}&apos; is a score out of 100, not {value}</source>
        <translation>“{key}”是百分制分数，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>rules.negative</name>
    <message>
        <location filename="../../inspector/bulletin/rules.py" line="18"/>
        <source>&apos;{key}&apos; must be 0 or more, not {value}</source>
        <translation>“{key}”不能小于 0，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>rules.no_rate_weight</name>
    <message>
        <location filename="../../inspector/bulletin/rules.py" line="21"/>
        <source>at least one of field_rate, closure_rate and on_time_rate must weigh more than 0</source>
        <translation>field_rate、closure_rate、on_time_rate 中至少要有一项权重大于 0</translation>
    </message>
</context>
<context>
    <name>rules.not_whole</name>
    <message>
        <location filename="../../inspector/bulletin/rules.py" line="19"/>
        <source>&apos;{key}&apos; must be a whole number, not {value}</source>
        <translation>“{key}”必须是整数，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>rules.problems</name>
    <message>
        <location filename="../../inspector/bulletin/rules.py" line="17"/>
        <source>{lines}</source>
        <translation>{lines}</translation>
    </message>
</context>
<context>
    <name>rules.rules</name>
    <message>
        <location filename="../../inspector/bulletin/rules.py" line="15"/>
        <source>ranking rules</source>
        <translation>排名规则</translation>
    </message>
</context>
<context>
    <name>rules.section</name>
    <message>
        <location filename="../../inspector/bulletin/rules.py" line="16"/>
        <source>{section}</source>
        <translation>{section}</translation>
    </message>
</context>
<context>
    <name>state.note.all_na</name>
    <message>
        <location filename="../../inspector/state.py" line="248"/>
        <source>inspections with every standard N/A, not counted: {n}</source>
        <translation>{n} 份全部不适用，未计入</translation>
    </message>
</context>
<context>
    <name>state.note.counted_unapproved</name>
    <message>
        <location filename="../../inspector/state.py" line="242"/>
        <source>inspections not yet approved, counted: {n}</source>
        <translation>{n} 份未审核的测评已计入</translation>
    </message>
</context>
<context>
    <name>state.note.in_progress</name>
    <message>
        <location filename="../../inspector/state.py" line="244"/>
        <source>inspections in progress, not counted: {n}</source>
        <translation>{n} 份测评进行中，未计入</translation>
    </message>
</context>
<context>
    <name>state.note.missing_photos</name>
    <message>
        <location filename="../../inspector/state.py" line="250"/>
        <source>problems without a required photo: {n}</source>
        <translation>{n} 个扣分问题缺少照片</translation>
    </message>
</context>
<context>
    <name>state.note.rejected</name>
    <message>
        <location filename="../../inspector/state.py" line="246"/>
        <source>rejected inspections, not counted: {n}</source>
        <translation>{n} 份已退回，未计入</translation>
    </message>
</context>
<context>
    <name>state.note_join</name>
    <message>
        <location filename="../../inspector/state.py" line="254"/>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
</context>
<context>
    <name>state.notes</name>
    <message>
        <location filename="../../inspector/state.py" line="253"/>
        <source>Note: {notes}</source>
        <translation>注：{notes}</translation>
    </message>
</context>
<context>
    <name>store.bad_choice</name>
    <message>
        <location filename="../../inspector/store/settings.py" line="21"/>
        <source>setting &apos;{key}&apos; must be one of {choices}, not &apos;{value}&apos;</source>
        <translation>设置“{key}”须为 {choices} 之一，而不是“{value}”</translation>
    </message>
</context>
<context>
    <name>store.bad_target</name>
    <message>
        <location filename="../../inspector/store/settings.py" line="25"/>
        <source>setting &apos;target&apos; is a total out of 100, e.g. 85, not &apos;{value}&apos;</source>
        <translation>设置项 target 是百分制总分目标，例如 85，而不是“{value}”</translation>
    </message>
</context>
<context>
    <name>store.bad_zone</name>
    <message>
        <location filename="../../inspector/store/settings.py" line="17"/>
        <source>setting &apos;timezone&apos;: unknown time zone &apos;{zone}&apos; (use an IANA name such as Asia/Shanghai or Asia/Urumqi)</source>
        <translation>设置“timezone”：未知的时区“{zone}”（请用 IANA 名称，如 Asia/Shanghai 或 Asia/Urumqi）</translation>
    </message>
</context>
<context>
    <name>store.cannot_open</name>
    <message>
        <location filename="../../inspector/store/connection.py" line="20"/>
        <source>cannot open database {path}: {detail}</source>
        <translation>无法打开数据库 {path}：{detail}</translation>
    </message>
</context>
<context>
    <name>store.form_not_here</name>
    <message>
        <location filename="../../inspector/store/store.py" line="49"/>
        <source>form {form} is not in this database</source>
        <translation>本数据库中没有测评表 {form}</translation>
    </message>
</context>
<context>
    <name>store.form_registered_otherwise</name>
    <message>
        <location filename="../../inspector/store/store.py" line="45"/>
        <source>form {form} version {version} is already registered with other content ({source}); a changed form needs a new version number</source>
        <translation>测评表 {form} 版本 {version} 已登记为另一份内容（{source}）；测评表有改动须换新的版本号</translation>
    </message>
</context>
<context>
    <name>store.no_round_yet</name>
    <message>
        <location filename="../../inspector/store/store.py" line="56"/>
        <source>there is no round yet; create one with &apos;inspector round new NAME --form ID&apos; or try &apos;inspector demo&apos;</source>
        <translation>还没有测评轮次；请用 &apos;inspector round new 名称 --form 测评表&apos; 新建，或试试 &apos;inspector demo&apos;</translation>
    </message>
</context>
<context>
    <name>store.no_such_inspection</name>
    <message>
        <location filename="../../inspector/store/photo_rows.py" line="16"/>
        <source>no inspection with id &apos;{ref}&apos; (see &apos;inspector inspections list&apos;)</source>
        <translation>没有编号为“{ref}”的测评（见 &apos;inspector inspections list&apos;）</translation>
    </message>
</context>
<context>
    <name>store.no_such_problem</name>
    <message>
        <location filename="../../inspector/store/photo_rows.py" line="25"/>
        <source>no problem with id &apos;{ref}&apos; in inspection {inspection}</source>
        <translation>测评 {inspection} 中没有编号为“{ref}”的问题</translation>
    </message>
</context>
<context>
    <name>store.no_such_round</name>
    <message>
        <location filename="../../inspector/store/store.py" line="60"/>
        <source>no round named &apos;{name}&apos; (rounds: {rounds})</source>
        <translation>没有名为“{name}”的测评轮次（现有：{rounds}）</translation>
    </message>
</context>
<context>
    <name>store.no_such_site</name>
    <message>
        <location filename="../../inspector/store/store.py" line="50"/>
        <source>no site named &apos;{site}&apos; in the site registry</source>
        <translation>点位库中没有名为“{site}”的点位</translation>
    </message>
</context>
<context>
    <name>store.no_wal</name>
    <message>
        <location filename="../../inspector/store/connection.py" line="16"/>
        <source>database {path} cannot use WAL mode (journal_mode={mode}); is it on a network share or read-only disk?</source>
        <translation>数据库 {path} 无法使用 WAL 模式（journal_mode={mode}）；它是否在网络共享或只读磁盘上？</translation>
    </message>
</context>
<context>
    <name>store.several_inspections</name>
    <message>
        <location filename="../../inspector/store/photo_rows.py" line="19"/>
        <source>&apos;{ref}&apos; matches {n} inspections; give more of the id</source>
        <translation>“{ref}”对应 {n} 条测评；请把编号写全一些</translation>
    </message>
</context>
<context>
    <name>store.several_problems</name>
    <message>
        <location filename="../../inspector/store/photo_rows.py" line="22"/>
        <source>{n} problems in inspection {inspection} have an id starting &apos;{ref}&apos;; give more of it</source>
        <translation>测评 {inspection} 中有 {n} 个问题的编号以“{ref}”开头；请把编号写全一些</translation>
    </message>
</context>
<context>
    <name>store.several_sites</name>
    <message>
        <location filename="../../inspector/store/store.py" line="53"/>
        <source>{n} sites are named &apos;{site}&apos; ({ids}…); give the site&apos;s id instead</source>
        <translation>有 {n} 个点位名为“{site}”（{ids}…）；请改用点位编号</translation>
    </message>
</context>
<context>
    <name>store.stored_zone_bad</name>
    <message>
        <location filename="../../inspector/store/store.py" line="41"/>
        <source>setting &apos;timezone&apos;: unknown time zone &apos;{zone}&apos;; set it with inspector config set timezone Asia/Shanghai</source>
        <translation>设置“timezone”：未知的时区“{zone}”；请用 inspector config set timezone Asia/Shanghai 设置</translation>
    </message>
</context>
<context>
    <name>store.unknown_setting</name>
    <message>
        <location filename="../../inspector/store/settings.py" line="14"/>
        <source>unknown setting &apos;{key}&apos; (known: {known})</source>
        <translation>未知的设置“{key}”（现有：{known}）</translation>
    </message>
</context>
<context>
    <name>sync.all_unproven</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="42"/>
        <source>the {n} changes to send were received before inspector kept their authors&apos; signatures, so they cannot be passed on; ask those inspectors to export again with --full</source>
        <translation>要发送的 {n} 处改动是在 inspector 保存作者签名之前收到的，无法转交；请那些测评员用 --full 重新导出</translation>
    </message>
</context>
<context>
    <name>sync.backup_bad_name</name>
    <message>
        <location filename="../../inspector/sync/backup.py" line="42"/>
        <source>{file}: refuses the entry name &apos;{name}&apos;</source>
        <translation>{file}: 拒绝条目名“{name}”</translation>
    </message>
</context>
<context>
    <name>sync.backup_entry_damaged</name>
    <message>
        <location filename="../../inspector/sync/backup.py" line="45"/>
        <source>{file}: entry {name} is damaged (its hash differs)</source>
        <translation>{file}: 条目 {name} 已损坏（哈希不符）</translation>
    </message>
</context>
<context>
    <name>sync.backup_entry_unreadable</name>
    <message>
        <location filename="../../inspector/sync/backup.py" line="48"/>
        <source>{file}: entry {name} cannot be read ({detail})</source>
        <translation>{file}: 条目 {name} 无法读取（{detail}）</translation>
    </message>
</context>
<context>
    <name>sync.backup_needs_data_dir</name>
    <message>
        <location filename="../../inspector/sync/backup.py" line="27"/>
        <source>only a data directory on disk can be backed up</source>
        <translation>只能备份磁盘上的数据目录</translation>
    </message>
</context>
<context>
    <name>sync.backup_no_manifest</name>
    <message>
        <location filename="../../inspector/sync/backup.py" line="39"/>
        <source>{file}: not an inspector backup (no manifest)</source>
        <translation>{file}: 不是 inspector 的备份（没有清单）</translation>
    </message>
</context>
<context>
    <name>sync.bad_author_signature</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="47"/>
        <source>{source}: the signature of device {device} over its records does not match — the package was altered; refused</source>
        <translation>{source}: 设备 {device} 对其记录的签名不符——同步包被改动过，已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.bad_certificates</name>
    <message>
        <location filename="../../inspector/sync/receive.py" line="34"/>
        <source>{source}: {entry} {detail}</source>
        <translation>{source}: {entry} {detail}</translation>
    </message>
</context>
<context>
    <name>sync.bad_photos_option</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="36"/>
        <source>--photos must be &apos;original&apos; or &apos;display&apos;</source>
        <translation>--photos 须为 &apos;original&apos; 或 &apos;display&apos;</translation>
    </message>
</context>
<context>
    <name>sync.bad_record_line</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="69"/>
        <source>{file} line {n}: not a valid record ({detail})</source>
        <translation>{file} 第 {n} 行：不是有效的记录（{detail}）</translation>
    </message>
</context>
<context>
    <name>sync.bad_role</name>
    <message>
        <location filename="../../inspector/sync/trust.py" line="33"/>
        <source>--role must be one of {roles}</source>
        <translation>--role 须为 {roles} 之一</translation>
    </message>
</context>
<context>
    <name>sync.bad_since</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="46"/>
        <source>--since {text}: not a date (use e.g. 2026-11-20 or 2026-11-20T09:00+08:00)</source>
        <translation>--since {text}：不是日期（例如 2026-11-20 或 2026-11-20T09:00+08:00）</translation>
    </message>
</context>
<context>
    <name>sync.cancelled</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="52"/>
        <source>{file}: not imported (cancelled)</source>
        <translation>{file}: 未导入（已取消）</translation>
    </message>
</context>
<context>
    <name>sync.clock_ahead</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="29"/>
        <source>{source}: {n} records are stamped more than 24 hours ahead of this computer&apos;s clock — check the sending laptop&apos;s clock (date, time and time zone), then export again</source>
        <translation>{source}: 有 {n} 条记录的时间比本机时钟快 24 小时以上 — 请检查发送方电脑的时钟（日期、时间和时区），然后重新导出</translation>
    </message>
</context>
<context>
    <name>sync.demo_record_changed</name>
    <message>
        <location filename="../../inspector/sync/pseudo.py" line="41"/>
        <source>{source}: record {table}/{record_id} is stamped as part of the demo city but is not what &apos;inspector demo&apos; makes — refused</source>
        <translation>{source}: 记录 {table}/{record_id} 标称属于示例城市，但与 &apos;inspector demo&apos; 生成的内容不同——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.entry_damaged</name>
    <message>
        <location filename="../../inspector/sync/receive.py" line="35"/>
        <source>{source}: {entry} is damaged</source>
        <translation>{source}: {entry} 已损坏</translation>
    </message>
</context>
<context>
    <name>sync.entry_too_large</name>
    <message>
        <location filename="../../inspector/sync/receive.py" line="26"/>
        <source>{file}: {entry} is too large</source>
        <translation>{file}: {entry} 过大</translation>
    </message>
</context>
<context>
    <name>sync.foreign_author</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="51"/>
        <source>{source}: record {table}/{record_id} is stamped as made on device {author}, but device {signer} signed the package; an inspector&apos;s package may carry only that laptop&apos;s own work — refused</source>
        <translation>{source}: 记录 {table}/{record_id} 标称由设备 {author} 生成，但签署同步包的是设备 {signer}；测评员的同步包只能带那台笔记本自己的成果——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.form_differs</name>
    <message>
        <location filename="../../inspector/sync/pseudo.py" line="29"/>
        <source>{source}: form {form} version {version} differs from the one this computer has — refused; a changed form needs a new version number</source>
        <translation>{source}: 测评表 {form} 版本 {version} 与本机的不同——已拒绝；测评表有改动须换新的版本号</translation>
    </message>
</context>
<context>
    <name>sync.form_hash_mismatch</name>
    <message>
        <location filename="../../inspector/sync/pseudo.py" line="25"/>
        <source>{source}: form {form} version {version}: its content does not hash to its declared id, version and hash — refused</source>
        <translation>{source}: 测评表 {form} 版本 {version}：其内容与所声明的编号、版本和哈希不符——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.handed_to_other</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="60"/>
        <source>this package was handed out to {inspector}, and this laptop is {mine}&apos;s: what is inspected here counts as {mine}&apos;s; if this is {inspector}&apos;s laptop, change the name in Settings</source>
        <translation>该同步包是发给{inspector}的，而这台笔记本是{mine}的：在这里测评的结果记在{mine}名下；如果这是{inspector}的笔记本，请在“设置”中修改姓名</translation>
    </message>
</context>
<context>
    <name>sync.held_needs_data_dir</name>
    <message>
        <location filename="../../inspector/sync/trust.py" line="23"/>
        <source>held packages need a data directory on disk</source>
        <translation>暂存同步包需要磁盘上的数据目录</translation>
    </message>
</context>
<context>
    <name>sync.history_rewritten</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="33"/>
        <source>{source}: the history of device {device} was rewritten after package {file} (imported {date}): its audit log no longer holds row {seq} as that package showed it — refused; if that laptop was restored from a backup, ask its inspector, then &apos;inspector devices reset-history {fingerprint}&apos;</source>
        <translation>{source}: 设备 {device} 的历史在同步包 {file}（{date} 导入）之后被改写：其审计日志第 {seq} 行已不是那个同步包所示的样子——已拒绝；如果那台笔记本是从备份恢复的，请先向其测评员核实，再执行 &apos;inspector devices reset-history {fingerprint}&apos;</translation>
    </message>
</context>
<context>
    <name>sync.inspector_case_event</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="64"/>
        <source>{source}: an inspector&apos;s device ({device}) sent case record {table}/{record_id} that is not its own new action as an inspector (a case&apos;s actions never change once made, and dispatching, approving and closing the books are a supervisor&apos;s) — refused</source>
        <translation>{source}：测评员的设备（{device}）发来的整改记录 {table}/{record_id} 不是它以测评员身份新做的操作（整改任务的操作一经记录不再更改；交办、批准等由督导进行）——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.inspector_edited_others</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="39"/>
        <source>{source}: an inspector&apos;s device ({device}) edited inspection {inspection}, made on another device; only a supervisor&apos;s device may correct someone else&apos;s inspection</source>
        <translation>{source}: 测评员的设备（{device}）修改了另一台设备上的测评 {inspection}；只有督导的设备可以更正他人的测评</translation>
    </message>
</context>
<context>
    <name>sync.inspector_may_not_change</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="76"/>
        <source>{source}: an inspector&apos;s device ({device}) changed record {table}/{record_id}; rounds, samples, assignments, forms, baselines and conflict decisions are a supervisor&apos;s, and an inspector corrects registry entries without deleting them — refused</source>
        <translation>{source}: 测评员的设备（{device}）改动了记录 {table}/{record_id}；测评轮次、抽样、任务分配、测评表、基准和冲突处理都属于督导，测评员只能更正点位信息而不能删除点位——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.inspector_moved_record</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="81"/>
        <source>{source}: an inspector&apos;s device ({device}) changed whose record {table}/{record_id} is (its origin or its inspection) — refused</source>
        <translation>{source}: 测评员的设备（{device}）改动了记录 {table}/{record_id} 的归属（来源设备或所属测评）——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.inspector_reviewed</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="60"/>
        <source>{source}: an inspector&apos;s device ({device}) changed the review of inspection {inspection}; only a supervisor&apos;s device may approve, flag or reject</source>
        <translation>{source}: 测评员的设备（{device}）改动了测评 {inspection} 的审核状态；只有督导的设备可以通过、标记有问题或退回</translation>
    </message>
</context>
<context>
    <name>sync.key_being_made</name>
    <message>
        <location filename="../../inspector/sync/keys.py" line="55"/>
        <source>{path}: another inspector process is making this device&apos;s key; if none is running, delete this file</source>
        <translation>{path}: 另一个 inspector 进程正在生成本设备的密钥；如果并没有在运行，请删除这个文件</translation>
    </message>
</context>
<context>
    <name>sync.key_damaged</name>
    <message>
        <location filename="../../inspector/sync/keys.py" line="39"/>
        <source>{path}: this device&apos;s private key is damaged or not an unencrypted Ed25519 key — restore the keys folder from a backup</source>
        <translation>{path}: 本设备的私钥已损坏，或不是未加密的 Ed25519 密钥——请从备份恢复 keys 文件夹</translation>
    </message>
</context>
<context>
    <name>sync.key_folder</name>
    <message>
        <location filename="../../inspector/sync/keys.py" line="47"/>
        <source>cannot create the key folder {folder}: {error}</source>
        <translation>无法创建密钥文件夹 {folder}：{error}</translation>
    </message>
</context>
<context>
    <name>sync.key_mismatch</name>
    <message>
        <location filename="../../inspector/sync/keys.py" line="43"/>
        <source>{path}: this device&apos;s private key does not match the public key recorded in {info} — restore the keys folder from a backup</source>
        <translation>{path}: 本设备的私钥与 {info} 中记录的公钥不符——请从备份恢复 keys 文件夹</translation>
    </message>
</context>
<context>
    <name>sync.key_missing</name>
    <message>
        <location filename="../../inspector/sync/keys.py" line="48"/>
        <source>{path}: this device&apos;s private key is missing although {info} says it was made here — restore the keys folder from a backup (inspector backup --with-keys)</source>
        <translation>{path}: 本设备的私钥缺失，而 {info} 表明它是在本机生成的——请从备份恢复 keys 文件夹（inspector backup --with-keys）</translation>
    </message>
</context>
<context>
    <name>sync.key_unreadable</name>
    <message>
        <location filename="../../inspector/sync/keys.py" line="52"/>
        <source>{path}: cannot read this device&apos;s private key: {error}</source>
        <translation>{path}: 无法读取本设备的私钥：{error}</translation>
    </message>
</context>
<context>
    <name>sync.made_by_older_version</name>
    <message>
        <location filename="../../inspector/sync/receive.py" line="30"/>
        <source>{source}: the package has no {entry} — it was made by an older version of inspector; update inspector on the sending computer and export again</source>
        <translation>{source}: 同步包中没有 {entry}——它由旧版 inspector 生成；请在发出的电脑上更新 inspector 后重新导出</translation>
    </message>
</context>
<context>
    <name>sync.many_conflicts</name>
    <message>
        <location filename="../../inspector/sync/preflight.py" line="25"/>
        <source>{source}: importing it would make {n} conflicts with the records here (the same records made or changed both here and in the package) — it may come from another copy of this round, such as a different demo city or a laptop set up twice; check where it comes from before applying it</source>
        <translation>{source}: 导入它会与本机的记录产生 {n} 个冲突（同一批记录在本机和同步包里都新建或修改过）——它可能来自这一轮测评的另一份副本，例如另一个示例城市，或重复设置过的电脑；请先核实它的来源再导入</translation>
    </message>
</context>
<context>
    <name>sync.named_for</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="57"/>
        <source>this laptop is now {inspector}&apos;s: the package was handed out to {inspector}</source>
        <translation>这台笔记本现在是{inspector}的：该同步包是发给{inspector}的</translation>
    </message>
</context>
<context>
    <name>sync.namesake_round</name>
    <message>
        <location filename="../../inspector/sync/preflight.py" line="31"/>
        <source>{source}: its round &apos;{round}&apos; is not this computer&apos;s round of that name (another round, or a different demo city), and importing it would make {n} conflicts — check where it comes from before applying it</source>
        <translation>{source}: 其中的测评轮次“{round}”与本机同名的测评轮次不是同一轮（另一轮测评，或另一个示例城市），导入它会产生 {n} 个冲突——请先核实它的来源再导入</translation>
    </message>
</context>
<context>
    <name>sync.needs_data_dir</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="35"/>
        <source>sync needs a data directory on disk</source>
        <translation>同步需要磁盘上的数据目录</translation>
    </message>
</context>
<context>
    <name>sync.no_entry</name>
    <message>
        <location filename="../../inspector/sync/receive.py" line="25"/>
        <source>{file}: the package has no {entry}</source>
        <translation>{file}: 同步包中没有 {entry}</translation>
    </message>
</context>
<context>
    <name>sync.no_signer</name>
    <message>
        <location filename="../../inspector/sync/receive.py" line="27"/>
        <source>{source}: the package does not say which device made it</source>
        <translation>{source}: 同步包没有注明由哪台设备生成</translation>
    </message>
</context>
<context>
    <name>sync.no_such_device</name>
    <message>
        <location filename="../../inspector/sync/trust.py" line="26"/>
        <source>no device with fingerprint &apos;{fingerprint}&apos; (inspector devices list)</source>
        <translation>没有指纹为“{fingerprint}”的设备（见 inspector devices list）</translation>
    </message>
</context>
<context>
    <name>sync.no_such_export</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="49"/>
        <source>no single past export matches &apos;{again}&apos; (inspector sync exports)</source>
        <translation>没有唯一一次历史导出与“{again}”对应（见 inspector sync exports）</translation>
    </message>
</context>
<context>
    <name>sync.not_a_backup</name>
    <message>
        <location filename="../../inspector/sync/backup.py" line="33"/>
        <source>{file}: not an inspector backup (cannot read it as one)</source>
        <translation>{file}: 不是 inspector 的备份（无法按备份读取）</translation>
    </message>
</context>
<context>
    <name>sync.not_trusted_yet</name>
    <message>
        <location filename="../../inspector/sync/trust.py" line="34"/>
        <source>device {device} is not trusted yet: trust it first (inspector devices trust FINGERPRINT --role inspector)</source>
        <translation>设备 {device} 还未受信任：请先信任它（inspector devices trust 指纹 --role inspector）</translation>
    </message>
</context>
<context>
    <name>sync.not_utf8</name>
    <message>
        <location filename="../../inspector/sync/receive.py" line="39"/>
        <source>{file}: {entry} is not UTF-8 text</source>
        <translation>{file}: {entry} 不是 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>sync.nothing_changed</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="39"/>
        <source>nothing has changed since the last export; --full sends everything</source>
        <translation>自上次导出以来没有改动；--full 可发送全部</translation>
    </message>
</context>
<context>
    <name>sync.own_package</name>
    <message>
        <location filename="../../inspector/sync/receive.py" line="22"/>
        <source>{source}: this package was made on this computer</source>
        <translation>{source}: 这个同步包就是本机生成的</translation>
    </message>
</context>
<context>
    <name>sync.part_without_inspection</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="85"/>
        <source>{source}: record {table}/{record_id} belongs to inspection {inspection}, which is neither in the package nor on this computer; import the package that brought it first, or ask for a --full export</source>
        <translation>{source}: 记录 {table}/{record_id} 属于测评 {inspection}，但该测评既不在同步包中也不在本机；请先导入带来它的同步包，或请对方完整导出（--full）</translation>
    </message>
</context>
<context>
    <name>sync.photo_file_missing</name>
    <message>
        <location filename="../../inspector/sync/receive.py" line="36"/>
        <source>{source}: photo {sha} is listed but its file is missing</source>
        <translation>{source}: 照片 {sha} 已列出，但同步包中缺少它的文件</translation>
    </message>
</context>
<context>
    <name>sync.photo_missing</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="90"/>
        <source>{source}: a record refers to photo {sha}, which is neither in the package nor stored here</source>
        <translation>{source}: 有记录引用照片 {sha}，但它既不在同步包中，也不在本机</translation>
    </message>
</context>
<context>
    <name>sync.photo_not_its_name</name>
    <message>
        <location filename="../../inspector/sync/exchange.py" line="53"/>
        <source>{file}: photo {sha} is not the photo its name says</source>
        <translation>{file}: 照片 {sha} 与其名称所指的照片不符</translation>
    </message>
</context>
<context>
    <name>sync.restore_not_empty</name>
    <message>
        <location filename="../../inspector/sync/backup.py" line="30"/>
        <source>{folder} is not empty; restore only into a new or empty folder</source>
        <translation>{folder} 不是空的；只能恢复到新的或空的文件夹</translation>
    </message>
</context>
<context>
    <name>sync.round_form_missing</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="72"/>
        <source>{source}: round &apos;{round}&apos; uses form {form}, which this database does not have; import the package that brought it first, or ask for a --full export</source>
        <translation>{source}: 测评轮次“{round}”使用的表单 {form} 本数据库没有；请先导入带来该表单的同步包，或请对方完整导出（--full）</translation>
    </message>
</context>
<context>
    <name>sync.several_devices</name>
    <message>
        <location filename="../../inspector/sync/trust.py" line="29"/>
        <source>{n} devices have a fingerprint starting &apos;{fingerprint}&apos;; give more of it (inspector devices list)</source>
        <translation>有 {n} 台设备的指纹以“{fingerprint}”开头；请把指纹写全一些（见 inspector devices list）</translation>
    </message>
</context>
<context>
    <name>sync.shipped_form_changed</name>
    <message>
        <location filename="../../inspector/sync/pseudo.py" line="37"/>
        <source>{source}: form {form} version {version} is stamped as shipped with inspector but is not the form inspector ships — refused</source>
        <translation>{source}: 测评表 {form} 版本 {version} 标称随 inspector 发布，但并不是 inspector 发布的测评表——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.shipped_not_a_form</name>
    <message>
        <location filename="../../inspector/sync/pseudo.py" line="33"/>
        <source>{source}: record {table}/{record_id} is stamped as shipped with inspector, which only forms are — refused</source>
        <translation>{source}: 记录 {table}/{record_id} 标称随 inspector 发布，而随 inspector 发布的只有测评表——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.trusted_as_inspector</name>
    <message>
        <location filename="../../inspector/sync/preflight.py" line="18"/>
        <source>{source}: this package says it comes from a supervisor&apos;s device, but this computer trusts device {device} ({inspector}) as an inspector&apos;s, so the supervisor&apos;s work in it (corrections, reviews, rounds, others&apos; inspections) is refused; if it is your supervisor&apos;s laptop, trust it as one — inspector devices trust {fingerprint} --role supervisor — and import the package again</source>
        <translation>{source}: 这个同步包自称来自督导的设备，但本机把设备 {device}（{inspector}）信任为测评员的设备，所以其中督导的工作（更正、审核、测评轮次、他人的测评）被拒绝；如果这是您的督导的电脑，请把它信任为督导——inspector devices trust {fingerprint} --role supervisor——然后再次导入这个同步包</translation>
    </message>
</context>
<context>
    <name>sync.uncertified</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="56"/>
        <source>{source}: record {table}/{record_id} is stamped as made on device {author}, but that device&apos;s signature for it is not in the package — refused</source>
        <translation>{source}: 记录 {table}/{record_id} 标称由设备 {author} 生成，但同步包里没有该设备为它做的签名——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.unknown_author_key</name>
    <message>
        <location filename="../../inspector/sync/rules.py" line="43"/>
        <source>{source}: the records of device {device} are signed with a key this computer does not know for that device — refused</source>
        <translation>{source}: 设备 {device} 的记录所带的签名来自本机不认识的该设备密钥——已拒绝</translation>
    </message>
</context>
<context>
    <name>sync.unknown_backup_format</name>
    <message>
        <location filename="../../inspector/sync/backup.py" line="36"/>
        <source>{file}: unknown backup format {format}</source>
        <translation>{file}: 未知的备份格式 {format}</translation>
    </message>
</context>
<context>
    <name>worktime.bad_calendar_line</name>
    <message>
        <location filename="../../inspector/worktime.py" line="36"/>
        <source>{file}, line {line}: write a date and 休 (a day off) or 班 (a workday), e.g. &apos;2027-01-01 休&apos;, not &apos;{text}&apos;</source>
        <translation>{file} 第 {line} 行：请写日期和“休”（放假）或“班”（上班），例如“2027-01-01 休”，而不是“{text}”</translation>
    </message>
</context>
<context>
    <name>worktime.bad_hours</name>
    <message>
        <location filename="../../inspector/worktime.py" line="32"/>
        <source>office hours &apos;{text}&apos;: write spans like &apos;8:30-12:00, 14:30-18:00&apos;, each ending after it starts and after the one before</source>
        <translation>办公时间“{text}”：请写成“8:30-12:00, 14:30-18:00”这样的时段，每段结束晚于开始，且晚于前一段</translation>
    </message>
</context>
<context>
    <name>worktime.bad_limit</name>
    <message>
        <location filename="../../inspector/worktime.py" line="28"/>
        <source>time limit &apos;{text}&apos;: write a whole number and 工作时 or 工作日, e.g. &apos;4 工作时&apos; or &apos;3 工作日&apos;</source>
        <translation>时限“{text}”：请写整数加“工作时”或“工作日”，例如“4 工作时”或“3 工作日”</translation>
    </message>
</context>
<context>
    <name>worktime.unknown_year</name>
    <message>
        <location filename="../../inspector/worktime.py" line="40"/>
        <source>working days of {year} are not known: neither chinese-calendar nor the city calendar file lists its holidays; add them to {file} (one line a day: &apos;{year}-01-01 休&apos;)</source>
        <translation>{year} 年的工作日未知：chinese-calendar 和本市的日历文件都没有该年的节假日；请加到 {file}（每天一行，如“{year}-01-01 休”）</translation>
    </message>
</context>
</TS>
