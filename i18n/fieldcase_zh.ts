<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <source>OK</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>A scan or a document, kept encrypted in this workspace.</source>
        <translation>扫描件或文件，以加密方式保存在此工作区中。</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown. Choose a photo.</source>
        <translation>此文件不是可以显示的图片。请选择一张照片。</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera</source>
        <translation>用笔记本电脑的摄像头拍照</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera, or choose a photo or a scan from a file (taken with a phone or a scanner).</source>
        <translation>用笔记本电脑的摄像头拍照，或从文件中选择照片或扫描件（用手机或扫描仪拍摄）。</translation>
    </message>
    <message>
        <source>The file cannot be kept: the interview is not saved yet.</source>
        <translation>无法保存文件：访谈尚未保存。</translation>
    </message>
    <message>
        <source>The photo was %1 × %2 pixels; a smaller copy was kept.</source>
        <translation>照片为 %1 × %2 像素；已保存一份较小的副本。</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>The file %1 is not in this workspace.</source>
        <translation>文件 %1 不在此工作区中。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is %1; a form can keep files up to %2. Choose a smaller file, or scan the document at a lower resolution.</source>
        <translation>此文件大小为 %1；表单最多可保存 %2 的文件。请选择较小的文件，或以较低的分辨率扫描文件。</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used on this laptop: a part of the system that fieldcase needs for it is missing. Photos can still be chosen from files.</source>
        <translation>此笔记本电脑无法使用摄像头：缺少 fieldcase 使用摄像头所需的系统组件。仍可从文件中选择照片。</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Plug one in, or choose the photo from a file.</source>
        <translation>此笔记本电脑上未找到摄像头。请接上摄像头，或从文件中选择照片。</translation>
    </message>
    <message>
        <source>fieldcase is not allowed to use the camera. Allow it in the system&apos;s privacy settings, or choose the photo from a file.</source>
        <translation>fieldcase 未获准使用摄像头。请在系统的隐私设置中允许，或从文件中选择照片。</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>摄像头(&amp;C)：</translation>
    </message>
    <message>
        <source>Hold the document flat, close enough to fill the picture, in good light. Take the photo when the writing is sharp. The photo is kept only in this workspace.</source>
        <translation>将文件平放，靠近到充满画面，光线要好。字迹清晰时再拍。照片只保存在此工作区中。</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>拍照(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>重拍(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>使用此照片(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>The camera stopped working. Another program may be using it, or it was unplugged. Close the other program or plug the camera in, then try again.</source>
        <translation>摄像头停止工作。可能有其他程序正在使用它，或摄像头已被拔出。请关闭该程序或重新接上摄像头，然后再试。</translation>
    </message>
    <message>
        <source>The photo could not be made. Take it again.</source>
        <translation>无法生成照片。请重新拍摄。</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy outside the workspace; the audit log records it.</source>
        <translation>将在工作区之外写入一份未加密的副本；审计日志会记录此操作。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>副本已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Print case file</source>
        <translation>打印个案档案</translation>
    </message>
    <message>
        <source>A PDF of this case for a partner without the app: the person&apos;s details, consents, timeline and every interview, in one language or two side by side.</source>
        <translation>为没有本应用的合作方生成本个案的 PDF：当事人的基本信息、同意情况、时间线和每次访谈，可用一种语言，或两种语言并排。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Beside it</source>
        <translation>并排语言(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>另存为(&amp;S)</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>不加第二种语言</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择…(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>写入 PDF(&amp;W)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save the case file as</source>
        <translation>将个案档案另存为</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the case file first.</source>
        <translation>请先选择个案档案的保存位置。</translation>
    </message>
    <message>
        <source>Print an identified case file</source>
        <translation>打印可识别身份的个案档案</translation>
    </message>
    <message>
        <source>This file will leave the encryption: anyone who gets it, or a copy or a print of it, can read this person&apos;s name and story.</source>
        <translation>此文件将脱离加密：任何拿到它、它的副本或打印件的人，都能读到此人的姓名和经历。</translation>
    </message>
    <message>
        <source>Save it only on an encrypted drive, give it only to people allowed to see it, and delete it (and shred the paper) when it is no longer needed. Printing is recorded in the audit log.</source>
        <translation>只能保存在加密的磁盘上，只交给有权查看的人，不再需要时删除（并销毁纸张）。打印会记录在审计日志中。</translation>
    </message>
    <message>
        <source>Write the unencrypted PDF</source>
        <translation>写入未加密的 PDF</translation>
    </message>
    <message>
        <source>Writing the case file…</source>
        <translation>正在写入个案档案…</translation>
    </message>
    <message numerus="yes">
        <source>The case file was saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>个案档案已保存为 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: the case file was not written, and no part of it was left.</source>
        <translation>磁盘已满：个案档案没有写入，也没有留下任何部分。</translation>
    </message>
    <message>
        <source>The case file cannot be written in the folder %1. Choose another folder: nothing was written.</source>
        <translation>无法在文件夹 %1 中写入个案档案。请选择其他文件夹：没有写入任何内容。</translation>
    </message>
</context>
<context>
    <name>CaseFilePdf</name>
    <message>
        <source>Confidential: do not copy or pass on</source>
        <translation>机密：请勿复制或转交</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>未记录同意情况</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意情况</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>个案档案</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from fieldcase. This paper is outside the app&apos;s encryption: keep it locked away, give it only to people allowed to see it, and destroy it when it is no longer needed.</source>
        <translation>由 %1 于 %2 从 fieldcase 打印。此纸张不受应用加密保护：请上锁保管，只交给有权查看的人，不再需要时销毁。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>个案 %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>（未记录姓名）</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>老挝</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>返回日期</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>剥削类型</translation>
    </message>
    <message>
        <source>Place of recruitment</source>
        <translation>招募地点</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status at closure</source>
        <translation>结案时状态</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介至</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <translation>已结案（已转介）</translation>
    </message>
    <message>
        <source>Reintegration goals reached</source>
        <translation>已实现重新融入目标</translation>
    </message>
    <message>
        <source>The person asked to close the case</source>
        <translation>当事人要求结案</translation>
    </message>
    <message>
        <source>Transferred to another organisation</source>
        <translation>已移交其他机构</translation>
    </message>
    <message>
        <source>The person moved out of the team&apos;s area</source>
        <translation>当事人已搬离团队服务地区</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>失去联系</translation>
    </message>
    <message>
        <source>The person has died</source>
        <translation>当事人已去世</translation>
    </message>
    <message>
        <source>Assessed as not a victim of trafficking</source>
        <translation>经评估不是人口拐卖受害者</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Reintegration support</source>
        <translation>重新融入支持</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>医疗照护</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>庇护安置</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>寻找家人</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接案</translation>
    </message>
    <message>
        <source>Interview added to this case</source>
        <translation>已将访谈添加到此个案</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>信息已更改</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>跟进探访</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>已转介至 %1</translation>
    </message>
    <message>
        <source>Referral accepted by %1</source>
        <translation>%1 已接受转介</translation>
    </message>
    <message>
        <source>Referral declined by %1</source>
        <translation>%1 已拒绝转介</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>已重新开案</translation>
    </message>
    <message>
        <source>Linked: possibly the same person</source>
        <translation>已关联：可能是同一人</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>冲突已解决</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>（未记录姓名）</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>In conflict: %1</source>
        <translation>存在冲突：%1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>双击或按 Enter 键查看访谈</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>A supervisor will choose the right value.</source>
        <translation>督导会选定正确的值。</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>返回列表(&amp;B)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>相互冲突的值</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>New &amp;follow-up</source>
        <translation>新建跟进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>转介(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;open case…</source>
        <translation>重新开案(&amp;O)…</translation>
    </message>
    <message>
        <source>Co&amp;nsent withdrawn…</source>
        <translation>撤回同意…(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Erase case…</source>
        <translation>删除个案…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print case file…</source>
        <translation>打印个案档案…(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P: a PDF of this case, to give to a partner</source>
        <translation>Ctrl+P：本个案的 PDF，可交给合作方</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>个案状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ConflictsWidget</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>待解决的冲突</translation>
    </message>
    <message>
        <source>Two laptops changed the same detail of a case before they synced. Both values are kept until you choose the right one.</source>
        <translation>两台笔记本电脑在同步之前修改了个案的同一项信息。两个值都会保留，直到您选定正确的一个。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>信息项</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>没有待解决的冲突。</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>返回个案列表(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开个案(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>解决(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Counting the cases…</source>
        <translation>正在统计个案…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Cases on this laptop: %1 (open %2, referred %3, closed %4)</source>
        <translation>这台笔记本电脑上的个案：%1（未结案 %2，已转介 %3，已结案 %4）</translation>
    </message>
    <message>
        <source>Follow-ups due soon: %1 · overdue: %2 · cases with open conflicts: %3</source>
        <translation>即将到期的跟进：%1 · 已逾期：%2 · 有未解决冲突的个案：%3</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>统计于 %1。</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>尚未统计。</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>此期间没有可显示的内容。</translation>
    </message>
    <message>
        <source>People identified, by month and citizenship</source>
        <translation>已识别的人员（按月份和国籍）</translation>
    </message>
    <message>
        <source>Returns, by month and citizenship</source>
        <translation>返回人数（按月份和国籍）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Follow-up visits: done, due soon and overdue, by month</source>
        <translation>跟进探访：已完成、即将到期和已逾期（按月份）</translation>
    </message>
    <message>
        <source>Types of exploitation (all cases)</source>
        <translation>剥削类型（所有个案）</translation>
    </message>
    <message>
        <source>Cases with open conflicts, by team</source>
        <translation>有未解决冲突的个案（按团队）</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有未解决的冲突。</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>另存为图片…(&amp;I)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF…(&amp;P)</translation>
    </message>
    <message>
        <source>V&amp;erification report</source>
        <translation>核验报告(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>返回个案列表(&amp;B)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the overview as</source>
        <translation>将概览另存为</translation>
    </message>
    <message>
        <source>fieldcase: overview</source>
        <translation>fieldcase：概览</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>e.g. 15/3/2026 or 2026-03-15</source>
        <translation>例如 2026-03-15 或 15/3/2026</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>DeviceApprovalDialog</name>
    <message>
        <source>Approve the team&apos;s laptops</source>
        <translation>批准团队的笔记本电脑</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>笔记本电脑</translation>
    </message>
    <message>
        <source>These laptops are enrolled with the server but were not approved on this laptop. Choose one, ask its user to read the fingerprint their own laptop shows, and type it below. It is approved only if every group is the same as the keys the server holds for it: this laptop then gives it the team key at its next sync. A laptop you do not know, or whose fingerprint differs, must not be approved.</source>
        <translation>这些笔记本电脑已在服务器上登记，但尚未在这台笔记本电脑上获得批准。请选择一台，请其使用者念出其电脑上显示的指纹，并在下方输入。只有每一组都与服务器为它保存的密钥相同时才会批准：之后，这台笔记本电脑会在下次同步时把团队密钥交给它。您不认识的笔记本电脑，或指纹不同的，绝不能批准。</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>在服务器上</translation>
    </message>
    <message>
        <source>&amp;Fingerprint the chosen laptop shows:</source>
        <translation>所选笔记本电脑显示的指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>Approved on this laptop:</source>
        <translation>已在这台笔记本电脑上批准：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Approve as &amp;supervisor</source>
        <translation>批准为督导(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>%1 is approved: it receives the team key at this laptop&apos;s next sync.</source>
        <translation>%1 已获批准：它将在这台笔记本电脑下次同步时收到团队密钥。</translation>
    </message>
    <message>
        <source>No laptop waits for your approval.</source>
        <translation>没有等待您批准的笔记本电脑。</translation>
    </message>
    <message>
        <source>Enrolled %1 · %2</source>
        <translation>登记于 %1 · %2</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>笔记本电脑 %1</translation>
    </message>
    <message>
        <source>The fingerprint typed is not the one of the keys the server holds for this laptop. It was not approved. Ask its user to read it again; if it still differs, do not approve it and tell your coordinator.</source>
        <translation>输入的指纹与服务器为这台笔记本电脑保存的密钥不符。它未获批准。请其使用者再念一遍；如果仍然不同，请不要批准，并告知您的协调员。</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>no name yet</source>
        <translation>尚无姓名</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>草稿（%1）</translation>
    </message>
    <message>
        <source>No interview is waiting.</source>
        <translation>没有等待继续的访谈。</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>丢弃…</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>丢弃此草稿？</translation>
    </message>
    <message>
        <source>The answers of this interview will be deleted for good:
%1</source>
        <translation>此次访谈的回答将被永久删除：
%1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>DuressBox</name>
    <message>
        <source>Duress password</source>
        <translation>胁迫密码</translation>
    </message>
    <message>
        <source>Typed at the login screen like a normal password, the duress password erases this workspace at once and opens a look-alike in its place: the same users, roles and settings, but no cases. Work not yet synchronised is lost. Tell it only to people who may be forced to open this laptop.</source>
        <translation>在登录界面像普通密码一样输入胁迫密码时，会立即清除此工作区并在原处打开一个外观相同的工作区：用户、角色和设置都一样，但没有任何个案。尚未同步的工作将会丢失。只把它告诉可能被迫打开这台笔记本电脑的人。</translation>
    </message>
    <message>
        <source>D&amp;uress password</source>
        <translation>胁迫密码(&amp;U)</translation>
    </message>
    <message>
        <source>Duress password a&amp;gain</source>
        <translation>再次输入胁迫密码(&amp;G)</translation>
    </message>
    <message>
        <source>Set duress password</source>
        <translation>设置胁迫密码</translation>
    </message>
    <message>
        <source>Remove duress password</source>
        <translation>移除胁迫密码</translation>
    </message>
    <message>
        <source>A duress password is set on this laptop.</source>
        <translation>这台笔记本电脑已设置胁迫密码。</translation>
    </message>
    <message>
        <source>No duress password is set.</source>
        <translation>尚未设置胁迫密码。</translation>
    </message>
    <message>
        <source>Please type the duress password twice.</source>
        <translation>请输入两次胁迫密码。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Setting the duress password…</source>
        <translation>正在设置胁迫密码…</translation>
    </message>
    <message>
        <source>The duress password is set.</source>
        <translation>胁迫密码已设置。</translation>
    </message>
    <message>
        <source>The duress password was removed.</source>
        <translation>胁迫密码已移除。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this laptop with a sync server</source>
        <translation>在同步服务器上登记这台笔记本电脑</translation>
    </message>
    <message>
        <source>Paste the invitation your supervisor gave you, or type the server&apos;s address, the one-time code and the certificate fingerprint.</source>
        <translation>请粘贴督导给您的邀请，或输入服务器地址、一次性代码和证书指纹。</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>邀请(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>服务器地址(&amp;S)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>一次性代码(&amp;C)</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>证书指纹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登记(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Read this fingerprint to your supervisor. They compare it with the one their own laptop shows before approving this laptop:</source>
        <translation>请把这个指纹念给您的督导听。督导会先将它与自己笔记本电脑上显示的指纹核对，然后再批准这台笔记本电脑：</translation>
    </message>
    <message>
        <source>Once approved, this laptop joins its team and syncs by itself whenever the server can be reached.</source>
        <translation>获得批准后，这台笔记本电脑会加入所属团队，并在能连接服务器时自动同步。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This is not a fieldcase invitation.</source>
        <translation>这不是 fieldcase 邀请。</translation>
    </message>
    <message>
        <source>The server&apos;s address and the code are both needed.</source>
        <translation>服务器地址和代码都需要填写。</translation>
    </message>
    <message>
        <source>The server did not accept this code: it may be mistyped, already used or expired. Ask your supervisor for a new invitation.</source>
        <translation>服务器未接受此代码：可能输入有误、已被使用或已过期。请向您的督导索取新的邀请。</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Erase this case</source>
        <translation>删除此个案</translation>
    </message>
    <message>
        <source>Everything recorded about %1 will be erased from this laptop now, and from every laptop of the team when they next sync. Only a note that a case was erased remains. This cannot be undone. Copies already exported are not reached.</source>
        <translation>关于 %1 的所有记录将立即从这台电脑上删除，并在团队所有电脑下次同步时从中删除。只会留下“曾删除一个个案”的记录。此操作无法撤销。已经导出的副本不会被删除。</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>我明白此操作无法撤销</translation>
    </message>
    <message>
        <source>Why is it erased?</source>
        <translation>删除原因</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The workspace folder is read-only: %1. The disk is mounted read-only, or you may not write there. Copy the folder to a writable disk to open it.</source>
        <translation>工作区文件夹是只读的：%1。磁盘以只读方式挂载，或者您没有在该处写入的权限。请把该文件夹复制到可写入的磁盘后再打开。</translation>
    </message>
    <message>
        <source>The folder is read-only: %1. The disk is mounted read-only, or you may not write there. Nothing was written.</source>
        <translation>文件夹是只读的：%1。磁盘以只读方式挂载，或者您没有在该处写入的权限。没有写入任何内容。</translation>
    </message>
    <message>
        <source>This cannot be written: %1. The disk is mounted read-only, or you may not write there.</source>
        <translation>无法写入：%1。磁盘以只读方式挂载，或者您没有在该处写入的权限。</translation>
    </message>
    <message>
        <source>The password cannot be read: it holds characters that are not text. Type it again.</source>
        <translation>无法读取密码：其中含有不是文本的字符。请重新输入。</translation>
    </message>
    <message>
        <source>The key file of this workspace is damaged: the password of this name cannot be checked. Another user or the recovery code may still open the workspace; ask your supervisor for help.</source>
        <translation>此工作区的密钥文件已损坏：无法核对此用户名的密码。其他用户或恢复码可能仍能打开此工作区；请向您的督导寻求帮助。</translation>
    </message>
    <message>
        <source>Your role in this workspace was changed outside the app, so this login is refused. Ask a supervisor to check the workspace.</source>
        <translation>您在此工作区中的角色已在应用之外被更改，因此本次登录被拒绝。请让督导检查此工作区。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>The disk is full. This change was not saved; nothing saved before was lost.</source>
        <translation>磁盘已满。本次更改未能保存；之前保存的内容都没有丢失。</translation>
    </message>
    <message>
        <source>A file of this workspace is damaged. Ask your supervisor for help.</source>
        <translation>此工作区中有一个文件已损坏。请向您的督导寻求帮助。</translation>
    </message>
    <message>
        <source>This cannot be used: %1</source>
        <translation>无法使用此内容：%1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现问题：%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV（可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTCDS (common standard, CSV)</source>
        <translation>HTCDS（通用标准，CSV）</translation>
    </message>
    <message>
        <source>De-identified, for research</source>
        <translation>去标识化，供研究使用</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>k(&amp;K)：</translation>
    </message>
    <message>
        <source>None (codes)</source>
        <translation>无（使用代码）</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>仅限以下日期：</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>所有个案</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>所有表单</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>&amp;Labels in</source>
        <translation>标签语言(&amp;L)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation>个案状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>表单(&amp;O)</translation>
    </message>
    <message>
        <source>Save to fol&amp;der</source>
        <translation>保存到文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the export to</source>
        <translation>将导出内容保存到</translation>
    </message>
    <message>
        <source>Choose a folder for the export first.</source>
        <translation>请先选择导出的文件夹。</translation>
    </message>
    <message>
        <source>Export identified data</source>
        <translation>导出可识别身份的数据</translation>
    </message>
    <message>
        <source>These files will leave the encryption: anyone who gets the folder or a copy of it can read the names and stories of the people in it.</source>
        <translation>这些文件将脱离加密：任何拿到该文件夹或其副本的人都能读到其中人员的姓名和经历。</translation>
    </message>
    <message>
        <source>Save them only on an encrypted drive, share them only with people allowed to see them, and delete them when they are no longer needed. The export is recorded in the audit log.</source>
        <translation>只将其保存在加密的驱动器上，只与获准查看的人共享，不再需要时将其删除。审计日志会记录此次导出。</translation>
    </message>
    <message>
        <source>Write unencrypted files</source>
        <translation>写入未加密的文件</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>正在停止导出…</translation>
    </message>
    <message>
        <source>Exporting… rows written: %1</source>
        <translation>正在导出… 已写入行数：%1</translation>
    </message>
    <message>
        <source>The export is finished.</source>
        <translation>导出已完成。</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>已写入行数：%1</translation>
    </message>
    <message>
        <source>Cases left out because consent was withdrawn: %1</source>
        <translation>因撤回同意而未导出的个案：%1</translation>
    </message>
    <message>
        <source>People left out because they did not agree to research use: %1</source>
        <translation>因未同意用于研究而未导出的人员：%1</translation>
    </message>
    <message>
        <source>Rows suppressed to protect identities: %1</source>
        <translation>为保护身份而隐去的行数：%1</translation>
    </message>
    <message>
        <source>Forms not in this laptop&apos;s library, left out: %1</source>
        <translation>这台笔记本电脑上没有、因此未导出的表单：%1</translation>
    </message>
    <message>
        <source>A report of this export was saved as export-report.json.</source>
        <translation>本次导出的报告已保存为 export-report.json。</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was left behind.</source>
        <translation>导出已取消，没有留下任何文件。</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Review and finish</source>
        <translation>检查并完成</translation>
    </message>
    <message>
        <source>Undo the link: open a new case</source>
        <translation>撤销关联：新开个案</translation>
    </message>
    <message>
        <source>Questions to complete</source>
        <translation>需要完成的问题</translation>
    </message>
    <message>
        <source>The answers, as they will be saved:</source>
        <translation>将要保存的回答：</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>完成访谈</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction:</source>
        <translation>
            <numerusform>还有 %n 个问题需要回答或更正：</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is answered. Finishing saves the interview for good: it cannot be changed afterwards.</source>
        <translation>所有必答问题都已回答。完成后访谈将被正式保存，之后不能再修改。</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <source>Welcome to fieldcase</source>
        <translation>欢迎使用 fieldcase</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Create the workspace now: you will be its first supervisor and can add your colleagues later.</source>
        <translation>您记录的所有内容都以加密方式保存在这台笔记本电脑上。现在创建工作区：您将成为它的第一位督导，之后可以添加同事。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择…(&amp;H)</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way back into the workspace. Write it on paper now and keep it somewhere safe, away from the laptop. It will not be shown again.</source>
        <translation>如果忘记了所有密码，此恢复码是重新进入工作区的唯一途径。请现在把它抄在纸上，存放在远离这台笔记本电脑的安全地方。它不会再次显示。</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>我已抄下恢复码</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>This folder already holds a fieldcase workspace. Choose another folder.</source>
        <translation>此文件夹中已有一个 fieldcase 工作区。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or type the name of a new one.</source>
        <translation>此文件夹不是空的。请选择一个空文件夹，或输入一个新文件夹的名称。</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>这是一个文件，不是文件夹。请选择一个文件夹。</translation>
    </message>
    <message>
        <source>fieldcase cannot write in this folder. Choose a folder of your own.</source>
        <translation>fieldcase 无法在此文件夹中写入。请选择您自己的文件夹。</translation>
    </message>
    <message>
        <source>Choose a folder, or type its full path.</source>
        <translation>请选择一个文件夹，或输入其完整路径。</translation>
    </message>
    <message>
        <source>Folder for the workspace</source>
        <translation>工作区所在的文件夹</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Deriving the key from your password…</source>
        <translation>正在从您的密码派生密钥…</translation>
    </message>
    <message>
        <source>Protecting the workspace with the recovery code…</source>
        <translation>正在用恢复码保护工作区…</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>正在创建加密数据库…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>正在完成…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <source>Latitude, e.g. 13.7563</source>
        <translation>纬度，例如 13.7563</translation>
    </message>
    <message>
        <source>Longitude, e.g. 100.5018</source>
        <translation>经度，例如 100.5018</translation>
    </message>
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>No case matches this search and these filters.</source>
        <translation>没有符合此搜索和筛选条件的个案。</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>个案：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n or more</source>
        <translation>
            <numerusform>个案：%n 个或以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>到期跟进（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>A name, in any script or in Latin letters</source>
        <translation>姓名，可用任何文字或拉丁字母</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All citizenships</source>
        <translation>所有国籍</translation>
    </message>
    <message>
        <source>Any follow-up date</source>
        <translation>任何跟进日期</translation>
    </message>
    <message>
        <source>Follow-up due or overdue</source>
        <translation>跟进到期或已逾期</translation>
    </message>
    <message>
        <source>Follow-up due soon</source>
        <translation>跟进即将到期</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>跟进已逾期</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>新接案(&amp;I)</translation>
    </message>
    <message>
        <source>No follow-up is due now.</source>
        <translation>目前没有到期的跟进。</translation>
    </message>
    <message>
        <source>You are logged in as an interpreter</source>
        <translation>您以口译员身份登录</translation>
    </message>
    <message>
        <source>An interpreter helps in the interviews a social worker runs. You do not see the case list and cannot open or change a case: the interview happens on the social worker&apos;s login, with you beside her.</source>
        <translation>口译员协助社工进行的访谈。您看不到个案列表，也不能打开或更改个案：访谈在社工的登录下进行，您在她身旁协助。</translation>
    </message>
    <message>
        <source>How a social worker opens an interview for you:
1. Click &quot;Switch user&quot; below; the social worker logs in with her own name.
2. She opens the interview (New intake, or New follow-up in the person&apos;s case) and ticks &quot;Interpreter mode: show two languages&quot;.
3. She chooses the person&apos;s language: each question then shows in both languages, and she records your name as the interpreter.</source>
        <translation>社工如何为您打开访谈：
1. 点击下方的“切换用户”；社工用她自己的名字登录。
2. 她打开访谈（新接案，或在当事人个案中新建跟进），并勾选“口译模式：显示两种语言”。
3. 她选择当事人的语言：之后每个问题都会以两种语言显示，她会把您的名字记录为口译员。</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>切换用户(&amp;S)</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>还没有个案。接案完成后，新个案会显示在这里。</translation>
    </message>
</context>
<context>
    <name>InterpreterScreen</name>
    <message>
        <source>%1 — with %2</source>
        <translation>%1 — 与 %2</translation>
    </message>
    <message>
        <source>Interviews you assist</source>
        <translation>您协助的访谈</translation>
    </message>
    <message>
        <source>These are the interviews a social worker named you in as interpreter. Open one to read each question and note the answers; the social worker sees what you saved when she opens the interview again, and she finishes it. You see nothing else of this workspace.</source>
        <translation>这些是社工将您列为口译员的访谈。打开一个即可阅读每个问题并记录回答；社工再次打开访谈时会看到您保存的内容，并由她完成访谈。您看不到此工作区的其他任何内容。</translation>
    </message>
    <message>
        <source>No interview names you yet. The social worker names you as the interpreter when she starts the interview on her login; then log in again.</source>
        <translation>还没有访谈列出您。社工在她的登录中开始访谈时会将您列为口译员；之后请重新登录。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>切换用户(&amp;S)</translation>
    </message>
</context>
<context>
    <name>InterviewWidget</name>
    <message>
        <source>Interpreter: %1</source>
        <translation>口译员：%1</translation>
    </message>
    <message>
        <source>Interpreter mode: show two languages</source>
        <translation>口译模式：显示两种语言</translation>
    </message>
    <message>
        <source>Language of the person interviewed</source>
        <translation>受访者的语言</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Nothing has been added here yet.</source>
        <translation>这里还没有添加任何内容。</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>再添加一项</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>删除此项</translation>
    </message>
    <message>
        <source>Remove these answers? This cannot be undone.</source>
        <translation>删除这些回答吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Form version %1</source>
        <translation>表单版本 %1</translation>
    </message>
    <message>
        <source>Interpreter named in this interview</source>
        <translation>本次访谈指定的口译员</translation>
    </message>
    <message>
        <source>No interpreter named</source>
        <translation>未指定口译员</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>检查并完成</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>the answer needs a correction</source>
        <translation>回答需要更正</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>草稿已保存</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>正在完成…</translation>
    </message>
    <message>
        <source>Finished and saved</source>
        <translation>已完成并保存</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Continue a &amp;draft</source>
        <translation>继续草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>新建访谈(&amp;N)</translation>
    </message>
    <message>
        <source>No intake form is open to new interviews on this laptop.</source>
        <translation>此电脑上没有可用于新访谈的接案表单。</translation>
    </message>
    <message>
        <source>No follow-up form is open to new interviews on this laptop.</source>
        <translation>此电脑上没有可用于新访谈的跟进表单。</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>没有草稿</translation>
    </message>
    <message>
        <source>No form open to new interviews</source>
        <translation>没有可用于新访谈的表单</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（版本 %2）</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>A whole number, e.g. 25</source>
        <translation>整数，例如 25</translation>
    </message>
    <message>
        <source>A number, e.g. 2.5</source>
        <translation>数字，例如 2.5</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>例如 14:30</translation>
    </message>
    <message>
        <source>e.g. 2026-03-15 14:30</source>
        <translation>例如 2026-03-15 14:30</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>fieldcase is locked</source>
        <translation>fieldcase 已锁定</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>Type your user name</source>
        <translation>输入您的用户名</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Emergency wipe…</source>
        <translation>紧急清除…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fieldcase</source>
        <translation>fieldcase</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>切换用户(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>个案(&amp;C)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>个案列表(&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>新接案(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Conflicts to resolve</source>
        <translation>待解决的冲突(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>用户和角色…(&amp;U)</translation>
    </message>
    <message>
        <source>Workspace se&amp;ttings…</source>
        <translation>工作区设置…(&amp;T)</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>紧急清除…(&amp;W)</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Clear answer</source>
        <translation>清除回答</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>请回答此问题。</translation>
    </message>
    <message>
        <source>The form could not check this answer (%1).</source>
        <translation>表格无法检查此回答（%1）。</translation>
    </message>
    <message>
        <source>This answer is not allowed here. Please check it.</source>
        <translation>此处不接受这个回答，请检查。</translation>
    </message>
    <message>
        <source>Type a whole number, for example 25.</source>
        <translation>请输入整数，例如 25。</translation>
    </message>
    <message>
        <source>Type a number, for example 2.5.</source>
        <translation>请输入数字，例如 2.5。</translation>
    </message>
    <message>
        <source>Type a date, for example 15/3/2026, 15/3/2569 or 2026-03-15.</source>
        <translation>请输入日期，例如 2026-03-15、15/3/2026 或 15/3/2569。</translation>
    </message>
    <message>
        <source>Type a time, for example 14:30.</source>
        <translation>请输入时间，例如 14:30。</translation>
    </message>
    <message>
        <source>Type a date and a time, for example 2026-03-15 14:30.</source>
        <translation>请输入日期和时间，例如 2026-03-15 14:30。</translation>
    </message>
    <message>
        <source>Latitude is between -90 and 90, longitude between -180 and 180.</source>
        <translation>纬度应在 -90 到 90 之间，经度应在 -180 到 180 之间。</translation>
    </message>
    <message>
        <source>This answer cannot be used here.</source>
        <translation>此处不能使用这个回答。</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer the case</source>
        <translation>转介个案</translation>
    </message>
    <message>
        <source>I compared this fingerprint with that team&apos;s supervisor: it is the same.</source>
        <translation>我已与该团队的督导核对过此指纹：两者相同。</translation>
    </message>
    <message>
        <source>The person agreed that their case goes to this team, for this purpose.</source>
        <translation>当事人同意将其个案转给该团队，用于该目的。</translation>
    </message>
    <message>
        <source>Without the person&apos;s consent the case cannot be referred.</source>
        <translation>未经当事人同意，个案不能转介。</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>To the team</source>
        <translation>转给团队</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No one has compared this team&apos;s fingerprint yet: %1</source>
        <translation>尚无人核对过该团队的指纹：%1</translation>
    </message>
</context>
<context>
    <name>ReferralBox</name>
    <message>
        <source>Referred to this team</source>
        <translation>已转介至本团队</translation>
    </message>
    <message>
        <source>&amp;Accept the case</source>
        <translation>接受个案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Sent by %1 of team %2 (laptop %3)</source>
        <translation>由团队 %2 的 %1 发送（笔记本电脑 %3）</translation>
    </message>
    <message>
        <source>Waiting for this team&apos;s decision.</source>
        <translation>正在等待本团队的决定。</translation>
    </message>
    <message>
        <source>This team accepted the case.</source>
        <translation>本团队已接受此个案。</translation>
    </message>
    <message>
        <source>This team declined the case.</source>
        <translation>本团队已拒绝此个案。</translation>
    </message>
    <message>
        <source>Team %1&apos;s fingerprint has not been compared on this laptop.</source>
        <translation>尚未在这台笔记本电脑上核对团队 %1 的指纹。</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>重新开案</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新开案</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>为什么重新开案？</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>Two laptops recorded different values for “%1” of %2. Which one is right?</source>
        <translation>两台笔记本电脑为 %2 的“%1”记录了不同的值。哪一个是正确的？</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>保留此值</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (recorded by %2, %3)</source>
        <translation>%1（%2 记录，%3）</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>口译员</translation>
    </message>
</context>
<context>
    <name>SamePerson</name>
    <message>
        <source>same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <source>the name written in another script</source>
        <translation>以另一种文字书写的姓名</translation>
    </message>
    <message>
        <source>a name that sounds alike</source>
        <translation>读音相近的姓名</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>出生日期相同</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>出生年份相同</translation>
    </message>
    <message>
        <source>about the same age</source>
        <translation>年龄相近</translation>
    </message>
    <message>
        <source>same gender</source>
        <translation>性别相同</translation>
    </message>
    <message>
        <source>same citizenship</source>
        <translation>国籍相同</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>Possibly the same person as:</source>
        <translation>可能与以下人员为同一人：</translation>
    </message>
    <message>
        <source>An earlier case may be about this person. Open it to compare; if it is the same person, link this intake to it and no second case is opened. Nothing is merged unless you link.</source>
        <translation>之前的某个个案可能属于此人。请打开比较；如果是同一人，请将本次接案关联到该个案，这样不会再开第二个个案。除非您关联，否则不会合并任何内容。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Open the case (read only)…</source>
        <translation>打开个案（只读）…</translation>
    </message>
    <message>
        <source>Link this intake to this case</source>
        <translation>将本次接案关联到此个案</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Undo the link</source>
        <translation>撤销关联</translation>
    </message>
    <message>
        <source>The same person as an earlier case</source>
        <translation>与之前的个案为同一人</translation>
    </message>
    <message>
        <source>Possibly the same person as an earlier case (found: %1)</source>
        <translation>可能与之前的个案为同一人（找到：%1）</translation>
    </message>
    <message>
        <source>Will be added to the case of %1 (case %2, born %3, %4): finishing records this intake&apos;s answers on that case and opens no new case.</source>
        <translation>将添加到 %1 的个案（个案 %2，出生 %3，%4）：完成时，本次接案的回答将记录在该个案中，不会新开个案。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>无姓名</translation>
    </message>
    <message>
        <source>Earlier case (read only)</source>
        <translation>之前的个案（只读）</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>双击或按 Enter 键查看访谈</translation>
    </message>
    <message>
        <source>Will be added to the earlier case %1.</source>
        <translation>将添加到之前的个案 %1。</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Interview: %1 (read-only)</source>
        <translation>访谈：%1（只读）</translation>
    </message>
    <message>
        <source>Filled in by %1</source>
        <translation>填写人：%1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>口译员：%1</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>无口译员</translation>
    </message>
    <message>
        <source>&amp;Show in</source>
        <translation>显示语言(&amp;S)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 (the person&apos;s language)</source>
        <translation>%1（当事人的语言）</translation>
    </message>
</context>
<context>
    <name>SupervisorScreens</name>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Verification report</source>
        <translation>核验报告(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Approve laptops…</source>
        <translation>批准笔记本电脑…(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Enrol with a server…</source>
        <translation>在服务器上登记…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>等待发送：%1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a sync server.</source>
        <translation>这台笔记本电脑尚未在同步服务器上登记。</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>尚未同步过。</translation>
    </message>
    <message>
        <source>Received items to fetch again: %1</source>
        <translation>将重新获取的已接收项：%1</translation>
    </message>
    <message>
        <source>Offline: syncs by itself when the server can be reached.</source>
        <translation>离线：能连接服务器时会自动同步。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to approve this laptop on the server.</source>
        <translation>正在等待督导在服务器上批准这台笔记本电脑。</translation>
    </message>
    <message>
        <source>Refused by the server and kept aside: %1</source>
        <translation>被服务器拒收并另行保存：%1</translation>
    </message>
    <message>
        <source>Received items that did not check out: %1. They are fetched again at each sync until a good copy arrives.</source>
        <translation>未通过校验的已接收项：%1。每次同步都会重新获取，直到收到完好的副本。</translation>
    </message>
    <message>
        <source>Laptops waiting for your approval: %1 (Workspace › Approve laptops…)</source>
        <translation>等待您批准的笔记本电脑：%1（工作区 › 批准笔记本电脑…）</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>No connection to the server. Your work is kept here; try again later.</source>
        <translation>无法连接服务器。您的工作仍保存在这里，请稍后再试。</translation>
    </message>
    <message>
        <source>The server has a problem. Your work is kept here; try again later.</source>
        <translation>服务器出现问题。您的工作仍保存在这里，请稍后再试。</translation>
    </message>
    <message>
        <source>The server needs an update before this laptop can sync.</source>
        <translation>服务器需要先更新，这台笔记本电脑才能同步。</translation>
    </message>
    <message>
        <source>This laptop was removed from the team and can no longer sync. Ask your supervisor.</source>
        <translation>这台笔记本电脑已被移出团队，无法再同步。请询问您的督导。</translation>
    </message>
    <message>
        <source>The server does not recognise this laptop. Ask your supervisor.</source>
        <translation>服务器无法识别这台笔记本电脑。请询问您的督导。</translation>
    </message>
    <message>
        <source>Some data could not be synced: %1</source>
        <translation>部分数据无法同步：%1</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Choose the update: its folder, or its .zip or .tar.gz file</source>
        <translation>选择更新：其文件夹，或其 .zip 或 .tar.gz 文件</translation>
    </message>
    <message>
        <source>fieldcase updates</source>
        <translation>fieldcase 更新</translation>
    </message>
    <message>
        <source>Checking the update…</source>
        <translation>正在检查更新…</translation>
    </message>
    <message>
        <source>Downloading the update from your team&apos;s server…</source>
        <translation>正在从团队服务器下载更新…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <source>fieldcase %1 · signed by release key %2 · verified</source>
        <translation>fieldcase %1 · 由发布密钥 %2 签名 · 已验证</translation>
    </message>
    <message>
        <source>Installed: fieldcase %1 starts the next time fieldcase is opened (%2 is kept).</source>
        <translation>已安装：下次打开 fieldcase 时将启动 fieldcase %1（保留 %2）。</translation>
    </message>
    <message>
        <source>Refused: this folder holds no signed fieldcase release. Nothing was installed.</source>
        <translation>已拒绝：此文件夹中没有已签名的 fieldcase 发布版本。未安装任何内容。</translation>
    </message>
    <message>
        <source>Refused: the update is signed by a key fieldcase does not trust. Nothing was installed.</source>
        <translation>已拒绝：此更新由 fieldcase 不信任的密钥签名。未安装任何内容。</translation>
    </message>
    <message>
        <source>Refused: the update was changed after it was signed. Nothing was installed.</source>
        <translation>已拒绝：此更新在签名后被修改过。未安装任何内容。</translation>
    </message>
    <message>
        <source>Refused: the update&apos;s files do not match its signed list (changed, missing, added or cut short). Nothing was installed.</source>
        <translation>已拒绝：更新的文件与其签名清单不符（被修改、缺失、添加或截断）。未安装任何内容。</translation>
    </message>
    <message>
        <source>Refused: this update is for another kind of computer. Nothing was installed.</source>
        <translation>已拒绝：此更新适用于另一种电脑。未安装任何内容。</translation>
    </message>
    <message>
        <source>Refused: version %1 is the version running already. Nothing was installed.</source>
        <translation>已拒绝：版本 %1 就是正在运行的版本。未安装任何内容。</translation>
    </message>
    <message>
        <source>Refused: version %1 is older than the running version %2. Nothing was installed.</source>
        <translation>已拒绝：版本 %1 比正在运行的版本 %2 旧。未安装任何内容。</translation>
    </message>
    <message>
        <source>This fieldcase runs from a developer&apos;s copy: it cannot install updates. Nothing was changed.</source>
        <translation>此 fieldcase 从开发者副本运行：无法安装更新。未做任何更改。</translation>
    </message>
    <message>
        <source>Install an update</source>
        <translation>安装更新</translation>
    </message>
    <message>
        <source>This laptop runs fieldcase %1. Choose the folder of a newer version (on a USB stick, for instance) or its .zip or .tar.gz file: it is installed only if it is signed by the fieldcase project and nothing in it was changed.</source>
        <translation>本笔记本电脑运行的是 fieldcase %1。请选择较新版本所在的文件夹（例如 U 盘上）或其 .zip 或 .tar.gz 文件：只有当它由 fieldcase 项目签名且内容未被修改时才会安装。</translation>
    </message>
    <message>
        <source>&amp;Choose a folder or file…</source>
        <translation>选择文件夹或文件…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Download %1 from your team&apos;s server</source>
        <translation>从团队服务器下载 %1(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Go back to an earlier version</source>
        <translation>回到较早的版本</translation>
    </message>
    <message>
        <source>Go back to fieldcase %1?</source>
        <translation>回到 fieldcase %1？</translation>
    </message>
    <message>
        <source>fieldcase %1 will start the next time fieldcase is opened, instead of %2. Version %2 stays installed.</source>
        <translation>下次打开 fieldcase 时将启动 fieldcase %1，而不是 %2。版本 %2 仍保留安装。</translation>
    </message>
    <message>
        <source>&amp;Go back to %1</source>
        <translation>回到 %1(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>fieldcase %1 starts the next time fieldcase is opened.</source>
        <translation>下次打开 fieldcase 时将启动 fieldcase %1。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Install &amp;update…</source>
        <translation>安装更新…(&amp;U)</translation>
    </message>
    <message>
        <source>Go &amp;back to version %1…</source>
        <translation>回到版本 %1…(&amp;B)</translation>
    </message>
    <message>
        <source>A newer version %1 is available from your team&apos;s server.</source>
        <translation>团队服务器上有更新的版本 %1。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>添加用户(&amp;D)</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Enable with this password</source>
        <translation>用此密码重新启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Please type the password twice.</source>
        <translation>请输入两次密码。</translation>
    </message>
    <message>
        <source>%1 can now log in on this laptop.</source>
        <translation>%1 现在可以在这台笔记本电脑上登录了。</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 现在是：%2</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已更改。</translation>
    </message>
    <message>
        <source>%1 can log in again with the new password.</source>
        <translation>%1 可以用新密码重新登录了。</translation>
    </message>
    <message>
        <source>%1 can no longer open this workspace.</source>
        <translation>%1 不能再打开此工作区。</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Sent by a laptop this one does not know. Approve the device on the server, or confirm its fingerprint, then import or sync again.</source>
        <translation>由本机不认识的笔记本电脑发送。请在服务器上批准该设备，或确认其指纹，然后重新导入或同步。</translation>
    </message>
    <message>
        <source>Sent by a laptop that was removed from the team.</source>
        <translation>由已被移出团队的笔记本电脑发送。</translation>
    </message>
    <message>
        <source>The signature does not match the laptop it claims to come from: it may have been changed on the way.</source>
        <translation>签名与声称的发送笔记本电脑不符：可能在传输途中被改动过。</translation>
    </message>
    <message>
        <source>Sealed for other keys: this laptop cannot open it.</source>
        <translation>为其他密钥加密封存：这台笔记本电脑无法打开。</translation>
    </message>
    <message>
        <source>Its encrypted content was damaged or changed on the way.</source>
        <translation>其加密内容在传输途中损坏或被改动。</translation>
    </message>
    <message>
        <source>A copy of another item, or an item claiming to be from another laptop (replayed).</source>
        <translation>另一条目的副本，或声称来自另一台笔记本电脑的条目（重放）。</translation>
    </message>
    <message>
        <source>The server refused it: it was not sent by the laptop or team named.</source>
        <translation>服务器已拒收：它并非由所标明的笔记本电脑或团队发送。</translation>
    </message>
    <message>
        <source>Only a supervisor&apos;s laptop may erase a case: this erasure was ignored.</source>
        <translation>只有督导的笔记本电脑才能删除个案：此删除已被忽略。</translation>
    </message>
    <message>
        <source>A kind of item this version of fieldcase does not handle yet. Update fieldcase.</source>
        <translation>此版本的 fieldcase 尚不能处理的条目类型。请更新 fieldcase。</translation>
    </message>
    <message>
        <source>Not a readable fieldcase item (damaged file).</source>
        <translation>不是可读取的 fieldcase 条目（文件已损坏）。</translation>
    </message>
    <message>
        <source>A referral from a team this laptop does not know yet. It is tried again at the next sync, once the team is in the directory.</source>
        <translation>来自本机尚不认识的团队的转介。该团队列入团队名录后，将在下次同步时重试。</translation>
    </message>
    <message>
        <source>An answer to a referral this team did not make (or that has not reached this laptop yet): ignored for now.</source>
        <translation>对一项并非本团队发出（或尚未到达这台笔记本电脑）的转介的答复：暂时忽略。</translation>
    </message>
    <message>
        <source>Another team&apos;s entry is signed by a different key than before: not used. Compare that team&apos;s fingerprint with its supervisor.</source>
        <translation>另一团队的条目由与之前不同的密钥签名：未使用。请与该团队的督导核对其指纹。</translation>
    </message>
    <message>
        <source>Refused for another reason (see details).</source>
        <translation>因其他原因被拒收（见详情）。</translation>
    </message>
    <message>
        <source>Sent by this laptop, refused by the server</source>
        <translation>由这台笔记本电脑发送，被服务器拒收</translation>
    </message>
    <message>
        <source>Received, not applied</source>
        <translation>已接收，未应用</translation>
    </message>
    <message>
        <source>Case change</source>
        <translation>个案变更</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>个案删除</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>表单版本</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
</context>
<context>
    <name>VerificationWidget</name>
    <message>
        <source>Import a transfer file</source>
        <translation>导入传输文件</translation>
    </message>
    <message>
        <source>Transfer files (*)</source>
        <translation>传输文件 (*)</translation>
    </message>
    <message>
        <source>No sync or import in this session yet. Items refused earlier are listed below.</source>
        <translation>本次登录后尚未同步或导入。之前被拒收的条目列在下方。</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Last USB import</source>
        <translation>上次 USB 导入</translation>
    </message>
    <message>
        <source>%1: received %2, applied %3, already here (duplicates) %4, refused %5.</source>
        <translation>%1：已接收 %2，已应用 %3，已存在（重复）%4，已拒收 %5。</translation>
    </message>
    <message>
        <source>Sent: %1, already on the server %2, refused by the server %3.</source>
        <translation>已发送：%1，服务器上已存在 %2，被服务器拒收 %3。</translation>
    </message>
    <message>
        <source>This laptop is waiting for a supervisor&apos;s approval.</source>
        <translation>这台笔记本电脑正在等待督导批准。</translation>
    </message>
    <message>
        <source>Cases erased by a supervisor: %1</source>
        <translation>被督导删除的个案：%1</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>核验报告</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>拒收原因</translation>
    </message>
    <message numerus="yes">
        <source>Refused items kept aside: %n</source>
        <translation>
            <numerusform>被拒收并另行保存的条目：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused items kept aside</source>
        <translation>被拒收并另行保存的条目</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>没有被拒收的条目。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a transfer file…</source>
        <translation>导入传输文件…(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>返回个案列表(&amp;B)</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>紧急清除</translation>
    </message>
    <message>
        <source>An emergency wipe erases this workspace from this laptop for good: every case, form and password on it. Work already synced stays safe on the server. To continue, a supervisor or a social worker types their password.</source>
        <translation>紧急清除会从这台笔记本电脑上永久删除此工作区：其中所有个案、表单和密码。已经同步的工作仍安全地保存在服务器上。如需继续，请由督导或社工输入自己的密码。</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Erase this workspace</source>
        <translation>清除此工作区</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The workspace will be erased from this laptop now. It cannot be undone, and no password or recovery code will open it again.</source>
        <translation>此工作区将立即从这台笔记本电脑上清除。此操作无法撤销，任何密码或恢复码都无法再打开它。</translation>
    </message>
    <message>
        <source>Drafts and records not yet sent to the server, which will be lost: %1</source>
        <translation>尚未发送到服务器、将会丢失的草稿和记录：%1</translation>
    </message>
    <message>
        <source>Only a supervisor or a social worker may wipe this workspace. Ask one of them to type their own password here.</source>
        <translation>只有督导或社工可以清除此工作区。请让他们中的一位在此输入自己的密码。</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
    <message>
        <source>Everything: no more use of the person&apos;s information</source>
        <translation>全部：不再使用对方的信息</translation>
    </message>
    <message>
        <source>Use for statistics and research</source>
        <translation>用于统计和研究</translation>
    </message>
    <message>
        <source>Sharing with other organisations</source>
        <translation>与其他机构共享</translation>
    </message>
    <message>
        <source>What did the person withdraw?</source>
        <translation>对方撤回了哪一项？</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <source>&amp;Largest file a form may keep</source>
        <translation>表单可保存的最大文件(&amp;L)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Between 1 and 60 MB; 20 MB unless a supervisor changes it. Files kept before stay as they are. This setting is for this laptop&apos;s workspace only.</source>
        <translation>介于 1 至 60 MB 之间；除非督导更改，否则为 20 MB。之前保存的文件保持不变。此设置仅适用于这台笔记本电脑上的工作区。</translation>
    </message>
    <message>
        <source>Login screen</source>
        <translation>登录界面</translation>
    </message>
    <message>
        <source>As&amp;k users to type their name at login</source>
        <translation>登录时要求用户输入自己的姓名(&amp;K)</translation>
    </message>
    <message>
        <source>When this is on, the login screen shows no names: each user types their own, in any letter case. A wrong name gives the same message as a wrong password.</source>
        <translation>开启后，登录界面不显示任何姓名：每位用户自行输入自己的姓名，大小写均可。输错姓名与输错密码显示相同的提示。</translation>
    </message>
    <message>
        <source>When it is off, the login screen lists every user, which is quicker on a laptop shared by several workers.</source>
        <translation>关闭时，登录界面列出所有用户，在多名工作人员共用的笔记本电脑上更方便。</translation>
    </message>
    <message>
        <source>It hides the names from people at the laptop, not from someone who copies the disk.</source>
        <translation>这只对面前的人隐藏姓名，对复制磁盘的人则无法隐藏。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Forms can now keep files up to %1 MB.</source>
        <translation>表单现在最多可保存 %1 MB 的文件。</translation>
    </message>
    <message>
        <source>From the next login, users type their name.</source>
        <translation>从下次登录起，用户需输入自己的姓名。</translation>
    </message>
    <message>
        <source>From the next login, the login screen lists the users.</source>
        <translation>从下次登录起，登录界面将列出用户。</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>This looks like Burmese typed in the Zawgyi encoding, which other screens and search cannot read. In Unicode it reads:</source>
        <translation>这段文字看起来是用 Zawgyi 编码输入的缅甸文，其他界面和搜索都无法读取。转换为 Unicode 后为：</translation>
    </message>
    <message>
        <source>Use Unicode</source>
        <translation>使用 Unicode</translation>
    </message>
    <message>
        <source>It is not Zawgyi</source>
        <translation>这不是 Zawgyi</translation>
    </message>
</context>
</TS>
