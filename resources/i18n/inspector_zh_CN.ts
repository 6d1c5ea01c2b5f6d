<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CategoryTableModel</name>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="128"/>
        <source>Site type</source>
        <translation>点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="128"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="128"/>
        <source>Sites sampled</source>
        <translation>抽样点位数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="129"/>
        <source>Sites inspected</source>
        <translation>已测评点位数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="129"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="129"/>
        <source>Rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="129"/>
        <source>Lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="168"/>
        <source>Not inspected</source>
        <translation>未测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="182"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="188"/>
        <source>{name}: no counted inspection yet</source>
        <translation>{name}：尚无计分的测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="191"/>
        <source>{name}: no points lost</source>
        <translation>{name}：未失分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="192"/>
        <source>{name}: points lost on</source>
        <translation>{name}：失分项</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="19"/>
        <source>This site has not been started</source>
        <translation>这个点位还没有开始测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="21"/>
        <source>Standards {items} have no answer yet (answer them or mark them N/A)</source>
        <translation>测评标准 {items} 还没有结论（请作答或标为不适用）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="24"/>
        <source>Standards {items} failed: record the problem (N) with a photo first</source>
        <translation>测评标准 {items} 不符合：请先记录扣分问题（N）并附照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="27"/>
        <source>{n} problems on standards that require a photo have none yet (P to add photos)</source>
        <translation>有 {n} 个扣分问题所在的测评标准要求附照片，但还没有照片（按 P 添加）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="30"/>
        <source>Say why the site could not be inspected</source>
        <translation>请说明无法测评的原因</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="32"/>
        <source>A problem counts at least 1</source>
        <translation>扣分问题的数量至少为 1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="34"/>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="36"/>
        <source>not an image (or an image format inspector does not read)</source>
        <translation>不是图片（或本程序不能读取的图片格式）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="39"/>
        <source>HEIC is not supported on this computer: convert it to JPEG first</source>
        <translation>本机不支持 HEIC：请先转换为 JPEG</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="42"/>
        <source>truncated or damaged image data ({detail})</source>
        <translation>图片数据不完整或已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="44"/>
        <source>damaged image file ({detail})</source>
        <translation>图片文件已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="46"/>
        <source>changed while being imported, try again</source>
        <translation>导入过程中文件被改动，请重试</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="48"/>
        <source>another photo import is running in this data directory</source>
        <translation>此数据目录中另一个照片导入正在进行</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="52"/>
        <source>the signature does not match — the file was changed or damaged after it was made</source>
        <translation>签名不符 — 文件生成后被改动或已损坏</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="55"/>
        <source>the end of the file is missing — it was cut off while copying; copy it again</source>
        <translation>文件末尾缺失 — 复制时被截断，请重新复制</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="59"/>
        <source>the package has no signature — the file is incomplete (cut off while copying) or was not made by inspector</source>
        <translation>同步包没有签名 — 文件不完整（复制时被截断），或不是本程序生成的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="63"/>
        <source>the package cannot be read ({detail}) — the file is damaged or was not made by inspector</source>
        <translation>无法读取同步包（{detail}）— 文件已损坏或不是本程序生成的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="67"/>
        <source>the file is too short to be a sync package ({size} bytes) — it was cut off while copying, or is not a package</source>
        <translation>文件太短，不是同步包（{size} 字节）——可能复制时被截断，或者不是同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="71"/>
        <source>the package was made by a newer version of inspector (format {fmt}) — update inspector to read it</source>
        <translation>同步包由更新版本的 inspector 生成（格式 {fmt}）——请先升级 inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="75"/>
        <source>the package has no manifest (manifest.json) — the file is damaged or was not made by inspector</source>
        <translation>同步包缺少清单（manifest.json）——文件已损坏或不是 inspector 生成的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="78"/>
        <source>the manifest is not valid JSON — the file is damaged or was not made by inspector</source>
        <translation>清单不是有效的 JSON——文件已损坏或不是 inspector 生成的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="81"/>
        <source>entry {name} is a symbolic link — refused</source>
        <translation>条目 {name} 是符号链接——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="83"/>
        <source>entry {name} appears more than once in the package — refused</source>
        <translation>条目 {name} 在同步包中重复出现——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="86"/>
        <source>the file changed while it was being checked — try again</source>
        <translation>检查期间文件发生了变化——请重试</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="89"/>
        <source>this is not an inspector sync package</source>
        <translation>这不是本程序的同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="91"/>
        <source>this package was made on this computer</source>
        <translation>这个同步包就是本机生成的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="94"/>
        <source>{n} records are stamped more than 24 hours ahead of this computer&apos;s clock — check the sending laptop&apos;s clock (date, time and time zone), then export again</source>
        <translation>有 {n} 条记录的时间比本机时钟快 24 小时以上 — 请检查发送方电脑的时钟（日期、时间和时区），然后重新导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="98"/>
        <source>the package does not say which device made it</source>
        <translation>同步包没有注明由哪台设备生成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="136"/>
        <source>record {record} is stamped as shipped with inspector, which only forms are — refused</source>
        <translation>记录 {record} 标称随 inspector 发布，而随 inspector 发布的只有测评表——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="140"/>
        <source>form {form} version {version} is stamped as shipped with inspector but is not the form inspector ships — refused</source>
        <translation>测评表 {form} 版本 {version} 标称随 inspector 发布，但并不是 inspector 发布的测评表——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="178"/>
        <source>{name} is damaged</source>
        <translation>{name} 已损坏</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="180"/>
        <source>photo {sha} is listed but its file is missing</source>
        <translation>照片 {sha} 已列出，但同步包中缺少它的文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="182"/>
        <source>the package has no {name}</source>
        <translation>同步包中没有 {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="183"/>
        <source>{name} is too large</source>
        <translation>{name} 过大</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="185"/>
        <source>{name} is not UTF-8 text</source>
        <translation>{name} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="187"/>
        <source>photo {sha} is not the photo its name says</source>
        <translation>照片 {sha} 与其名称所指的照片不符</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="189"/>
        <source>{file} line {n}: not a valid record ({detail})</source>
        <translation>{file} 第 {n} 行：不是有效的记录（{detail}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="102"/>
        <source>the records of device {device} are signed with a key this computer does not know for that device — refused</source>
        <translation>设备 {device} 的记录所带的签名来自本机不认识的该设备密钥——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="106"/>
        <source>the signature of device {device} over its records does not match — the package was altered; refused</source>
        <translation>设备 {device} 对其记录的签名不符——同步包被改动过，已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="111"/>
        <source>record {record} is stamped as made on device {author}, but device {signer} signed the package; an inspector&apos;s package may carry only that laptop&apos;s own work — refused</source>
        <translation>记录 {record} 标称由设备 {author} 生成，但签署同步包的是设备 {signer}；测评员的同步包只能带那台笔记本自己的成果——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="116"/>
        <source>record {record} is stamped as made on device {author}, but that device&apos;s signature for it is not in the package — refused</source>
        <translation>记录 {record} 标称由设备 {author} 生成，但同步包里没有该设备为它做的签名——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="122"/>
        <source>the history of device {device} was rewritten after package {file} (imported {date}): its audit log no longer holds row {seq} as that package showed it — refused; if that laptop was restored from a backup, ask its inspector, then &apos;inspector devices reset-history {fp}&apos;</source>
        <translation>设备 {device} 的历史在同步包 {file}（{date} 导入）之后被改写：其审计日志第 {seq} 行已不是那个同步包所示的样子——已拒绝；如果那台笔记本是从备份恢复的，请先向其测评员核实，再执行 &apos;inspector devices reset-history {fp}&apos;</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="128"/>
        <source>the package&apos;s history of device {device} contradicts itself — refused</source>
        <translation>同步包中设备 {device} 的历史自相矛盾——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="132"/>
        <source>an inspector&apos;s device ({device}) decided a conflict; only a supervisor&apos;s device may confirm or reverse one</source>
        <translation>测评员的设备（{device}）处理了冲突；只有督导的设备可以确认或撤销冲突</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="144"/>
        <source>record {record} is stamped as part of the demo city but is not what &apos;inspector demo&apos; makes — refused</source>
        <translation>记录 {record} 标称属于示例城市，但与 &apos;inspector demo&apos; 生成的内容不同——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="148"/>
        <source>form {form} version {version}: its content does not hash to its declared id, version and hash — refused</source>
        <translation>测评表 {form} 版本 {version}：其内容与所声明的编号、版本和哈希不符——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="152"/>
        <source>form {form} version {version} differs from the one this computer has — refused; a changed form needs a new version number</source>
        <translation>测评表 {form} 版本 {version} 与本机的不同——已拒绝；测评表有改动须换新的版本号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="156"/>
        <source>the package has no {name} — it was made by an older version of inspector; update inspector on the sending computer and export again</source>
        <translation>同步包中没有 {name}——它由旧版 inspector 生成；请在发出的电脑上更新 inspector 后重新导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="160"/>
        <source>{name} line {n} is not a certificate ({detail})</source>
        <translation>{name} 第 {n} 行不是签名证书（{detail}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="164"/>
        <source>data directory {dir} is in use by the app (process {pid}); close it or wait for it to finish, then try again</source>
        <translation>数据目录 {dir} 正被另一个 inspector 窗口（进程 {pid}）使用；请先关闭那个窗口或等它结束，再试一次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="168"/>
        <source>data directory {dir} is in use by {holder}; close it or wait for it to finish, then try again</source>
        <translation>数据目录 {dir} 正被 {holder} 使用；请先关闭它或等它结束，再试一次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="172"/>
        <source>cannot write the file — {detail}; nothing was left half-written</source>
        <translation>无法写入文件——{detail}；没有留下写了一半的文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="175"/>
        <source>cannot write the file — {detail}</source>
        <translation>无法写入文件——{detail}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="177"/>
        <source>cannot create the folder — {detail}</source>
        <translation>无法创建文件夹——{detail}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="192"/>
        <source>an inspector&apos;s device ({device}) changed the review of inspection {inspection}; only a supervisor&apos;s device may approve, flag or reject</source>
        <translation>测评员的设备（{device}）改动了测评 {inspection} 的审核状态；只有督导的设备可以通过、标记有问题或退回</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="197"/>
        <source>an inspector&apos;s device ({device}) edited inspection {inspection}, made on another device; only a supervisor&apos;s device may correct someone else&apos;s inspection</source>
        <translation>测评员的设备（{device}）修改了另一台设备上的测评 {inspection}；只有督导的设备可以更正他人的测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="202"/>
        <source>round &apos;{round}&apos; uses form {form}, which this database does not have; import the package that brought it first, or ask for a --full export</source>
        <translation>测评轮次“{round}”使用的表单 {form} 本数据库没有；请先导入带来该表单的同步包，或请对方完整导出（--full）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="207"/>
        <source>a record refers to photo {sha}, which is neither in the package nor stored here</source>
        <translation>有记录引用照片 {sha}，但它既不在同步包中，也不在本机</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="213"/>
        <source>the package says it was made by a newer version of inspector (format {fmt}) — update inspector to read it (if this inspector is up to date, the file is damaged)</source>
        <translation>同步包自称由更新版本的 inspector 生成（格式 {fmt}）——请升级 inspector 后再读取（如果本机 inspector 已是最新版，则文件已损坏）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="218"/>
        <source>unknown package format {fmt} — the file is damaged or is not an inspector sync package</source>
        <translation>未知的同步包格式 {fmt}——文件已损坏，或不是 inspector 同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="222"/>
        <source>the manifest has no valid device public key — the file is damaged or was not made by inspector</source>
        <translation>清单中没有有效的设备公钥——文件已损坏，或不是 inspector 生成的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="225"/>
        <source>the manifest&apos;s fingerprint does not match its public key</source>
        <translation>清单中的指纹与其公钥不符</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="228"/>
        <source>the manifest is invalid: {detail}</source>
        <translation>清单无效：{detail}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="230"/>
        <source>the manifest is larger than {size} — refused</source>
        <translation>清单大于 {size}——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="233"/>
        <source>the package&apos;s first entry is not its manifest (manifest.json) — the file is damaged or was not made by inspector</source>
        <translation>同步包的第一个条目不是清单（manifest.json）——文件已损坏，或不是 inspector 生成的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="236"/>
        <source>entry {name} is {size}, more than the limit of {limit} — refused</source>
        <translation>条目 {name} 大小为 {size}，超过上限 {limit}——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="239"/>
        <source>the package holds {size}, more than the limit of {limit} — refused</source>
        <translation>同步包内容共 {size}，超过上限 {limit}——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="242"/>
        <source>the package has more entries than the limit of {limit} — refused</source>
        <translation>同步包的条目数超过上限 {limit}——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="245"/>
        <source>entry {name} is a directory — refused</source>
        <translation>条目 {name} 是文件夹——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="247"/>
        <source>entry {name} is not a regular file — refused</source>
        <translation>条目 {name} 不是普通文件——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="249"/>
        <source>entry {name} is encrypted — refused</source>
        <translation>条目 {name} 已加密——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="251"/>
        <source>entry {name} uses an unsupported compression method</source>
        <translation>条目 {name} 使用了不支持的压缩方式</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="253"/>
        <source>entry {name} is not listed in the manifest — refused</source>
        <translation>条目 {name} 未列在清单中——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="255"/>
        <source>entry {name} is listed in the manifest but missing from the package</source>
        <translation>条目 {name} 列在清单中，但同步包里没有</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="258"/>
        <source>the archive&apos;s entries overlap or are out of order — refused</source>
        <translation>压缩包中的条目相互重叠或顺序错乱——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="262"/>
        <source>entry {name} cannot be read ({detail}) — the file is damaged or was not made by inspector</source>
        <translation>条目 {name} 无法读取（{detail}）——文件已损坏，或不是 inspector 生成的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="266"/>
        <source>entry {name} expands to more than {ratio}× its compressed size — refused as a possible zip bomb</source>
        <translation>条目 {name} 解压后超过压缩大小的 {ratio} 倍——疑为压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="270"/>
        <source>entry {name} expands beyond the limit of {limit} — refused as a possible zip bomb</source>
        <translation>条目 {name} 解压后超过上限 {limit}——疑为压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="274"/>
        <source>the package expands beyond the limit of {limit} — refused as a possible zip bomb</source>
        <translation>同步包解压后超过上限 {limit}——疑为压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="277"/>
        <source>entry {name} is larger than the manifest says ({size} bytes) — refused</source>
        <translation>条目 {name} 比清单所写的（{size} 字节）大——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="281"/>
        <source>entry {name} has {got} bytes but the manifest says {size} — refused</source>
        <translation>条目 {name} 有 {got} 字节，但清单写的是 {size}——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="284"/>
        <source>entry {name} does not match its SHA-256 in the manifest — refused</source>
        <translation>条目 {name} 与清单中的 SHA-256 不符——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="289"/>
        <source>entry {name} {detail} — refused</source>
        <translation>条目 {name} {detail}——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="292"/>
        <source>entry {name} is {size}, more than the {limit} allowed for it — refused</source>
        <translation>条目 {name} 大小为 {size}，超过允许的 {limit}——已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="294"/>
        <source>no such file ({path})</source>
        <translation>没有这个文件（{path}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="296"/>
        <source>cannot be opened: {error}</source>
        <translation>无法打开：{error}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="299"/>
        <source>it lists the entry name {name}, which {detail}</source>
        <translation>其中的条目名 {name} {detail}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="301"/>
        <source>it lists the entry {name} twice</source>
        <translation>条目 {name} 被列出两次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="303"/>
        <source>entry {name} has no valid size</source>
        <translation>条目 {name} 没有有效的大小</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="305"/>
        <source>entry {name} has no valid SHA-256</source>
        <translation>条目 {name} 没有有效的 SHA-256</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="307"/>
        <source>entry {name} has no valid local header</source>
        <translation>条目 {name} 没有有效的本地文件头</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="309"/>
        <source>the manifest&apos;s compressed data is invalid: {error}</source>
        <translation>清单的压缩数据无效：{error}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="312"/>
        <source>{file} row {n}: {detail}</source>
        <translation>{file} 第 {n} 行：{detail}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="314"/>
        <source>no &apos;{a}&apos; and &apos;{b}&apos; columns in the header</source>
        <translation>表头中没有“{a}”和“{b}”两列</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="316"/>
        <source>no &apos;{a}&apos; column in the header</source>
        <translation>表头中没有“{a}”列</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="318"/>
        <source>no {wanted} column in the header</source>
        <translation>表头中没有 {wanted} 列</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="319"/>
        <source>the site name is empty</source>
        <translation>点位名称为空</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="321"/>
        <source>unknown site type &apos;{type}&apos; for &apos;{name}&apos;</source>
        <translation>“{name}”的点位类型“{type}”无法识别</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="323"/>
        <source>{what} &apos;{text}&apos; is not a number</source>
        <translation>{what}“{text}”不是数字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="325"/>
        <source>{what} {text} is outside {range}</source>
        <translation>{what} {text} 超出范围 {range}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="327"/>
        <source>&apos;{name}&apos; has only one of latitude and longitude</source>
        <translation>“{name}”只填了纬度和经度中的一个</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="329"/>
        <source>unknown coordinate system &apos;{system}&apos; (WGS-84, GCJ-02 or BD-09)</source>
        <translation>无法识别的坐标系“{system}”（应为 WGS-84、GCJ-02 或 BD-09）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="332"/>
        <source>&apos;{name}&apos; repeats row {row}</source>
        <translation>“{name}”与第 {row} 行重复</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="334"/>
        <source>… and {n} more bad rows</source>
        <translation>……另有 {n} 行有误</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="335"/>
        <source>nothing was imported</source>
        <translation>未导入任何点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="337"/>
        <source>no sites below the header</source>
        <translation>表头下面没有点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="338"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="340"/>
        <source>site lists must be .csv or .xlsx files</source>
        <translation>点位库须为 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="342"/>
        <source>the file is neither UTF-8 nor GBK text</source>
        <translation>文件既不是 UTF-8 也不是 GBK 编码的文本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="344"/>
        <source>not a readable .xlsx workbook ({error})</source>
        <translation>不是可读取的 .xlsx 工作簿（{error}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="345"/>
        <source>cannot read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="349"/>
        <source>{n} entries are more than a package may hold ({limit}) — send less at once</source>
        <translation>{n} 个条目超过了同步包的容量（{limit}）——请分批发送</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="352"/>
        <source>{name} is {size}, more than a package may hold ({limit})</source>
        <translation>{name} 大小为 {size}，超过了同步包的容量（{limit}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="354"/>
        <source>{size} is more than a package may hold ({limit}) — send less at once</source>
        <translation>{size} 超过了同步包的容量（{limit}）——请分批发送</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="357"/>
        <source>the file changed while the package was being written — make the package again</source>
        <translation>生成同步包时文件发生了变化——请重新生成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="362"/>
        <source>no device id</source>
        <translation>没有设备编号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="363"/>
        <source>no creation time</source>
        <translation>没有生成时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="364"/>
        <source>&apos;forms&apos; is not a list</source>
        <translation>“forms”不是列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="365"/>
        <source>&apos;extra&apos; is not an object</source>
        <translation>“extra”不是对象</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="366"/>
        <source>&apos;entries&apos; is not a list</source>
        <translation>“entries”不是列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="367"/>
        <source>an entry is not an object</source>
        <translation>有条目不是对象</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="368"/>
        <source>an entry has no name</source>
        <translation>有条目没有名称</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="369"/>
        <source>no archive at the start of the file</source>
        <translation>文件开头不是压缩包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="370"/>
        <source>the manifest is encrypted</source>
        <translation>清单已加密</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="371"/>
        <source>the manifest&apos;s size is unknown</source>
        <translation>清单大小未知</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="372"/>
        <source>the manifest uses an unsupported compression method</source>
        <translation>清单使用了不支持的压缩方式</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="373"/>
        <source>the manifest is cut off</source>
        <translation>清单不完整</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="374"/>
        <source>no end-of-archive record</source>
        <translation>没有压缩包结束记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="375"/>
        <source>no end-of-archive record at the end of the archive</source>
        <translation>压缩包末尾没有结束记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="376"/>
        <source>no zip64 end-of-archive locator</source>
        <translation>没有 zip64 结束记录定位符</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="377"/>
        <source>no zip64 end-of-archive record</source>
        <translation>没有 zip64 结束记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="378"/>
        <source>the central directory lies outside the archive</source>
        <translation>中央目录位于压缩包之外</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="379"/>
        <source>the central directory is damaged</source>
        <translation>中央目录已损坏</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="380"/>
        <source>has an empty name</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="381"/>
        <source>contains a backslash</source>
        <translation>含有反斜杠</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="382"/>
        <source>is an absolute path</source>
        <translation>是绝对路径</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="383"/>
        <source>starts with a drive letter</source>
        <translation>以盘符开头</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="384"/>
        <source>points outside the package (..)</source>
        <translation>指向同步包之外（..）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="385"/>
        <source>is not a plain relative path</source>
        <translation>不是普通的相对路径</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="386"/>
        <source>contains characters not allowed in file names</source>
        <translation>含有文件名中不允许的字符</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="387"/>
        <source>is reserved</source>
        <translation>是保留名称</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="388"/>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="389"/>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="391"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="392"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="393"/>
        <source>the file is too large for this disk</source>
        <translation>文件对这个磁盘来说太大</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="394"/>
        <source>permission denied: the folder is not writable</source>
        <translation>没有权限：该文件夹不可写</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="395"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="396"/>
        <source>the drive failed or was removed while writing</source>
        <translation>写入时磁盘出错或被拔出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="397"/>
        <source>the drive was removed while writing</source>
        <translation>写入时磁盘被拔出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="398"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="399"/>
        <source>a folder has that name</source>
        <translation>已有同名文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="400"/>
        <source>a file has that name</source>
        <translation>已有同名文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/core_text.py" line="401"/>
        <source>part of the path is a file, not a folder</source>
        <translation>路径中有一段是文件而不是文件夹</translation>
    </message>
</context>
<context>
    <name>DistrictTableModel</name>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="220"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="220"/>
        <source>District</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="220"/>
        <source>Rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="221"/>
        <source>Sites inspected</source>
        <translation>已测评点位数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="241"/>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="250"/>
        <source>Sites with no district are not ranked</source>
        <translation>未指定县（市、区）的点位不参与排名</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="167"/>
        <source>No round yet. Load the demo city to see a scorecard, import a site list, or import a sync package from your supervisor.</source>
        <translation>还没有测评轮次。载入示例城市即可看到得分表，也可以导入点位库，或导入督导发来的同步包。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="174"/>
        <source>Load the demo city</source>
        <translation>载入示例城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="176"/>
        <source>Import a site list…</source>
        <translation>导入点位库…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="178"/>
        <source>Import a sync package…</source>
        <translation>导入同步包…</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="329"/>
        <source>Pass / Fail / N/A; grade standards: 1…n for the levels, 0 for N/A</source>
        <translation>符合 / 不符合 / 不适用；分级标准：1…n 选等级，0 为不适用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="331"/>
        <source>Previous / next standard</source>
        <translation>上一条 / 下一条测评标准</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="332"/>
        <source>Change the count (problems, found)</source>
        <translation>增减数量（扣分问题、找到数）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="333"/>
        <source>New problem on the standard</source>
        <translation>对测评标准新增扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="334"/>
        <source>Note on the standard</source>
        <translation>为测评标准写备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="335"/>
        <source>Add photos (or drop files on the page)</source>
        <translation>添加照片（或把文件拖到页面上）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="336"/>
        <source>View the standard&apos;s photos: zoom, next / previous, annotate</source>
        <translation>查看本项照片：缩放、上一张/下一张、标注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="338"/>
        <source>Finish the site</source>
        <translation>完成测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="339"/>
        <source>Could not inspect the site (with a reason)</source>
        <translation>无法测评（须说明原因）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="355"/>
        <source>Search sites…</source>
        <translation>搜索点位…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="372"/>
        <source>By site type</source>
        <translation>按点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="373"/>
        <source>By district</source>
        <translation>按县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="385"/>
        <source>Finish site (Ctrl+Enter)</source>
        <translation>完成测评 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="387"/>
        <source>Could not inspect… (X)</source>
        <translation>无法测评… (X)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="403"/>
        <source>Photos — drop files here or press P; Shift+P views</source>
        <translation>照片 — 拖入照片或按 P；Shift+P 查看</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="427"/>
        <source>No round yet: load the demo city or import a site list.</source>
        <translation>还没有测评轮次：请载入示例城市或导入点位库。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="452"/>
        <source>My sites: {done}/{total} done</source>
        <translation>我的点位 {done}/{total} 已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="453"/>
        <source>Sites: {done}/{total} done</source>
        <translation>点位 {done}/{total} 已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="496"/>
        <source>Choose a site in the list on the left.</source>
        <translation>请在左侧列表中选择点位。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="539"/>
        <source>started {t}</source>
        <translation>开始 {t}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="542"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="544"/>
        <source>could not inspect: {r}</source>
        <translation>无法测评：{r}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="546"/>
        <source>lost {lost}/{points}</source>
        <translation>失分 {lost}/{points}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="551"/>
        <source>rate {rate}</source>
        <translation>得分率 {rate}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="692"/>
        <source>answer {item}</source>
        <translation>回答 {item}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="722"/>
        <source>new problem on {item}</source>
        <translation>在 {item} 添加扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="737"/>
        <source>edit problem</source>
        <translation>修改扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="746"/>
        <source>delete problem</source>
        <translation>删除扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="763"/>
        <source>remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="792"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="796"/>
        <source>note on {item}</source>
        <translation>{item} 备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="802"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="802"/>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="818"/>
        <source>No photos on this item yet: P adds some.</source>
        <translation>此标准还没有照片：按 P 添加。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="857"/>
        <source>Importing photos</source>
        <translation>正在导入照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="866"/>
        <source>finish site</source>
        <translation>完成测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="871"/>
        <source>Could not inspect</source>
        <translation>无法测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="872"/>
        <source>Why could this site not be inspected?</source>
        <translation>该点位为什么无法测评？</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="875"/>
        <source>could not inspect</source>
        <translation>无法测评</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="184"/>
        <source>Key {key}</source>
        <translation>按键 {key}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="192"/>
        <source>found </source>
        <translation>找到 </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="194"/>
        <source>+ / − to change</source>
        <translation>按 + / − 修改</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="200"/>
        <source>Problems: {n} (N adds one)</source>
        <translation>扣分问题 {n} 处（按 N 添加）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="202"/>
        <source>each costs {pct}% of this standard</source>
        <translation>每处扣本项 {pct}%</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="212"/>
        <source>⚠ Failed: record the problem (N) with a photo (P)</source>
        <translation>⚠ 不符合：请记录扣分问题 (N) 并附照片 (P)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="216"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="232"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="234"/>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="234"/>
        <source>Fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="238"/>
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
        <location filename="../../inspector/ui/main_window.py" line="57"/>
        <source>Scorecard</source>
        <translation>得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="59"/>
        <source>Reports</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="60"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="61"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="223"/>
        <source>Inspect</source>
        <translation>测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="243"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="245"/>
        <source>Load the demo city</source>
        <translation>载入示例城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="246"/>
        <source>Import a site list…</source>
        <translation>导入点位库…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="247"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="248"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="254"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="255"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="257"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="262"/>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="265"/>
        <location filename="../../inspector/ui/main_window.py" line="402"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="277"/>
        <source>1 Pass · 2 Fail · 3 N/A · +/- count · N problem · M note · P photos · Ctrl+Enter finish · F1 help</source>
        <translation>1 符合 · 2 不符合 · 3 不适用 · +/- 计数 · N 问题 · M 备注 · P 照片 · Ctrl+Enter 完成 · F1 帮助</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="315"/>
        <source>Inspector · Field inspection</source>
        <translation>实地考察测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="321"/>
        <source>{city} {round} · Field inspection · form v{version}</source>
        <translation>{city} {round} · 实地考察 · 表单 v{version}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="333"/>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="357"/>
        <location filename="../../inspector/ui/main_window.py" line="364"/>
        <source>Import a site list</source>
        <translation>导入点位库</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="358"/>
        <source>Site lists (*.csv *.xlsx)</source>
        <translation>点位库 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="366"/>
        <source>{added} sites added, {updated} updated</source>
        <translation>新增点位 {added} 个，更新 {updated} 个</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="398"/>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="267"/>
        <source>View and annotate</source>
        <translation>查看并标注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="269"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="274"/>
        <source>Enter: view and annotate · Delete: remove the photo (Ctrl+Z puts it back)</source>
        <translation>Enter：查看并标注 · Delete：移除照片（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="291"/>
        <source>annotated copy</source>
        <translation>标注版</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="308"/>
        <source>{time} (missing)</source>
        <translation>{time}（缺失）</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="219"/>
        <location filename="../../inspector/ui/photo_viewer.py" line="467"/>
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
        <location filename="../../inspector/ui/photo_viewer.py" line="394"/>
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
        <location filename="../../inspector/ui/photo_viewer.py" line="315"/>
        <source>Cannot show this photo: {m}</source>
        <translation>无法显示此照片：{m}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="322"/>
        <source>No photos here yet.</source>
        <translation>这里还没有照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="327"/>
        <source>(when the file was last saved, no capture time)</source>
        <translation>（文件最后保存时间，无拍摄时间）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="329"/>
        <source>(file time, no EXIF time)</source>
        <translation>（文件时间，无拍摄时间）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="335"/>
        <source>no GPS position</source>
        <translation>无GPS位置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="337"/>
        <source>⚠ original not received (display copy only)</source>
        <translation>⚠ 未收到原图（仅有显示副本）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="339"/>
        <source>✎ annotated copy; the original is kept unchanged</source>
        <translation>✎ 标注版；原图保持不变</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="341"/>
        <source>{n} marks, not saved</source>
        <translation>{n} 处标注，未保存</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="394"/>
        <source>Text to write:</source>
        <translation>要写的文字：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="438"/>
        <source>Saving the annotated copy</source>
        <translation>正在保存标注版</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photo_viewer.py" line="467"/>
        <source>Close without saving the marks?</source>
        <translation>不保存标注就关闭吗？</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="107"/>
        <source>Problem description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="111"/>
        <source> ×</source>
        <translation> 处</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="113"/>
        <source>Location, e.g. east gate</source>
        <translation>位置，如：东侧入口</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="116"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="117"/>
        <source>Responsible unit: the problem list is sent to it</source>
        <translation>责任单位：问题清单将发往该单位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inspect_page.py" line="118"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="119"/>
        <source>⚠ photo required</source>
        <translation>⚠ 须附照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspect_page.py" line="121"/>
        <source>Delete this problem</source>
        <translation>删除此扣分问题</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../inspector/ui/progress.py" line="16"/>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="17"/>
        <source>gathering data</source>
        <translation>汇总数据</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="18"/>
        <source>laying out pages</source>
        <translation>排版</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="19"/>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="20"/>
        <source>writing the file</source>
        <translation>写入文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="21"/>
        <source>checking</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="22"/>
        <source>applying</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/progress.py" line="30"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <location filename="../../inspector/ui/reports_page.py" line="100"/>
        <source>Scorecard PDF</source>
        <translation>得分表 PDF</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="102"/>
        <source>Make the field inspection scorecard of the current round and show it here</source>
        <translation>生成当前测评轮次的实地考察得分表，并在此预览</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="104"/>
        <source>Problem list PDF</source>
        <translation>问题清单 PDF</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="106"/>
        <source>Make the problem list, grouped by responsible unit, and show it here</source>
        <translation>生成按责任单位分组的问题清单，并在此预览</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="108"/>
        <source>With photo appendix</source>
        <translation>附照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="110"/>
        <source>Add every problem&apos;s stamped photos to the scorecard (takes longer)</source>
        <translation>在得分表后附上每个扣分问题的水印照片（耗时较长）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="112"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="114"/>
        <source>Print the report shown (Ctrl+P)</source>
        <translation>打印当前预览的报告 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="116"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="118"/>
        <source>Save a copy of the report shown (Ctrl+S)</source>
        <translation>保存当前预览报告的副本 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="120"/>
        <source>Export XLSX/CSV</source>
        <translation>导出 XLSX/CSV</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="122"/>
        <source>The problem list as an Excel workbook, or all data as XLSX or CSV</source>
        <translation>将问题清单导出为 Excel 工作簿，或将全部数据导出为 XLSX 或 CSV</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="124"/>
        <source>Problem list (XLSX)…</source>
        <translation>问题清单 (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="126"/>
        <source>All data as XLSX…</source>
        <translation>全部数据 (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="128"/>
        <source>All data as CSV…</source>
        <translation>全部数据 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="144"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="145"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="146"/>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="147"/>
        <source>Zoom of the preview</source>
        <translation>预览缩放</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="162"/>
        <source>No report yet.

Click “Scorecard PDF” or “Problem list PDF” to make one from the current round; it shows here, ready to print, save or send.</source>
        <translation>还没有报告。

点击“得分表 PDF”或“问题清单 PDF”，即可由当前测评轮次生成报告，在此预览后打印、保存或发送。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="181"/>
        <source>Field inspection scorecard</source>
        <translation>实地考察得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="182"/>
        <source>Problem list</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="202"/>
        <source>No city set: reports will have none in their heading (Settings → City).</source>
        <translation>未设置城市：报告抬头将没有城市名称（设置 → 城市）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="205"/>
        <source>{what}: the data changed since it was made — make it again for the latest figures.</source>
        <translation>{what}：生成后数据已有变化，请重新生成以获得最新数字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="208"/>
        <source>{what} · {pages} pages</source>
        <translation>{what} · 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="240"/>
        <source>Making the scorecard</source>
        <translation>正在生成得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="241"/>
        <source>Making the problem list</source>
        <translation>正在生成问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="256"/>
        <source>The report could not be opened ({error}).</source>
        <translation>无法打开报告（{error}）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="270"/>
        <location filename="../../inspector/ui/reports_page.py" line="278"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="272"/>
        <source>Reports</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="292"/>
        <source>Print {what}</source>
        <translation>打印{what}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="311"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="312"/>
        <source>The printer could not be started; check that it is switched on and connected.</source>
        <translation>无法启动打印机，请检查打印机是否已开机并连接。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="315"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="315"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="355"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="362"/>
        <source>Save {what}</source>
        <translation>保存{what}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="363"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="374"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="375"/>
        <source>{file}: could not be saved ({reason})</source>
        <translation>{file}：无法保存（{reason}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="378"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="386"/>
        <location filename="../../inspector/ui/reports_page.py" line="404"/>
        <source>Export the problem list</source>
        <translation>导出问题清单</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="388"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="410"/>
        <source>Export all data as {format} into a folder</source>
        <translation>将全部数据以 {format} 格式导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="421"/>
        <source>Export {format}</source>
        <translation>导出 {format}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/reports_page.py" line="430"/>
        <source>Exported: {files}</source>
        <translation>已导出：{files}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="186"/>
        <location filename="../../inspector/ui/review_page.py" line="273"/>
        <location filename="../../inspector/ui/review_page.py" line="324"/>
        <location filename="../../inspector/ui/review_page.py" line="460"/>
        <location filename="../../inspector/ui/review_page.py" line="550"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="186"/>
        <location filename="../../inspector/ui/review_page.py" line="322"/>
        <source>Inspector</source>
        <translation>测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="186"/>
        <location filename="../../inspector/ui/review_page.py" line="320"/>
        <source>Outcome</source>
        <translation>测评结果</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="186"/>
        <location filename="../../inspector/ui/review_page.py" line="321"/>
        <location filename="../../inspector/ui/review_page.py" line="528"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="187"/>
        <source>Problems</source>
        <translation>扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="187"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="190"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="192"/>
        <source>Approve the selected inspection (Ctrl+Enter)</source>
        <translation>通过所选测评 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="193"/>
        <source>Flag…</source>
        <translation>标记有问题…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="195"/>
        <source>Mark it as having issues, with a comment (Ctrl+G)</source>
        <translation>标记为有问题，并填写意见 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="197"/>
        <source>Reject…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="199"/>
        <source>Send it back: it no longer counts, with a comment (Ctrl+R)</source>
        <translation>退回并填写意见：退回后不再计分 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="212"/>
        <location filename="../../inspector/ui/review_page.py" line="324"/>
        <source>Standard</source>
        <translation>测评标准</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="212"/>
        <location filename="../../inspector/ui/review_page.py" line="316"/>
        <location filename="../../inspector/ui/review_page.py" line="551"/>
        <source>Problem</source>
        <translation>扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="212"/>
        <location filename="../../inspector/ui/review_page.py" line="317"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="212"/>
        <location filename="../../inspector/ui/review_page.py" line="317"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="213"/>
        <location filename="../../inspector/ui/review_page.py" line="312"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="213"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="221"/>
        <source>Double-click or Enter: view the photo (zoom)</source>
        <translation>双击或按 Enter：查看照片（可缩放）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="230"/>
        <source>Received inspections</source>
        <translation>已接收的测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="247"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="247"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="247"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="247"/>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="251"/>
        <location filename="../../inspector/ui/review_page.py" line="593"/>
        <location filename="../../inspector/ui/review_page.py" line="599"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="258"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="259"/>
        <source>Keep the current version (the newest)</source>
        <translation>保留当前版本（最新版本）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="260"/>
        <source>Reverse</source>
        <translation>改用另一版本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="262"/>
        <source>Make the other version current again; both stay in the history</source>
        <translation>改用另一版本为当前版本；两个版本都保留在历史中</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="273"/>
        <location filename="../../inspector/ui/review_page.py" line="314"/>
        <source>Site type</source>
        <translation>点位类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="273"/>
        <source>Standards where they disagree</source>
        <translation>结论不一致的测评标准</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="280"/>
        <source>Conflicts (one record changed on two devices)</source>
        <translation>冲突（同一记录在两台设备上被修改）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="287"/>
        <source>Sites where two inspectors disagree</source>
        <translation>两名测评员结论不一致的点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="312"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="313"/>
        <source>District</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="313"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="314"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="315"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="315"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="316"/>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="318"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="318"/>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="318"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="319"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="319"/>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="320"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="321"/>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="322"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="323"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="323"/>
        <source>Finished at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="329"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="329"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="330"/>
        <source>Could not inspect</source>
        <translation>无法测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="333"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="333"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="334"/>
        <source>Has issues</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="334"/>
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="335"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="368"/>
        <source>This computer is set up for an inspector: reviews are read-only here. Reviewing is done on the supervisor&apos;s computer.</source>
        <translation>本机设置为测评员电脑：此处审核只读。审核请在督导的电脑上进行。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="376"/>
        <source>No round yet: import the inspectors&apos; sync packages on the Sync page.</source>
        <translation>还没有测评轮次：请在“同步”页导入测评员的同步包。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="394"/>
        <source>{waiting} of {total} waiting for review</source>
        <translation>共 {total} 条，{waiting} 条待审核</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="419"/>
        <source>Select an inspection to see its problems.</source>
        <translation>选择一条测评即可查看其扣分问题。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="428"/>
        <source>{site} · {inspector} · {outcome} · started {start} · finished {end}</source>
        <translation>{site} · {inspector} · {outcome} · 开始 {start} · 完成 {end}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="434"/>
        <source>reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="436"/>
        <source>Review comment: {comment}</source>
        <translation>审核意见：{comment}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="488"/>
        <source>{item} (missing)</source>
        <translation>{item}（缺失）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="508"/>
        <source>Flag</source>
        <translation>标记有问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="508"/>
        <source>What is wrong with this inspection?</source>
        <translation>这条测评有什么问题？</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="510"/>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="511"/>
        <source>Why is this inspection sent back? (It will no longer count.)</source>
        <translation>为什么退回这条测评？（退回后不再计分。）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="517"/>
        <source>A comment is needed to flag or reject an inspection: say what to fix.</source>
        <translation>标记有问题或退回时必须填写意见：请说明需要改正什么。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="545"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="550"/>
        <source>Inspection</source>
        <translation>测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="551"/>
        <source>Answer</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="552"/>
        <source>Round</source>
        <translation>测评轮次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="565"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="565"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="566"/>
        <source>Reversed</source>
        <translation>已改用另一版本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="578"/>
        <source>{open} open of {total}</source>
        <translation>共 {total} 个，{open} 个待处理</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="580"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="603"/>
        <source>Current · {who}</source>
        <translation>当前 · {who}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="605"/>
        <source>Newest · {who}</source>
        <translation>最新 · {who}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="607"/>
        <source>Other · {who}</source>
        <translation>另一版本 · {who}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/review_page.py" line="622"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="459"/>
        <source>Field inspection scorecard</source>
        <translation>实地考察得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="462"/>
        <location filename="../../inspector/ui/scorecard_page.py" line="507"/>
        <source>District ranking</source>
        <translation>县（市、区）排名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="477"/>
        <source>Sites and problems</source>
        <translation>点位与扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="502"/>
        <source>Score rate by site type</source>
        <translation>各点位类型得分率</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="598"/>
        <source>No scorecard yet</source>
        <translation>还没有得分表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="601"/>
        <source>Load the demo city, import a site list or import a sync package to see the scorecard.</source>
        <translation>载入示例城市、导入点位库或导入同步包后即可看到得分表。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="609"/>
        <source>Score {total} / {inspected} points inspected</source>
        <translation>得分 {total} / 已测评分值 {inspected}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="612"/>
        <source>projected to {points} points: {projected}</source>
        <translation>折算为 {points} 分：{projected}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="614"/>
        <source>rate {rate}</source>
        <translation>得分率 {rate}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="615"/>
        <source>lost {lost}</source>
        <translation>失分 {lost}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/scorecard_page.py" line="621"/>
        <source>%n unapproved inspection(s) counted</source>
        <translation>
            <numerusform>已计入 %n 条未审核的测评</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/scorecard_page.py" line="624"/>
        <source>%n inspection(s) in progress, not counted</source>
        <translation>
            <numerusform>%n 条测评进行中，未计入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/scorecard_page.py" line="627"/>
        <source>%n rejected, not counted</source>
        <translation>
            <numerusform>%n 条已退回，未计入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/scorecard_page.py" line="629"/>
        <source>%n with every item N/A, not counted</source>
        <translation>
            <numerusform>%n 条全部为不适用，未计入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/scorecard_page.py" line="631"/>
        <source>%n problem(s) lack a required photo</source>
        <translation>
            <numerusform>%n 个扣分问题缺少必需的照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="632"/>
        <source>Note: {notes}</source>
        <translation>说明：{notes}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="686"/>
        <source>{name}: {inspected} of {sampled} sites inspected · score {score} of {points}</source>
        <translation>{name}：抽样 {sampled} 个点位，已测评 {inspected} 个 · 得分 {score} / {points}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="688"/>
        <source>Not inspected</source>
        <translation>未测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="701"/>
        <source>Choose a site type (arrows, Enter) to list its sites and problems</source>
        <translation>选择点位类型（方向键、回车）即可列出其点位与扣分问题</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="109"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="118"/>
        <source>Inspector&apos;s laptop</source>
        <translation>测评员笔记本</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="119"/>
        <source>Supervisor&apos;s computer</source>
        <translation>督导电脑</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="121"/>
        <source>Inspector</source>
        <translation>测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="122"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="123"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="124"/>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="125"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="126"/>
        <source>Device id</source>
        <translation>设备ID</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="131"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="134"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="140"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="141"/>
        <source>A new language shows fully after the app is restarted.</source>
        <translation>更换语言后，重新启动程序才能完全生效。</translation>
    </message>
</context>
<context>
    <name>SiteProblemsModel</name>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="327"/>
        <source>Site / problem</source>
        <translation>点位 / 扣分问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="327"/>
        <source>District</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="328"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="347"/>
        <location filename="../../inspector/ui/scorecard_page.py" line="354"/>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/scorecard_page.py" line="357"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个扣分问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="359"/>
        <source>Inspectors disagree on: {items}</source>
        <translation>测评员结论不一致：{items}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="367"/>
        <source>Not inspected</source>
        <translation>未测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="369"/>
        <source>Could not inspect</source>
        <translation>无法测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="379"/>
        <source>No photo</source>
        <translation>缺照片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/scorecard_page.py" line="380"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="388"/>
        <source>Count: {n}</source>
        <translation>数量：{n}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="390"/>
        <source>Location: {where}</source>
        <translation>位置：{where}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/scorecard_page.py" line="391"/>
        <source>Responsible unit: {unit}</source>
        <translation>责任单位：{unit}</translation>
    </message>
</context>
<context>
    <name>SiteTreeModel</name>
    <message>
        <location filename="../../inspector/ui/site_model.py" line="201"/>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/site_model.py" line="201"/>
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
        <location filename="../../inspector/ui/sync_page.py" line="126"/>
        <source>Import the sync packages the inspectors send you (USB stick, shared folder, chat attachment): use the button or drop .pkg files here. Packages can be imported in any order, and again: the result is the same.</source>
        <translation>导入测评员发来的同步包（U 盘、共享文件夹、聊天附件）：点击按钮或把 .pkg 文件拖到这里。同步包可以按任意顺序导入，重复导入也没关系：结果相同。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="130"/>
        <source>Import packages…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="132"/>
        <source>Import sync packages (Ctrl+I)</source>
        <translation>导入同步包 (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="134"/>
        <source>Export package…</source>
        <translation>导出同步包…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="137"/>
        <source>Write a sync package with every change since the last export (Ctrl+E)</source>
        <translation>将上次导出以来的全部改动写成同步包 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="139"/>
        <source>Everything, not only what changed</source>
        <translation>全部导出，不只是改动</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="141"/>
        <source>Send every record again, e.g. for a new laptop or a lost package</source>
        <translation>重新发送全部记录，例如换了新电脑或同步包丢失时</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="142"/>
        <source>Smaller photos (display size)</source>
        <translation>较小照片（显示尺寸）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="144"/>
        <source>Send display-size copies instead of the original photos: a much smaller package, but the originals stay here</source>
        <translation>发送显示尺寸的照片副本而非原图：同步包小得多，但原图仍只保存在本机</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="157"/>
        <source>Nothing imported yet. Drop the inspectors&apos; .pkg files here, or click Import packages…</source>
        <translation>还没有导入任何同步包。把测评员的 .pkg 文件拖到这里，或点击“导入同步包…”</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="163"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="163"/>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="163"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="163"/>
        <location filename="../../inspector/ui/sync_page.py" line="212"/>
        <source>Inspector</source>
        <translation>测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="164"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="167"/>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="167"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="167"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="167"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="168"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="174"/>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="179"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="182"/>
        <source>Past exports</source>
        <translation>历次导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="212"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="213"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="223"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="224"/>
        <source>No (known from a supervisor&apos;s package)</source>
        <translation>否（经督导同步包得知）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync_page.py" line="231"/>
        <source>No: %n packages held</source>
        <translation>
            <numerusform>否：暂存 %n 个同步包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="244"/>
        <source>This computer ({role}): device {device} · fingerprint {fingerprint}</source>
        <translation>本机（{role}）：设备 {device} · 指纹 {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="266"/>
        <location filename="../../inspector/ui/sync_page.py" line="293"/>
        <source>✖ {file}: refused — {reason}</source>
        <translation>✖ {file}：已拒绝 — {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="268"/>
        <source>{inspector}, device {device}</source>
        <translation>{inspector}，设备 {device}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="269"/>
        <source>no name</source>
        <translation>未署名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="271"/>
        <source>✔ {file}: applied — {records} new versions, {changed} records updated, {photos} photos ({who})</source>
        <translation>✔ {file}：已导入 — 新版本 {records} 条，更新记录 {changed} 条，照片 {photos} 张（{who}）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="276"/>
        <source>= {file}: already imported, nothing changed</source>
        <translation>= {file}：此前已导入，未作改动</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="279"/>
        <source>⚠ {file}: held — device {device} is trusted with another key, and this package is signed with a new one ({who}); if nobody reinstalled that laptop, it is not from it</source>
        <translation>⚠ {file}：暂存 — 设备 {device} 已用另一把密钥受信任，而此同步包用新密钥签署（{who}）；如果没有人重装那台笔记本，它就不是那台笔记本发出的</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="284"/>
        <source>⚠ {file}: held — another key also claims this device ({who}); compare both fingerprints with the one that laptop shows</source>
        <translation>⚠ {file}：暂存 — 另有一把密钥也自称是这台设备（{who}）；请把两个指纹都与那台笔记本显示的指纹核对</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="288"/>
        <source>⚠ {file}: held — it comes from a device this computer does not know yet ({who}); check its fingerprint to trust it</source>
        <translation>⚠ {file}：暂存 — 来自本机尚不认识的设备（{who}）；核对指纹后再信任</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="301"/>
        <source>Import sync packages</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="302"/>
        <source>Sync packages (*.pkg);;All files (*)</source>
        <translation>同步包 (*.pkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="332"/>
        <source>Wait until the current import or export has finished.</source>
        <translation>请等待当前的导入或导出完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync_page.py" line="356"/>
        <source>Importing %n sync package(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个同步包…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="357"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync_page.py" line="367"/>
        <source>Cancelled: %n package(s) not imported.</source>
        <translation>
            <numerusform>已取消：%n 个同步包未导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="392"/>
        <source>✖ {message}</source>
        <translation>✖ {message}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="420"/>
        <source>⊘ {file}: not applied — you did not trust device {device} ({inspector}); import it again to decide later</source>
        <translation>⊘ {file}：未导入 — 您没有信任设备 {device}（{inspector}）；以后可再次导入时再决定</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="455"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="471"/>
        <source>✖ {fingerprint}: not trusted — {reason}</source>
        <translation>✖ {fingerprint}：未信任 — {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync_page.py" line="475"/>
        <source>⊘ The key {fingerprint} ({inspector}) is refused: %n held packages dropped</source>
        <translation>
            <numerusform>⊘ 已拒绝密钥 {fingerprint}（{inspector}）：丢弃暂存的同步包 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="480"/>
        <source>Device {device} ({inspector}) is trusted as {role}</source>
        <translation>已将设备 {device}（{inspector}）信任为{role}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="492"/>
        <source>To review: {waiting} inspections, {conflicts} conflicts — on the Review page</source>
        <translation>待审核：{waiting} 条测评，{conflicts} 处冲突 — 请到“审核”页处理</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="503"/>
        <source>Export sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="504"/>
        <source>Sync packages (*.pkg)</source>
        <translation>同步包 (*.pkg)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="525"/>
        <source>Nothing has changed since the last export; tick “Everything” to send it all again.</source>
        <translation>上次导出以来没有改动；勾选“全部导出”可重新发送全部记录。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="529"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_page.py" line="539"/>
        <source>✔ exported {file}: {records} records, {photos} photos, {size:.1f} MB</source>
        <translation>✔ 已导出 {file}：记录 {records} 条，照片 {photos} 张，{size:.1f} MB</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="40"/>
        <source>Unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="42"/>
        <source>These packages come from a device this computer has not seen before. Compare its fingerprint with the one the inspector told you (by phone or in person) before you trust it; until then nothing from it is applied.</source>
        <translation>这些同步包来自本机从未见过的设备。信任之前，请把它的指纹与测评员（电话或当面）告诉您的指纹核对一致；在此之前，它的任何内容都不会导入。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="50"/>
        <source>A new key for a trusted device</source>
        <translation>受信任设备的新密钥</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="52"/>
        <source>This device is trusted with another key ({trusted}). If nobody reinstalled that laptop, these packages are not from it: refuse them. Trusting this key replaces the old one.</source>
        <translation>这台设备已用另一把密钥（{trusted}）受信任。如果没有人重装那台笔记本，这些同步包就不是它发出的：请拒绝。信任这把密钥将替换旧密钥。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="57"/>
        <source>Another key also claims this device. Only one of them is the laptop&apos;s: trust the one whose fingerprint the inspector reads to you, refuse the other.</source>
        <translation>另有一把密钥也自称是这台设备。只有其中一把属于那台笔记本：信任测评员念给您听的那个指纹，拒绝另一个。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="62"/>
        <source>These packages are signed by a key this computer does not trust. Compare its fingerprint with the one the inspector told you (by phone or in person) before you trust it; until then nothing from it is applied.</source>
        <translation>这些同步包由本机不信任的密钥签署。信任之前，请把它的指纹与测评员（电话或当面）告诉您的指纹核对一致；在此之前，它的任何内容都不会导入。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="73"/>
        <source>(no name given)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="77"/>
        <source>Inspector:</source>
        <translation>测评员：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="78"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="79"/>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="80"/>
        <source>Sync packages:</source>
        <translation>同步包：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="82"/>
        <source>Trust as inspector</source>
        <translation>信任为测评员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="84"/>
        <source>Apply its packages; it may send its own inspections only</source>
        <translation>导入其同步包；它只能发送自己的测评</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="85"/>
        <source>Trust as supervisor</source>
        <translation>信任为督导</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="87"/>
        <source>Apply its packages; it may also review and relay other devices&apos; work</source>
        <translation>导入其同步包；它还可以审核并转发其他设备的工作</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="88"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="90"/>
        <source>Apply nothing and drop this key with its held packages</source>
        <translation>不导入任何内容，丢弃这把密钥及其暂存的同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="91"/>
        <source>Decide later</source>
        <translation>以后再定</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/trust_dialog.py" line="93"/>
        <source>Apply nothing now; the packages stay held until you decide (Esc)</source>
        <translation>暂不导入；同步包继续暂存，等您决定（Esc）</translation>
    </message>
</context>
</TS>
