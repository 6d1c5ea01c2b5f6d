<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="73"/>
        <source>No round yet. Load the demo city to see a scorecard, or import a site list with &apos;inspector sites import&apos;.</source>
        <translation>还没有测评轮次。载入示例城市即可看到得分表，或用 &apos;inspector sites import&apos; 导入点位库。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="77"/>
        <source>Load the demo city</source>
        <translation>载入示例城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="98"/>
        <source>Inspector · Field inspection</source>
        <translation>实地考察测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="107"/>
        <source>{city} {round} · Field inspection · form v{version}</source>
        <translation>{city} {round} · 实地考察 · 表单 v{version}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="114"/>
        <source>Site type</source>
        <translation>点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="114"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="114"/>
        <source>Sites sampled</source>
        <translation>抽样点位数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="115"/>
        <source>Sites inspected</source>
        <translation>已测评点位数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="115"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="115"/>
        <source>Rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="115"/>
        <source>Lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="120"/>
        <source>Not inspected</source>
        <translation>未测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="131"/>
        <source>Score {total} of {inspected} points inspected · rate {rate} · lost {lost}</source>
        <translation>得分 {total} / 已测评分值 {inspected} · 得分率 {rate} · 失分 {lost}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="135"/>
        <source> · projected to {points}: {projected}</source>
        <translation> · 折算满分{points}分：{projected}</translation>
    </message>
</context>
</TS>
