<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="149"/>
        <source>No round yet. Load the demo city to see a scorecard, import a site list, or import a sync package from your supervisor.</source>
        <translation>还没有测评轮次。载入示例城市即可看到得分表，也可以导入点位库，或导入督导发来的同步包。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="156"/>
        <source>Load the demo city</source>
        <translation>载入示例城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="158"/>
        <source>Import a site list…</source>
        <translation>导入点位库…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="160"/>
        <source>Import a sync package…</source>
        <translation>导入同步包…</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="240"/>
        <source>Search sites…</source>
        <translation>搜索点位…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="259"/>
        <source>Finish site (Ctrl+Enter)</source>
        <translation>完成测评 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="261"/>
        <source>Could not inspect…</source>
        <translation>无法测评…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="277"/>
        <source>Photos — drop files here or press P</source>
        <translation>照片 — 拖入照片或按 P</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="298"/>
        <source>No round yet: load the demo city or import a site list.</source>
        <translation>还没有测评轮次：请载入示例城市或导入点位库。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="348"/>
        <source>started {t}</source>
        <translation>开始 {t}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="350"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="352"/>
        <source>could not inspect: {r}</source>
        <translation>无法测评：{r}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="356"/>
        <source>rate {rate}</source>
        <translation>得分率 {rate}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="436"/>
        <source>answer {item}</source>
        <translation>回答 {item}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="464"/>
        <source>new problem on {item}</source>
        <translation>在 {item} 添加扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="478"/>
        <source>edit problem</source>
        <translation>修改扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="486"/>
        <source>delete problem</source>
        <translation>删除扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="515"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="519"/>
        <source>note on {item}</source>
        <translation>{item} 备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="525"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="525"/>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="553"/>
        <source>Importing photos</source>
        <translation>正在导入照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="562"/>
        <source>finish site</source>
        <translation>完成测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="567"/>
        <source>Could not inspect</source>
        <translation>无法测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="568"/>
        <source>Why could this site not be inspected?</source>
        <translation>该点位为什么无法测评？</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="571"/>
        <source>could not inspect</source>
        <translation>无法测评</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="143"/>
        <source>Key {key}</source>
        <translation>按键 {key}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="151"/>
        <source>found </source>
        <translation>找到 </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="153"/>
        <source>+ / − to change</source>
        <translation>按 + / − 修改</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="159"/>
        <source>Problems: {n} (N adds one)</source>
        <translation>扣分问题 {n} 处（按 N 添加）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="166"/>
        <source>⚠ Failed: record the problem (N) with a photo (P)</source>
        <translation>⚠ 不符合：请记录扣分问题 (N) 并附照片 (P)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="170"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="173"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="175"/>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="175"/>
        <source>Fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="179"/>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="52"/>
        <source>Scorecard</source>
        <translation>得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="54"/>
        <source>Reports</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="55"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="56"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="57"/>
        <source>1 / 2 / 3 — Pass / Fail / N/A (grade items: 1…n levels, 0 N/A)
↑ / ↓ — previous / next item
+ / − — change the count (problems, found)
N — new problem on the item · M — note · P — photos (or drop files)
Ctrl+Enter — finish the site
Ctrl+Z / Ctrl+Shift+Z — undo / redo
F1 — this help</source>
        <translation>1 / 2 / 3 — 符合 / 不符合 / 不适用（等级类：1…n 选等级，0 不适用）
↑ / ↓ — 上一项 / 下一项
+ / − — 修改计数（扣分问题、找到数）
N — 为本项添加扣分问题 · M — 备注 · P — 照片（或拖入文件）
Ctrl+Enter — 完成测评
Ctrl+Z / Ctrl+Shift+Z — 撤销 / 重做
F1 — 本帮助</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="178"/>
        <source>Inspect</source>
        <translation>测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="205"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="207"/>
        <source>Load the demo city</source>
        <translation>载入示例城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="208"/>
        <source>Import a site list…</source>
        <translation>导入点位库…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="209"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="210"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="216"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="217"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="219"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="223"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="224"/>
        <location filename="../../inspector/ui/main_window.py" line="299"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="229"/>
        <source>1 Pass · 2 Fail · 3 N/A · +/- count · N problem · M note · P photos · Ctrl+Enter finish · F1 help</source>
        <translation>1 符合 · 2 不符合 · 3 不适用 · +/- 计数 · N 问题 · M 备注 · P 照片 · Ctrl+Enter 完成 · F1 帮助</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="236"/>
        <source>Inspector · Field inspection</source>
        <translation>实地考察测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="242"/>
        <source>{city} {round} · Field inspection · form v{version}</source>
        <translation>{city} {round} · 实地考察 · 表单 v{version}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="251"/>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="274"/>
        <location filename="../../inspector/ui/main_window.py" line="281"/>
        <source>Import a site list</source>
        <translation>导入点位库</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="275"/>
        <source>Site lists (*.csv *.xlsx)</source>
        <translation>点位库 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="283"/>
        <source>{added} sites added, {updated} updated</source>
        <translation>新增点位 {added} 个，更新 {updated} 个</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="90"/>
        <source>Problem description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="94"/>
        <source> ×</source>
        <translation> 处</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="96"/>
        <source>Location, e.g. east gate</source>
        <translation>位置，如：东侧入口</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="97"/>
        <source>{n} photos</source>
        <translation>照片 {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="98"/>
        <source>⚠ photo required</source>
        <translation>⚠ 须附照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="100"/>
        <source>Delete this problem</source>
        <translation>删除此扣分问题</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="103"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="112"/>
        <source>Inspector&apos;s laptop</source>
        <translation>测评员笔记本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="113"/>
        <source>Supervisor&apos;s computer</source>
        <translation>督导电脑</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="115"/>
        <source>Inspector</source>
        <translation>测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="116"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="117"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="118"/>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="119"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="120"/>
        <source>Device id</source>
        <translation>设备ID</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="123"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="126"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
</context>
<context>
    <name>SiteTreeModel</name>
    <message>
        <location filename="../../inspector/ui/site_model.py" line="155"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/site_model.py" line="155"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../inspector/ui/progress.py" line="19"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
