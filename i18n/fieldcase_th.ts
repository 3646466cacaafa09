<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>ถ่ายรูป…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>A scan or a document, kept encrypted in this workspace.</source>
        <translation>ภาพสแกนหรือเอกสาร ซึ่งเก็บแบบเข้ารหัสไว้ในพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>รูปภาพ (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>เลือกไฟล์</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown. Choose a photo.</source>
        <translation>ไฟล์นี้ไม่ใช่รูปภาพที่แสดงได้ โปรดเลือกรูปถ่าย</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera</source>
        <translation>ถ่ายรูปด้วยกล้องของโน้ตบุ๊ก</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera, or choose a photo or a scan from a file (taken with a phone or a scanner).</source>
        <translation>ถ่ายรูปด้วยกล้องของโน้ตบุ๊ก หรือเลือกรูปหรือภาพสแกนจากไฟล์ (ที่ถ่ายด้วยโทรศัพท์หรือเครื่องสแกน)</translation>
    </message>
    <message>
        <source>The file cannot be kept: the interview is not saved yet.</source>
        <translation>เก็บไฟล์ไม่ได้ เพราะยังไม่ได้บันทึกการสัมภาษณ์</translation>
    </message>
    <message>
        <source>The photo was %1 × %2 pixels; a smaller copy was kept.</source>
        <translation>รูปถ่ายมีขนาด %1 × %2 พิกเซล จึงเก็บสำเนาที่เล็กลงไว้แทน</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <source>The file %1 is not in this workspace.</source>
        <translation>ไม่มีไฟล์ %1 ในพื้นที่ทำงานนี้</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is %1; a form can keep files up to %2. Choose a smaller file, or scan the document at a lower resolution.</source>
        <translation>ไฟล์นี้มีขนาด %1 แต่แบบฟอร์มเก็บไฟล์ได้ไม่เกิน %2 โปรดเลือกไฟล์ที่เล็กกว่านี้ หรือสแกนเอกสารด้วยความละเอียดที่ต่ำลง</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>แสดงรูปภาพนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used on this laptop: a part of the system that fieldcase needs for it is missing. Photos can still be chosen from files.</source>
        <translation>ใช้กล้องบนโน้ตบุ๊กเครื่องนี้ไม่ได้ เพราะขาดส่วนหนึ่งของระบบที่ fieldcase ต้องใช้สำหรับกล้อง ยังเลือกรูปจากไฟล์ได้</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Plug one in, or choose the photo from a file.</source>
        <translation>ไม่พบกล้องบนโน้ตบุ๊กเครื่องนี้ เสียบกล้อง หรือเลือกรูปจากไฟล์</translation>
    </message>
    <message>
        <source>fieldcase is not allowed to use the camera. Allow it in the system&apos;s privacy settings, or choose the photo from a file.</source>
        <translation>fieldcase ไม่ได้รับอนุญาตให้ใช้กล้อง อนุญาตได้ในการตั้งค่าความเป็นส่วนตัวของระบบ หรือเลือกรูปจากไฟล์</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>ถ่ายรูป</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>กล้อง (&amp;C):</translation>
    </message>
    <message>
        <source>Hold the document flat, close enough to fill the picture, in good light. Take the photo when the writing is sharp. The photo is kept only in this workspace.</source>
        <translation>วางเอกสารให้เรียบ ใกล้พอให้เต็มภาพ ในที่ที่แสงดี ถ่ายเมื่อตัวหนังสือคมชัด รูปจะเก็บไว้ในพื้นที่ทำงานนี้เท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>ถ่ายรูป (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>ถ่ายใหม่ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>ใช้รูปนี้ (&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>กำลังเปิดกล้อง…</translation>
    </message>
    <message>
        <source>The camera stopped working. Another program may be using it, or it was unplugged. Close the other program or plug the camera in, then try again.</source>
        <translation>กล้องหยุดทำงาน อาจมีโปรแกรมอื่นใช้อยู่ หรือกล้องถูกถอดออก ปิดโปรแกรมนั้นหรือเสียบกล้องใหม่ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The photo could not be made. Take it again.</source>
        <translation>สร้างรูปไม่ได้ ถ่ายใหม่อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>วันที่เก็บ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy outside the workspace; the audit log records it.</source>
        <translation>จะเขียนสำเนาที่ไม่ได้เข้ารหัสไว้นอกพื้นที่ทำงาน และบันทึกการตรวจสอบจะบันทึกการกระทำนี้ไว้</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>บันทึกสำเนา</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>บันทึกสำเนาไว้ที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Print case file</source>
        <translation>พิมพ์แฟ้มกรณี</translation>
    </message>
    <message>
        <source>A PDF of this case for a partner without the app: the person&apos;s details, consents, timeline and every interview, in one language or two side by side.</source>
        <translation>ไฟล์ PDF ของกรณีนี้ สำหรับหน่วยงานพันธมิตรที่ไม่มีแอปนี้: รายละเอียดของบุคคล ความยินยอม ลำดับเหตุการณ์ และการสัมภาษณ์ทั้งหมด ในภาษาเดียวหรือสองภาษาเคียงกัน</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Beside it</source>
        <translation>ภาษาคู่กัน (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>บันทึกเป็น (&amp;S)</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>ไม่มีภาษาที่สอง</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>เลือก… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>เขียน PDF (&amp;W)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Save the case file as</source>
        <translation>บันทึกแฟ้มกรณีเป็น</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the case file first.</source>
        <translation>กรุณาเลือกที่บันทึกแฟ้มกรณีก่อน</translation>
    </message>
    <message>
        <source>Print an identified case file</source>
        <translation>พิมพ์แฟ้มกรณีที่ระบุตัวตน</translation>
    </message>
    <message>
        <source>This file will leave the encryption: anyone who gets it, or a copy or a print of it, can read this person&apos;s name and story.</source>
        <translation>ไฟล์นี้จะออกนอกการเข้ารหัส: ใครก็ตามที่ได้ไฟล์นี้ สำเนา หรือฉบับพิมพ์ของมัน จะอ่านชื่อและเรื่องราวของบุคคลนี้ได้</translation>
    </message>
    <message>
        <source>Save it only on an encrypted drive, give it only to people allowed to see it, and delete it (and shred the paper) when it is no longer needed. Printing is recorded in the audit log.</source>
        <translation>บันทึกไว้เฉพาะในไดรฟ์ที่เข้ารหัส ให้เฉพาะผู้ที่มีสิทธิ์ดู และลบทิ้ง (พร้อมทำลายกระดาษ) เมื่อไม่ต้องการแล้ว การพิมพ์จะถูกบันทึกไว้ในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Write the unencrypted PDF</source>
        <translation>เขียน PDF ที่ไม่ได้เข้ารหัส</translation>
    </message>
    <message>
        <source>Writing the case file…</source>
        <translation>กำลังเขียนแฟ้มกรณี…</translation>
    </message>
    <message numerus="yes">
        <source>The case file was saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>บันทึกแฟ้มกรณีเป็น %1 แล้ว (%n หน้า)</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: the case file was not written, and no part of it was left.</source>
        <translation>ดิสก์เต็ม: ไม่ได้เขียนแฟ้มกรณี และไม่มีส่วนใดของแฟ้มหลงเหลืออยู่</translation>
    </message>
    <message>
        <source>The case file cannot be written in the folder %1. Choose another folder: nothing was written.</source>
        <translation>ไม่สามารถเขียนแฟ้มกรณีในโฟลเดอร์ %1 ได้ กรุณาเลือกโฟลเดอร์อื่น: ไม่มีสิ่งใดถูกเขียน</translation>
    </message>
</context>
<context>
    <name>CaseFilePdf</name>
    <message>
        <source>Confidential: do not copy or pass on</source>
        <translation>ลับ: ห้ามทำสำเนาหรือส่งต่อ</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>ไม่มีการบันทึกความยินยอม</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>แฟ้มกรณี</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from fieldcase. This paper is outside the app&apos;s encryption: keep it locked away, give it only to people allowed to see it, and destroy it when it is no longer needed.</source>
        <translation>พิมพ์โดย %1 เมื่อ %2 จาก fieldcase กระดาษนี้อยู่นอกการเข้ารหัสของแอป: เก็บไว้ในที่ล็อก ให้เฉพาะผู้ที่มีสิทธิ์ดู และทำลายเมื่อไม่ต้องการแล้ว</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>กรณี %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>พิมพ์เมื่อ %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>สัญชาติ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>ติดตามผลครั้งถัดไป</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ข้อมูลขัดแย้ง</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ใกล้ถึงกำหนด</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(ไม่ได้บันทึกชื่อ)</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>กัมพูชา</translation>
    </message>
    <message>
        <source>China</source>
        <translation>จีน</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>สปป.ลาว</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>เมียนมา</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ชื่อเป็นอักษรโรมัน</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>สัญชาติ</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>วันที่เดินทางกลับ</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>ประเภทของการแสวงประโยชน์</translation>
    </message>
    <message>
        <source>Place of recruitment</source>
        <translation>สถานที่ที่ถูกชักชวน</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Status at closure</source>
        <translation>สถานะเมื่อปิดเคส</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>เหตุผลในการปิด</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ส่งต่อไปยัง</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <translation>ปิด ส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Reintegration goals reached</source>
        <translation>บรรลุเป้าหมายการคืนสู่สังคมแล้ว</translation>
    </message>
    <message>
        <source>The person asked to close the case</source>
        <translation>บุคคลนั้นขอให้ปิดเคส</translation>
    </message>
    <message>
        <source>Transferred to another organisation</source>
        <translation>โอนไปยังองค์กรอื่น</translation>
    </message>
    <message>
        <source>The person moved out of the team&apos;s area</source>
        <translation>บุคคลนั้นย้ายออกนอกพื้นที่ของทีม</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>ขาดการติดต่อ</translation>
    </message>
    <message>
        <source>The person has died</source>
        <translation>บุคคลนั้นเสียชีวิตแล้ว</translation>
    </message>
    <message>
        <source>Assessed as not a victim of trafficking</source>
        <translation>ได้รับการประเมินว่าไม่ใช่ผู้เสียหายจากการค้ามนุษย์</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>เหตุผลอื่น</translation>
    </message>
    <message>
        <source>Reintegration support</source>
        <translation>การช่วยเหลือเพื่อคืนสู่สังคม</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>ความช่วยเหลือทางกฎหมาย</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>การดูแลสุขภาพ</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>ที่พักพิง</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>การติดตามหาครอบครัว</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>การรับเรื่อง</translation>
    </message>
    <message>
        <source>Interview added to this case</source>
        <translation>เพิ่มการสัมภาษณ์เข้าในเคสนี้แล้ว</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>แก้ไขข้อมูล</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>การเยี่ยมติดตามผล</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>ส่งต่อไปยัง %1</translation>
    </message>
    <message>
        <source>Referral accepted by %1</source>
        <translation>%1 รับการส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Referral declined by %1</source>
        <translation>%1 ปฏิเสธการส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>ปิดเคสแล้ว</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>เปิดเคสอีกครั้ง</translation>
    </message>
    <message>
        <source>Linked: possibly the same person</source>
        <translation>เชื่อมโยงแล้ว: อาจเป็นบุคคลเดียวกัน</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>แก้ไขข้อมูลขัดแย้งแล้ว</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>ถอนความยินยอมแล้ว</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(ไม่ได้บันทึกชื่อ)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>ติดตามผลครั้งถัดไป</translation>
    </message>
    <message>
        <source>In conflict: %1</source>
        <translation>ข้อมูลขัดแย้ง: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>ดับเบิลคลิกหรือกด Enter เพื่ออ่านการสัมภาษณ์</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>A supervisor will choose the right value.</source>
        <translation>หัวหน้างานจะเป็นผู้เลือกค่าที่ถูกต้อง</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>กลับไปที่รายการ (&amp;B)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>ค่าที่ขัดแย้งกัน</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>สิ่งที่เกิดขึ้น</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>New &amp;follow-up</source>
        <translation>ติดตามผลใหม่ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>ส่งต่อ… (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>ปิดเคส… (&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;open case…</source>
        <translation>เปิดเคสอีกครั้ง… (&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;nsent withdrawn…</source>
        <translation>ถอนความยินยอม… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Erase case…</source>
        <translation>ลบเคส… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print case file…</source>
        <translation>พิมพ์แฟ้มกรณี… (&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P: a PDF of this case, to give to a partner</source>
        <translation>Ctrl+P: PDF ของกรณีนี้ เพื่อมอบให้หน่วยงานพันธมิตร</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>ปิดเคส</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>สถานะของเคส</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
</context>
<context>
    <name>ConflictsWidget</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>ข้อมูลขัดแย้งที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>Two laptops changed the same detail of a case before they synced. Both values are kept until you choose the right one.</source>
        <translation>โน้ตบุ๊กสองเครื่องแก้ไขข้อมูลเดียวกันของเคสหนึ่งก่อนที่จะซิงค์กัน ระบบเก็บทั้งสองค่าไว้จนกว่าคุณจะเลือกค่าที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>ไม่มีข้อมูลขัดแย้งที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>กลับไปที่รายการเคส (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>เปิดเคส (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>แก้ไข… (&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>แสดงเพิ่มเติม (&amp;M)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Earlier</source>
        <translation>ก่อนหน้านั้น</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Counting the cases…</source>
        <translation>กำลังนับเคส…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Cases on this laptop: %1 (open %2, referred %3, closed %4)</source>
        <translation>เคสในโน้ตบุ๊กเครื่องนี้: %1 (เปิดอยู่ %2, ส่งต่อแล้ว %3, ปิดแล้ว %4)</translation>
    </message>
    <message>
        <source>Follow-ups due soon: %1 · overdue: %2 · cases with open conflicts: %3</source>
        <translation>ติดตามผลใกล้ถึงกำหนด: %1 · เลยกำหนด: %2 · เคสที่มีข้อมูลขัดแย้งที่ยังไม่ได้แก้ไข: %3</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>นับเมื่อ %1</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>ยังไม่ได้นับ</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>ไม่มีข้อมูลที่จะแสดงสำหรับช่วงเวลานี้</translation>
    </message>
    <message>
        <source>People identified, by month and citizenship</source>
        <translation>บุคคลที่ได้รับการคัดแยก แยกตามเดือนและสัญชาติ</translation>
    </message>
    <message>
        <source>Returns, by month and citizenship</source>
        <translation>การเดินทางกลับ แยกตามเดือนและสัญชาติ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ทำแล้ว</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ใกล้ถึงกำหนด</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Follow-up visits: done, due soon and overdue, by month</source>
        <translation>การเยี่ยมติดตามผล: ทำแล้ว ใกล้ถึงกำหนด และเลยกำหนด แยกตามเดือน</translation>
    </message>
    <message>
        <source>Types of exploitation (all cases)</source>
        <translation>ประเภทของการแสวงประโยชน์ (ทุกเคส)</translation>
    </message>
    <message>
        <source>Cases with open conflicts, by team</source>
        <translation>เคสที่มีข้อมูลขัดแย้งที่ยังไม่ได้แก้ไข แยกตามทีม</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>ไม่มีข้อมูลขัดแย้งที่ยังไม่ได้แก้ไข</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>ไม่มีทีม</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>บันทึกเป็นรูปภาพ… (&amp;I)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>บันทึกเป็น PDF… (&amp;P)</translation>
    </message>
    <message>
        <source>V&amp;erification report</source>
        <translation>รายงานการตรวจยืนยัน (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>กลับไปที่รายการเคส (&amp;B)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>รูปภาพ PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the overview as</source>
        <translation>บันทึกภาพรวมเป็น</translation>
    </message>
    <message>
        <source>fieldcase: overview</source>
        <translation>fieldcase: ภาพรวม</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>บันทึกไว้ที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>e.g. 15/3/2026 or 2026-03-15</source>
        <translation>เช่น 15/3/2569 หรือ 2026-03-15</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
</context>
<context>
    <name>DeviceApprovalDialog</name>
    <message>
        <source>Approve the team&apos;s laptops</source>
        <translation>อนุมัติโน้ตบุ๊กของทีม</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>โน้ตบุ๊ก</translation>
    </message>
    <message>
        <source>These laptops are enrolled with the server but were not approved on this laptop. Choose one, ask its user to read the fingerprint their own laptop shows, and type it below. It is approved only if every group is the same as the keys the server holds for it: this laptop then gives it the team key at its next sync. A laptop you do not know, or whose fingerprint differs, must not be approved.</source>
        <translation>โน้ตบุ๊กเหล่านี้ลงทะเบียนกับเซิร์ฟเวอร์แล้ว แต่ยังไม่ได้รับอนุมัติบนโน้ตบุ๊กเครื่องนี้ เลือกหนึ่งเครื่อง ขอให้ผู้ใช้อ่านลายนิ้วมือดิจิทัลที่โน้ตบุ๊กของตนแสดง แล้วพิมพ์ลงด้านล่าง จะอนุมัติก็ต่อเมื่อทุกกลุ่มตรงกับกุญแจที่เซิร์ฟเวอร์เก็บไว้สำหรับเครื่องนั้นเท่านั้น จากนั้นโน้ตบุ๊กเครื่องนี้จะมอบกุญแจของทีมให้เมื่อซิงค์ครั้งถัดไป โน้ตบุ๊กที่คุณไม่รู้จัก หรือที่ลายนิ้วมือไม่ตรงกัน ต้องไม่อนุมัติ</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>บนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>&amp;Fingerprint the chosen laptop shows:</source>
        <translation>ลายนิ้วมือดิจิทัลที่โน้ตบุ๊กที่เลือกแสดง (&amp;F):</translation>
    </message>
    <message>
        <source>Approved on this laptop:</source>
        <translation>อนุมัติแล้วบนโน้ตบุ๊กเครื่องนี้:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>อนุมัติโดย</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>อนุมัติ (&amp;A)</translation>
    </message>
    <message>
        <source>Approve as &amp;supervisor</source>
        <translation>อนุมัติเป็นหัวหน้างาน (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>รออยู่</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>%1 is approved: it receives the team key at this laptop&apos;s next sync.</source>
        <translation>%1 ได้รับอนุมัติแล้ว: จะได้รับกุญแจของทีมเมื่อโน้ตบุ๊กเครื่องนี้ซิงค์ครั้งถัดไป</translation>
    </message>
    <message>
        <source>No laptop waits for your approval.</source>
        <translation>ไม่มีโน้ตบุ๊กที่รอการอนุมัติจากคุณ</translation>
    </message>
    <message>
        <source>Enrolled %1 · %2</source>
        <translation>ลงทะเบียน %1 · %2</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>โน้ตบุ๊ก %1</translation>
    </message>
    <message>
        <source>The fingerprint typed is not the one of the keys the server holds for this laptop. It was not approved. Ask its user to read it again; if it still differs, do not approve it and tell your coordinator.</source>
        <translation>ลายนิ้วมือดิจิทัลที่พิมพ์ไม่ใช่ของกุญแจที่เซิร์ฟเวอร์เก็บไว้สำหรับโน้ตบุ๊กเครื่องนี้ จึงไม่ได้อนุมัติ ขอให้ผู้ใช้อ่านอีกครั้ง หากยังไม่ตรงกัน อย่าอนุมัติ และแจ้งผู้ประสานงานของคุณ</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>no name yet</source>
        <translation>ยังไม่มีชื่อ</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>ฉบับร่าง (%1)</translation>
    </message>
    <message>
        <source>No interview is waiting.</source>
        <translation>ไม่มีการสัมภาษณ์ที่รออยู่</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>ทำต่อ (&amp;O)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>ทิ้ง…</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>ทิ้งฉบับร่างนี้หรือไม่?</translation>
    </message>
    <message>
        <source>The answers of this interview will be deleted for good:
%1</source>
        <translation>คำตอบของการสัมภาษณ์นี้จะถูกลบอย่างถาวร:
%1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
</context>
<context>
    <name>DuressBox</name>
    <message>
        <source>Duress password</source>
        <translation>รหัสผ่านกรณีถูกบังคับ</translation>
    </message>
    <message>
        <source>Typed at the login screen like a normal password, the duress password erases this workspace at once and opens a look-alike in its place: the same users, roles and settings, but no cases. Work not yet synchronised is lost. Tell it only to people who may be forced to open this laptop.</source>
        <translation>เมื่อพิมพ์ที่หน้าเข้าสู่ระบบเหมือนรหัสผ่านปกติ รหัสผ่านกรณีถูกบังคับจะลบพื้นที่ทำงานนี้ทันทีและเปิดพื้นที่ทำงานที่ดูเหมือนเดิมขึ้นมาแทน: ผู้ใช้ บทบาท และการตั้งค่าเหมือนเดิม แต่ไม่มีรายกรณีใดเลย งานที่ยังไม่ได้ซิงค์จะสูญหาย โปรดบอกรหัสนี้เฉพาะผู้ที่อาจถูกบังคับให้เปิดโน้ตบุ๊กเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <source>D&amp;uress password</source>
        <translation>รหัสผ่านกรณีถูกบังคับ (&amp;U)</translation>
    </message>
    <message>
        <source>Duress password a&amp;gain</source>
        <translation>รหัสผ่านกรณีถูกบังคับอีกครั้ง (&amp;G)</translation>
    </message>
    <message>
        <source>Set duress password</source>
        <translation>ตั้งรหัสผ่านกรณีถูกบังคับ</translation>
    </message>
    <message>
        <source>Remove duress password</source>
        <translation>ลบรหัสผ่านกรณีถูกบังคับ</translation>
    </message>
    <message>
        <source>A duress password is set on this laptop.</source>
        <translation>โน้ตบุ๊กเครื่องนี้ตั้งรหัสผ่านกรณีถูกบังคับไว้แล้ว</translation>
    </message>
    <message>
        <source>No duress password is set.</source>
        <translation>ยังไม่ได้ตั้งรหัสผ่านกรณีถูกบังคับ</translation>
    </message>
    <message>
        <source>Please type the duress password twice.</source>
        <translation>โปรดพิมพ์รหัสผ่านกรณีถูกบังคับสองครั้ง</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Setting the duress password…</source>
        <translation>กำลังตั้งรหัสผ่านกรณีถูกบังคับ…</translation>
    </message>
    <message>
        <source>The duress password is set.</source>
        <translation>ตั้งรหัสผ่านกรณีถูกบังคับแล้ว</translation>
    </message>
    <message>
        <source>The duress password was removed.</source>
        <translation>ลบรหัสผ่านกรณีถูกบังคับแล้ว</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this laptop with a sync server</source>
        <translation>ลงทะเบียนโน้ตบุ๊กเครื่องนี้กับเซิร์ฟเวอร์ซิงค์</translation>
    </message>
    <message>
        <source>Paste the invitation your supervisor gave you, or type the server&apos;s address, the one-time code and the certificate fingerprint.</source>
        <translation>วางคำเชิญที่หัวหน้างานของคุณให้มา หรือพิมพ์ที่อยู่เซิร์ฟเวอร์ รหัสใช้ครั้งเดียว และลายนิ้วมือดิจิทัลของใบรับรอง</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>คำเชิญ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์ (&amp;S)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>รหัสใช้ครั้งเดียว (&amp;C)</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>ลายนิ้วมือดิจิทัลของใบรับรอง (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>ลงทะเบียน (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Read this fingerprint to your supervisor. They compare it with the one their own laptop shows before approving this laptop:</source>
        <translation>โปรดอ่านลายนิ้วมือดิจิทัลนี้ให้หัวหน้างานของคุณฟัง หัวหน้างานจะเปรียบเทียบกับลายนิ้วมือดิจิทัลที่โน้ตบุ๊กของตนเองแสดง ก่อนอนุมัติโน้ตบุ๊กเครื่องนี้:</translation>
    </message>
    <message>
        <source>Once approved, this laptop joins its team and syncs by itself whenever the server can be reached.</source>
        <translation>เมื่อได้รับอนุมัติแล้ว โน้ตบุ๊กเครื่องนี้จะเข้าร่วมทีมของตน และซิงค์เองทุกครั้งที่เชื่อมต่อเซิร์ฟเวอร์ได้</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>This is not a fieldcase invitation.</source>
        <translation>นี่ไม่ใช่คำเชิญของ fieldcase</translation>
    </message>
    <message>
        <source>The server&apos;s address and the code are both needed.</source>
        <translation>ต้องใส่ทั้งที่อยู่เซิร์ฟเวอร์และรหัส</translation>
    </message>
    <message>
        <source>The server did not accept this code: it may be mistyped, already used or expired. Ask your supervisor for a new invitation.</source>
        <translation>เซิร์ฟเวอร์ไม่รับรหัสนี้ รหัสอาจพิมพ์ผิด ถูกใช้ไปแล้ว หรือหมดอายุแล้ว โปรดขอคำเชิญใหม่จากหัวหน้างานของคุณ</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Erase this case</source>
        <translation>ลบเคสนี้</translation>
    </message>
    <message>
        <source>Everything recorded about %1 will be erased from this laptop now, and from every laptop of the team when they next sync. Only a note that a case was erased remains. This cannot be undone. Copies already exported are not reached.</source>
        <translation>ข้อมูลทั้งหมดที่บันทึกเกี่ยวกับ %1 จะถูกลบออกจากโน้ตบุ๊กเครื่องนี้ทันที และจากโน้ตบุ๊กทุกเครื่องของทีมเมื่อซิงค์ครั้งถัดไป จะเหลือเพียงบันทึกว่ามีเคสหนึ่งถูกลบ การลบนี้ย้อนกลับไม่ได้ และสำเนาที่ส่งออกไปแล้วจะไม่ถูกลบ</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>ฉันเข้าใจว่าการลบนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>Why is it erased?</source>
        <translation>ลบด้วยเหตุผลใด</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The workspace folder is read-only: %1. The disk is mounted read-only, or you may not write there. Copy the folder to a writable disk to open it.</source>
        <translation>โฟลเดอร์พื้นที่ทำงานเป็นแบบอ่านอย่างเดียว: %1 ดิสก์ถูกเมานต์แบบอ่านอย่างเดียว หรือคุณไม่มีสิทธิ์เขียนที่นั่น โปรดคัดลอกโฟลเดอร์ไปยังดิสก์ที่เขียนได้เพื่อเปิด</translation>
    </message>
    <message>
        <source>The folder is read-only: %1. The disk is mounted read-only, or you may not write there. Nothing was written.</source>
        <translation>โฟลเดอร์เป็นแบบอ่านอย่างเดียว: %1 ดิสก์ถูกเมานต์แบบอ่านอย่างเดียว หรือคุณไม่มีสิทธิ์เขียนที่นั่น ไม่มีการเขียนสิ่งใด</translation>
    </message>
    <message>
        <source>This cannot be written: %1. The disk is mounted read-only, or you may not write there.</source>
        <translation>เขียนไม่ได้: %1 ดิสก์ถูกเมานต์แบบอ่านอย่างเดียว หรือคุณไม่มีสิทธิ์เขียนที่นั่น</translation>
    </message>
    <message>
        <source>The password cannot be read: it holds characters that are not text. Type it again.</source>
        <translation>อ่านรหัสผ่านไม่ได้: มีอักขระที่ไม่ใช่ข้อความ โปรดพิมพ์ใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The key file of this workspace is damaged: the password of this name cannot be checked. Another user or the recovery code may still open the workspace; ask your supervisor for help.</source>
        <translation>ไฟล์กุญแจของพื้นที่ทำงานนี้เสียหาย: ตรวจสอบรหัสผ่านของชื่อนี้ไม่ได้ ผู้ใช้คนอื่นหรือรหัสกู้คืนอาจยังเปิดพื้นที่ทำงานนี้ได้ โปรดขอความช่วยเหลือจากหัวหน้างานของคุณ</translation>
    </message>
    <message>
        <source>Your role in this workspace was changed outside the app, so this login is refused. Ask a supervisor to check the workspace.</source>
        <translation>บทบาทของคุณในพื้นที่ทำงานนี้ถูกเปลี่ยนจากภายนอกแอป จึงปฏิเสธการเข้าสู่ระบบครั้งนี้ โปรดให้หัวหน้างานตรวจสอบพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>บทบาทของคุณไม่มีสิทธิ์ทำสิ่งนี้</translation>
    </message>
    <message>
        <source>The disk is full. This change was not saved; nothing saved before was lost.</source>
        <translation>ดิสก์เต็มแล้ว การเปลี่ยนแปลงนี้ไม่ได้ถูกบันทึก ส่วนข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ ไม่มีสิ่งใดสูญหาย</translation>
    </message>
    <message>
        <source>A file of this workspace is damaged. Ask your supervisor for help.</source>
        <translation>ไฟล์หนึ่งในพื้นที่ทำงานนี้เสียหาย โปรดขอความช่วยเหลือจากหัวหน้างานของคุณ</translation>
    </message>
    <message>
        <source>This cannot be used: %1</source>
        <translation>ใช้ข้อมูลนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>เกิดข้อผิดพลาด: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV (เปิดใน Excel ได้)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>ไฟล์ Excel (XLSX)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTCDS (common standard, CSV)</source>
        <translation>HTCDS (มาตรฐานร่วม, CSV)</translation>
    </message>
    <message>
        <source>De-identified, for research</source>
        <translation>ไม่ระบุตัวตน สำหรับการวิจัย</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>k (&amp;K):</translation>
    </message>
    <message>
        <source>None (codes)</source>
        <translation>ไม่มี (เป็นรหัส)</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>เฉพาะช่วงวันที่นี้:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>ทุกเคส</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>ทุกทีม</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>ทุกแบบฟอร์ม</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>เลือก… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>รูปแบบไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>ความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>&amp;Labels in</source>
        <translation>ป้ายกำกับเป็นภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation>สถานะเคส (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>ทีม (&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>แบบฟอร์ม (&amp;O)</translation>
    </message>
    <message>
        <source>Save to fol&amp;der</source>
        <translation>บันทึกไว้ในโฟลเดอร์ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ส่งออก (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Save the export to</source>
        <translation>บันทึกการส่งออกไว้ที่</translation>
    </message>
    <message>
        <source>Choose a folder for the export first.</source>
        <translation>โปรดเลือกโฟลเดอร์สำหรับการส่งออกก่อน</translation>
    </message>
    <message>
        <source>Export identified data</source>
        <translation>ส่งออกข้อมูลที่ระบุตัวตน</translation>
    </message>
    <message>
        <source>These files will leave the encryption: anyone who gets the folder or a copy of it can read the names and stories of the people in it.</source>
        <translation>ไฟล์เหล่านี้จะออกนอกการเข้ารหัส: ใครก็ตามที่ได้โฟลเดอร์นี้หรือสำเนาของมัน จะอ่านชื่อและเรื่องราวของผู้คนในนั้นได้</translation>
    </message>
    <message>
        <source>Save them only on an encrypted drive, share them only with people allowed to see them, and delete them when they are no longer needed. The export is recorded in the audit log.</source>
        <translation>เก็บไว้บนไดรฟ์ที่เข้ารหัสเท่านั้น แบ่งปันเฉพาะกับผู้ที่ได้รับอนุญาตให้ดู และลบทิ้งเมื่อไม่ต้องการแล้ว บันทึกการตรวจสอบจะบันทึกการส่งออกนี้ไว้</translation>
    </message>
    <message>
        <source>Write unencrypted files</source>
        <translation>เขียนไฟล์ที่ไม่ได้เข้ารหัส</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>กำลังหยุดการส่งออก…</translation>
    </message>
    <message>
        <source>Exporting… rows written: %1</source>
        <translation>กำลังส่งออก… เขียนแล้ว %1 แถว</translation>
    </message>
    <message>
        <source>The export is finished.</source>
        <translation>ส่งออกเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>จำนวนแถวที่เขียน: %1</translation>
    </message>
    <message>
        <source>Cases left out because consent was withdrawn: %1</source>
        <translation>เคสที่ไม่รวมไว้เพราะถอนความยินยอม: %1</translation>
    </message>
    <message>
        <source>People left out because they did not agree to research use: %1</source>
        <translation>บุคคลที่ไม่รวมไว้เพราะไม่ได้ยินยอมให้ใช้เพื่อการวิจัย: %1</translation>
    </message>
    <message>
        <source>Rows suppressed to protect identities: %1</source>
        <translation>แถวที่ถูกตัดออกเพื่อปกป้องตัวตน: %1</translation>
    </message>
    <message>
        <source>Forms not in this laptop&apos;s library, left out: %1</source>
        <translation>แบบฟอร์มที่ไม่มีในโน้ตบุ๊กเครื่องนี้ จึงไม่ได้รวมไว้: %1</translation>
    </message>
    <message>
        <source>A report of this export was saved as export-report.json.</source>
        <translation>บันทึกรายงานการส่งออกนี้ไว้เป็น export-report.json แล้ว</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was left behind.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีไฟล์ใดค้างอยู่</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Review and finish</source>
        <translation>ตรวจทานและเสร็จสิ้น</translation>
    </message>
    <message>
        <source>Undo the link: open a new case</source>
        <translation>ยกเลิกการเชื่อม: เปิดเคสใหม่</translation>
    </message>
    <message>
        <source>Questions to complete</source>
        <translation>คำถามที่ยังต้องตอบ</translation>
    </message>
    <message>
        <source>The answers, as they will be saved:</source>
        <translation>คำตอบ ตามที่จะบันทึกไว้:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>เสร็จสิ้นการสัมภาษณ์</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction:</source>
        <translation>
            <numerusform>ยังมีคำถาม %n ข้อที่ต้องตอบหรือแก้ไข:</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is answered. Finishing saves the interview for good: it cannot be changed afterwards.</source>
        <translation>ตอบคำถามที่จำเป็นครบแล้ว เมื่อกดเสร็จสิ้น การสัมภาษณ์จะถูกบันทึกอย่างถาวรและจะแก้ไขภายหลังไม่ได้</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <source>Welcome to fieldcase</source>
        <translation>ยินดีต้อนรับสู่ fieldcase</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Create the workspace now: you will be its first supervisor and can add your colleagues later.</source>
        <translation>ทุกสิ่งที่คุณบันทึกจะถูกเข้ารหัสและเก็บไว้ในโน้ตบุ๊กเครื่องนี้ โปรดสร้างพื้นที่ทำงานตอนนี้ โดยคุณจะเป็นหัวหน้างานคนแรกของพื้นที่ทำงานนี้ และเพิ่มเพื่อนร่วมงานได้ในภายหลัง</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>เลือก… (&amp;H)</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>สร้างพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>รหัสกู้คืนของคุณ</translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way back into the workspace. Write it on paper now and keep it somewhere safe, away from the laptop. It will not be shown again.</source>
        <translation>หากลืมรหัสผ่านทั้งหมด รหัสนี้จะเป็นทางเดียวที่จะกลับเข้าสู่พื้นที่ทำงานได้ โปรดจดรหัสนี้ลงกระดาษตอนนี้ และเก็บไว้ในที่ปลอดภัย แยกห่างจากโน้ตบุ๊ก รหัสนี้จะไม่แสดงอีก</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>ฉันจดรหัสกู้คืนไว้แล้ว</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>This folder already holds a fieldcase workspace. Choose another folder.</source>
        <translation>โฟลเดอร์นี้มีพื้นที่ทำงาน fieldcase อยู่แล้ว กรุณาเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or type the name of a new one.</source>
        <translation>โฟลเดอร์นี้ไม่ว่าง กรุณาเลือกโฟลเดอร์ว่าง หรือพิมพ์ชื่อโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>นี่เป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาเลือกโฟลเดอร์</translation>
    </message>
    <message>
        <source>fieldcase cannot write in this folder. Choose a folder of your own.</source>
        <translation>fieldcase ไม่สามารถเขียนในโฟลเดอร์นี้ได้ กรุณาเลือกโฟลเดอร์ของคุณเอง</translation>
    </message>
    <message>
        <source>Choose a folder, or type its full path.</source>
        <translation>กรุณาเลือกโฟลเดอร์ หรือพิมพ์พาธแบบเต็ม</translation>
    </message>
    <message>
        <source>Folder for the workspace</source>
        <translation>โฟลเดอร์สำหรับพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>โปรดป้อนชื่อของคุณ</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Deriving the key from your password…</source>
        <translation>กำลังสร้างกุญแจจากรหัสผ่านของคุณ…</translation>
    </message>
    <message>
        <source>Protecting the workspace with the recovery code…</source>
        <translation>กำลังปกป้องพื้นที่ทำงานด้วยรหัสกู้คืน…</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>กำลังสร้างฐานข้อมูลที่เข้ารหัส…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>กำลังเสร็จสิ้น…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>กำลังเตรียม…</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <source>Latitude, e.g. 13.7563</source>
        <translation>ละติจูด เช่น 13.7563</translation>
    </message>
    <message>
        <source>Longitude, e.g. 100.5018</source>
        <translation>ลองจิจูด เช่น 100.5018</translation>
    </message>
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>No case matches this search and these filters.</source>
        <translation>ไม่มีเคสที่ตรงกับการค้นหาและตัวกรองเหล่านี้</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>เคส: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n or more</source>
        <translation>
            <numerusform>เคส: %n ขึ้นไป</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>การติดตามผลที่ถึงกำหนด (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>สวัสดี %1</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ค้นหา (&amp;S)</translation>
    </message>
    <message>
        <source>A name, in any script or in Latin letters</source>
        <translation>ชื่อ จะพิมพ์เป็นอักษรใดก็ได้หรืออักษรโรมัน</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>All citizenships</source>
        <translation>ทุกสัญชาติ</translation>
    </message>
    <message>
        <source>Any follow-up date</source>
        <translation>วันติดตามผลใดก็ได้</translation>
    </message>
    <message>
        <source>Follow-up due or overdue</source>
        <translation>ติดตามผลถึงกำหนดหรือเลยกำหนด</translation>
    </message>
    <message>
        <source>Follow-up due soon</source>
        <translation>ติดตามผลใกล้ถึงกำหนด</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>ติดตามผลเลยกำหนด</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>รับเรื่องใหม่ (&amp;I)</translation>
    </message>
    <message>
        <source>No follow-up is due now.</source>
        <translation>ขณะนี้ไม่มีการติดตามผลที่ถึงกำหนด</translation>
    </message>
    <message>
        <source>You are logged in as an interpreter</source>
        <translation>คุณเข้าสู่ระบบในฐานะล่าม</translation>
    </message>
    <message>
        <source>An interpreter helps in the interviews a social worker runs. You do not see the case list and cannot open or change a case: the interview happens on the social worker&apos;s login, with you beside her.</source>
        <translation>ล่ามช่วยในการสัมภาษณ์ที่นักสังคมสงเคราะห์เป็นผู้ดำเนินการ คุณไม่เห็นรายการเคส และไม่สามารถเปิดหรือแก้ไขเคสได้ การสัมภาษณ์เกิดขึ้นบนการเข้าสู่ระบบของนักสังคมสงเคราะห์ โดยมีคุณอยู่ข้าง ๆ</translation>
    </message>
    <message>
        <source>How a social worker opens an interview for you:
1. Click &quot;Switch user&quot; below; the social worker logs in with her own name.
2. She opens the interview (New intake, or New follow-up in the person&apos;s case) and ticks &quot;Interpreter mode: show two languages&quot;.
3. She chooses the person&apos;s language: each question then shows in both languages, and she records your name as the interpreter.</source>
        <translation>นักสังคมสงเคราะห์เปิดการสัมภาษณ์ให้คุณอย่างไร:
1. คลิก &quot;สลับผู้ใช้&quot; ด้านล่าง นักสังคมสงเคราะห์เข้าสู่ระบบด้วยชื่อของตนเอง
2. เธอเปิดการสัมภาษณ์ (รับเรื่องใหม่ หรือติดตามผลใหม่ในเคสของบุคคลนั้น) และทำเครื่องหมาย &quot;โหมดล่าม: แสดงสองภาษา&quot;
3. เธอเลือกภาษาของบุคคลนั้น แล้วแต่ละคำถามจะแสดงทั้งสองภาษา และเธอบันทึกชื่อของคุณเป็นล่าม</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>สลับผู้ใช้ (&amp;S)</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>ยังไม่มีเคส เคสใหม่จะแสดงที่นี่เมื่อรับเรื่องเสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>InterpreterScreen</name>
    <message>
        <source>%1 — with %2</source>
        <translation>%1 — กับ %2</translation>
    </message>
    <message>
        <source>Interviews you assist</source>
        <translation>การสัมภาษณ์ที่คุณช่วยแปล</translation>
    </message>
    <message>
        <source>These are the interviews a social worker named you in as interpreter. Open one to read each question and note the answers; the social worker sees what you saved when she opens the interview again, and she finishes it. You see nothing else of this workspace.</source>
        <translation>นี่คือการสัมภาษณ์ที่นักสังคมสงเคราะห์ระบุชื่อคุณเป็นล่าม เปิดรายการหนึ่งเพื่ออ่านแต่ละคำถามและบันทึกคำตอบ นักสังคมสงเคราะห์จะเห็นสิ่งที่คุณบันทึกไว้เมื่อเธอเปิดการสัมภาษณ์อีกครั้ง และเธอเป็นผู้ทำให้เสร็จ คุณไม่เห็นสิ่งอื่นใดของพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>No interview names you yet. The social worker names you as the interpreter when she starts the interview on her login; then log in again.</source>
        <translation>ยังไม่มีการสัมภาษณ์ใดระบุชื่อคุณ นักสังคมสงเคราะห์จะระบุชื่อคุณเป็นล่ามเมื่อเธอเริ่มการสัมภาษณ์ในการเข้าสู่ระบบของเธอ จากนั้นเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>สลับผู้ใช้ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>InterviewWidget</name>
    <message>
        <source>Interpreter: %1</source>
        <translation>ล่าม: %1</translation>
    </message>
    <message>
        <source>Interpreter mode: show two languages</source>
        <translation>โหมดล่าม: แสดงสองภาษา</translation>
    </message>
    <message>
        <source>Language of the person interviewed</source>
        <translation>ภาษาของผู้ให้สัมภาษณ์</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>บันทึกและปิด</translation>
    </message>
    <message>
        <source>Nothing has been added here yet.</source>
        <translation>ยังไม่มีการเพิ่มรายการที่นี่</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>เพิ่มอีก</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>นำรายการนี้ออก</translation>
    </message>
    <message>
        <source>Remove these answers? This cannot be undone.</source>
        <translation>นำคำตอบเหล่านี้ออกหรือไม่ การดำเนินการนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Form version %1</source>
        <translation>แบบฟอร์มเวอร์ชัน %1</translation>
    </message>
    <message>
        <source>Interpreter named in this interview</source>
        <translation>ล่ามที่ระบุชื่อในการสัมภาษณ์นี้</translation>
    </message>
    <message>
        <source>No interpreter named</source>
        <translation>ไม่ได้ระบุชื่อล่าม</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>ตรวจทานและเสร็จสิ้น</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>the answer needs a correction</source>
        <translation>คำตอบต้องแก้ไข</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>บันทึกฉบับร่างแล้ว</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>กำลังบันทึกให้เสร็จสิ้น…</translation>
    </message>
    <message>
        <source>Finished and saved</source>
        <translation>เสร็จสิ้นและบันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Continue a &amp;draft</source>
        <translation>ทำแบบร่างต่อ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>สัมภาษณ์ใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>No intake form is open to new interviews on this laptop.</source>
        <translation>ไม่มีแบบฟอร์มรับเรื่องที่เปิดให้สัมภาษณ์ใหม่บนเครื่องนี้</translation>
    </message>
    <message>
        <source>No follow-up form is open to new interviews on this laptop.</source>
        <translation>ไม่มีแบบฟอร์มติดตามผลที่เปิดให้สัมภาษณ์ใหม่บนเครื่องนี้</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>ไม่มีแบบร่าง</translation>
    </message>
    <message>
        <source>No form open to new interviews</source>
        <translation>ไม่มีแบบฟอร์มที่เปิดรับการสัมภาษณ์ใหม่</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (เวอร์ชัน %2)</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>A whole number, e.g. 25</source>
        <translation>จำนวนเต็ม เช่น 25</translation>
    </message>
    <message>
        <source>A number, e.g. 2.5</source>
        <translation>ตัวเลข เช่น 2.5</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>เช่น 14:30</translation>
    </message>
    <message>
        <source>e.g. 2026-03-15 14:30</source>
        <translation>เช่น 2026-03-15 14:30</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>fieldcase is locked</source>
        <translation>fieldcase ถูกล็อกอยู่</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>ภาษา (&amp;A)</translation>
    </message>
    <message>
        <source>Type your user name</source>
        <translation>พิมพ์ชื่อผู้ใช้ของคุณ</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Emergency wipe…</source>
        <translation>ลบฉุกเฉิน…</translation>
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
        <translation>พื้นที่ทำงาน (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ล็อก (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>สลับผู้ใช้ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>เคส (&amp;C)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>รายการเคส (&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>รับเรื่องใหม่ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Conflicts to resolve</source>
        <translation>ข้อมูลขัดแย้งที่ต้องแก้ไข (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>ผู้ใช้และบทบาท… (&amp;U)</translation>
    </message>
    <message>
        <source>Workspace se&amp;ttings…</source>
        <translation>การตั้งค่าพื้นที่ทำงาน… (&amp;T)</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>ลบฉุกเฉิน… (&amp;W)</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Clear answer</source>
        <translation>ล้างคำตอบ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>จำเป็น</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>กรุณาตอบคำถามนี้</translation>
    </message>
    <message>
        <source>The form could not check this answer (%1).</source>
        <translation>แบบฟอร์มไม่สามารถตรวจสอบคำตอบนี้ได้ (%1)</translation>
    </message>
    <message>
        <source>This answer is not allowed here. Please check it.</source>
        <translation>ไม่สามารถใช้คำตอบนี้ได้ กรุณาตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Type a whole number, for example 25.</source>
        <translation>กรุณาพิมพ์จำนวนเต็ม เช่น 25</translation>
    </message>
    <message>
        <source>Type a number, for example 2.5.</source>
        <translation>กรุณาพิมพ์ตัวเลข เช่น 2.5</translation>
    </message>
    <message>
        <source>Type a date, for example 15/3/2026, 15/3/2569 or 2026-03-15.</source>
        <translation>กรุณาพิมพ์วันที่ เช่น 15/3/2569, 15/3/2026 หรือ 2026-03-15</translation>
    </message>
    <message>
        <source>Type a time, for example 14:30.</source>
        <translation>กรุณาพิมพ์เวลา เช่น 14:30</translation>
    </message>
    <message>
        <source>Type a date and a time, for example 2026-03-15 14:30.</source>
        <translation>กรุณาพิมพ์วันที่และเวลา เช่น 2026-03-15 14:30</translation>
    </message>
    <message>
        <source>Latitude is between -90 and 90, longitude between -180 and 180.</source>
        <translation>ละติจูดต้องอยู่ระหว่าง -90 ถึง 90 และลองจิจูดระหว่าง -180 ถึง 180</translation>
    </message>
    <message>
        <source>This answer cannot be used here.</source>
        <translation>ไม่สามารถใช้คำตอบนี้ได้</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer the case</source>
        <translation>ส่งต่อเคส</translation>
    </message>
    <message>
        <source>I compared this fingerprint with that team&apos;s supervisor: it is the same.</source>
        <translation>ฉันเปรียบเทียบลายนิ้วมือดิจิทัลนี้กับหัวหน้างานของทีมนั้นแล้ว และตรงกัน</translation>
    </message>
    <message>
        <source>The person agreed that their case goes to this team, for this purpose.</source>
        <translation>บุคคลนั้นยินยอมให้ส่งเคสของตนไปยังทีมนี้ เพื่อวัตถุประสงค์นี้</translation>
    </message>
    <message>
        <source>Without the person&apos;s consent the case cannot be referred.</source>
        <translation>หากบุคคลนั้นไม่ยินยอม จะส่งต่อเคสไม่ได้</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>To the team</source>
        <translation>ไปยังทีม</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>No one has compared this team&apos;s fingerprint yet: %1</source>
        <translation>ยังไม่มีใครเปรียบเทียบลายนิ้วมือดิจิทัลของทีมนี้: %1</translation>
    </message>
</context>
<context>
    <name>ReferralBox</name>
    <message>
        <source>Referred to this team</source>
        <translation>ส่งต่อมายังทีมนี้</translation>
    </message>
    <message>
        <source>&amp;Accept the case</source>
        <translation>รับเคส (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>ปฏิเสธ (&amp;D)</translation>
    </message>
    <message>
        <source>Sent by %1 of team %2 (laptop %3)</source>
        <translation>ส่งโดย %1 จากทีม %2 (โน้ตบุ๊ก %3)</translation>
    </message>
    <message>
        <source>Waiting for this team&apos;s decision.</source>
        <translation>กำลังรอการตัดสินใจของทีมนี้</translation>
    </message>
    <message>
        <source>This team accepted the case.</source>
        <translation>ทีมนี้รับเคสแล้ว</translation>
    </message>
    <message>
        <source>This team declined the case.</source>
        <translation>ทีมนี้ปฏิเสธเคสแล้ว</translation>
    </message>
    <message>
        <source>Team %1&apos;s fingerprint has not been compared on this laptop.</source>
        <translation>ยังไม่ได้เปรียบเทียบลายนิ้วมือดิจิทัลของทีม %1 บนโน้ตบุ๊กเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>เปิดเคสอีกครั้ง</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>เปิดอีกครั้ง</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>เหตุใดจึงเปิดเคสอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>แก้ไขข้อมูลขัดแย้ง</translation>
    </message>
    <message>
        <source>Two laptops recorded different values for “%1” of %2. Which one is right?</source>
        <translation>โน้ตบุ๊กสองเครื่องบันทึก “%1” ของ %2 ไว้ไม่ตรงกัน ค่าใดถูกต้อง</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>ใช้ค่านี้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>%1 (recorded by %2, %3)</source>
        <translation>%1 (บันทึกโดย %2, %3)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>นักสังคมสงเคราะห์</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>ล่าม</translation>
    </message>
</context>
<context>
    <name>SamePerson</name>
    <message>
        <source>same name</source>
        <translation>ชื่อเดียวกัน</translation>
    </message>
    <message>
        <source>the name written in another script</source>
        <translation>ชื่อที่เขียนด้วยอักษรอื่น</translation>
    </message>
    <message>
        <source>a name that sounds alike</source>
        <translation>ชื่อที่ออกเสียงคล้ายกัน</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>วันเกิดเดียวกัน</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>ปีเกิดเดียวกัน</translation>
    </message>
    <message>
        <source>about the same age</source>
        <translation>อายุใกล้เคียงกัน</translation>
    </message>
    <message>
        <source>same gender</source>
        <translation>เพศเดียวกัน</translation>
    </message>
    <message>
        <source>same citizenship</source>
        <translation>สัญชาติเดียวกัน</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ประมาณ %1</translation>
    </message>
    <message>
        <source>Possibly the same person as:</source>
        <translation>อาจเป็นบุคคลเดียวกับ:</translation>
    </message>
    <message>
        <source>An earlier case may be about this person. Open it to compare; if it is the same person, link this intake to it and no second case is opened. Nothing is merged unless you link.</source>
        <translation>เคสก่อนหน้านี้อาจเป็นของบุคคลนี้ เปิดดูเพื่อเปรียบเทียบ หากเป็นบุคคลเดียวกัน ให้เชื่อมการรับเรื่องนี้เข้ากับเคสนั้น แล้วจะไม่มีการเปิดเคสที่สอง ไม่มีข้อมูลใดถูกรวมกันเว้นแต่คุณเชื่อม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>เกิด</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>สัญชาติ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>เคส</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>บันทึกล่าสุด</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Open the case (read only)…</source>
        <translation>เปิดเคส (อ่านอย่างเดียว)…</translation>
    </message>
    <message>
        <source>Link this intake to this case</source>
        <translation>เชื่อมการรับเรื่องนี้เข้ากับเคสนี้</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Undo the link</source>
        <translation>ยกเลิกการเชื่อม</translation>
    </message>
    <message>
        <source>The same person as an earlier case</source>
        <translation>บุคคลเดียวกับเคสก่อนหน้า</translation>
    </message>
    <message>
        <source>Possibly the same person as an earlier case (found: %1)</source>
        <translation>อาจเป็นบุคคลเดียวกับเคสก่อนหน้า (พบ: %1)</translation>
    </message>
    <message>
        <source>Will be added to the case of %1 (case %2, born %3, %4): finishing records this intake&apos;s answers on that case and opens no new case.</source>
        <translation>จะถูกเพิ่มเข้าในเคสของ %1 (เคส %2, เกิด %3, %4): เมื่อเสร็จสิ้น คำตอบของการรับเรื่องนี้จะถูกบันทึกลงในเคสนั้น และจะไม่มีการเปิดเคสใหม่</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Earlier case (read only)</source>
        <translation>เคสก่อนหน้า (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ชื่อเป็นอักษรโรมัน</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>สิ่งที่เกิดขึ้น</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>ดับเบิลคลิกหรือกด Enter เพื่ออ่านการสัมภาษณ์</translation>
    </message>
    <message>
        <source>Will be added to the earlier case %1.</source>
        <translation>จะถูกเพิ่มเข้าในเคสก่อนหน้า %1</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Interview: %1 (read-only)</source>
        <translation>การสัมภาษณ์: %1 (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Filled in by %1</source>
        <translation>กรอกโดย %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>ล่าม: %1</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>ไม่มีล่าม</translation>
    </message>
    <message>
        <source>&amp;Show in</source>
        <translation>แสดงเป็น (&amp;S)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>%1 (the person&apos;s language)</source>
        <translation>%1 (ภาษาของบุคคลนั้น)</translation>
    </message>
</context>
<context>
    <name>SupervisorScreens</name>
    <message>
        <source>&amp;Overview</source>
        <translation>ภาพรวม (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Verification report</source>
        <translation>รายงานการตรวจยืนยัน (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Approve laptops…</source>
        <translation>อนุมัติโน้ตบุ๊ก… (&amp;A)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync now</source>
        <translation>ซิงค์ตอนนี้</translation>
    </message>
    <message>
        <source>Enrol with a server…</source>
        <translation>ลงทะเบียนกับเซิร์ฟเวอร์…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>รอส่ง: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>ส่งแล้ว: %1</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a sync server.</source>
        <translation>โน้ตบุ๊กเครื่องนี้ยังไม่ได้ลงทะเบียนกับเซิร์ฟเวอร์ซิงค์</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>ซิงค์ล่าสุด: %1</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>ยังไม่เคยซิงค์</translation>
    </message>
    <message>
        <source>Received items to fetch again: %1</source>
        <translation>รายการที่ได้รับซึ่งจะดึงมาใหม่: %1</translation>
    </message>
    <message>
        <source>Offline: syncs by itself when the server can be reached.</source>
        <translation>ออฟไลน์: จะซิงค์เองเมื่อเชื่อมต่อเซิร์ฟเวอร์ได้</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to approve this laptop on the server.</source>
        <translation>กำลังรอหัวหน้างานอนุมัติโน้ตบุ๊กเครื่องนี้บนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Refused by the server and kept aside: %1</source>
        <translation>เซิร์ฟเวอร์ไม่รับและเก็บแยกไว้: %1</translation>
    </message>
    <message>
        <source>Received items that did not check out: %1. They are fetched again at each sync until a good copy arrives.</source>
        <translation>รายการที่ได้รับแต่ไม่ผ่านการตรวจสอบ: %1 จะดึงมาใหม่ทุกครั้งที่ซิงค์ จนกว่าจะได้สำเนาที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Laptops waiting for your approval: %1 (Workspace › Approve laptops…)</source>
        <translation>โน้ตบุ๊กที่รอการอนุมัติจากคุณ: %1 (พื้นที่ทำงาน › อนุมัติโน้ตบุ๊ก…)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>No connection to the server. Your work is kept here; try again later.</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ งานของคุณยังเก็บไว้ที่นี่ โปรดลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>The server has a problem. Your work is kept here; try again later.</source>
        <translation>เซิร์ฟเวอร์มีปัญหา งานของคุณยังเก็บไว้ที่นี่ โปรดลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>The server needs an update before this laptop can sync.</source>
        <translation>ต้องอัปเดตเซิร์ฟเวอร์ก่อน โน้ตบุ๊กเครื่องนี้จึงจะซิงค์ได้</translation>
    </message>
    <message>
        <source>This laptop was removed from the team and can no longer sync. Ask your supervisor.</source>
        <translation>โน้ตบุ๊กเครื่องนี้ถูกนำออกจากทีมและซิงค์ไม่ได้อีกต่อไป โปรดสอบถามหัวหน้างานของคุณ</translation>
    </message>
    <message>
        <source>The server does not recognise this laptop. Ask your supervisor.</source>
        <translation>เซิร์ฟเวอร์ไม่รู้จักโน้ตบุ๊กเครื่องนี้ โปรดสอบถามหัวหน้างานของคุณ</translation>
    </message>
    <message>
        <source>Some data could not be synced: %1</source>
        <translation>ข้อมูลบางส่วนซิงค์ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>ตัวอักษรใหญ่ขึ้น (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ตัวอักษรเล็กลง (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>ขนาดตัวอักษรปกติ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Choose the update: its folder, or its .zip or .tar.gz file</source>
        <translation>เลือกการอัปเดต: โฟลเดอร์ของการอัปเดต หรือไฟล์ .zip หรือ .tar.gz</translation>
    </message>
    <message>
        <source>fieldcase updates</source>
        <translation>การอัปเดต fieldcase</translation>
    </message>
    <message>
        <source>Checking the update…</source>
        <translation>กำลังตรวจสอบการอัปเดต…</translation>
    </message>
    <message>
        <source>Downloading the update from your team&apos;s server…</source>
        <translation>กำลังดาวน์โหลดการอัปเดตจากเซิร์ฟเวอร์ของทีมคุณ…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>กำลังติดตั้ง…</translation>
    </message>
    <message>
        <source>fieldcase %1 · signed by release key %2 · verified</source>
        <translation>fieldcase %1 · ลงนามด้วยกุญแจเผยแพร่ %2 · ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>Installed: fieldcase %1 starts the next time fieldcase is opened (%2 is kept).</source>
        <translation>ติดตั้งแล้ว: fieldcase %1 จะเริ่มทำงานเมื่อเปิด fieldcase ครั้งถัดไป (ยังเก็บ %2 ไว้)</translation>
    </message>
    <message>
        <source>Refused: this folder holds no signed fieldcase release. Nothing was installed.</source>
        <translation>ปฏิเสธ: โฟลเดอร์นี้ไม่มีรุ่นของ fieldcase ที่ลงนามไว้ ไม่มีการติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <source>Refused: the update is signed by a key fieldcase does not trust. Nothing was installed.</source>
        <translation>ปฏิเสธ: การอัปเดตลงนามด้วยกุญแจที่ fieldcase ไม่เชื่อถือ ไม่มีการติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <source>Refused: the update was changed after it was signed. Nothing was installed.</source>
        <translation>ปฏิเสธ: การอัปเดตถูกแก้ไขหลังจากลงนามแล้ว ไม่มีการติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <source>Refused: the update&apos;s files do not match its signed list (changed, missing, added or cut short). Nothing was installed.</source>
        <translation>ปฏิเสธ: ไฟล์ของการอัปเดตไม่ตรงกับรายการที่ลงนามไว้ (ถูกแก้ไข หายไป เพิ่มเข้ามา หรือถูกตัดสั้น) ไม่มีการติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <source>Refused: this update is for another kind of computer. Nothing was installed.</source>
        <translation>ปฏิเสธ: การอัปเดตนี้สำหรับคอมพิวเตอร์ประเภทอื่น ไม่มีการติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <source>Refused: version %1 is the version running already. Nothing was installed.</source>
        <translation>ปฏิเสธ: รุ่น %1 คือรุ่นที่กำลังใช้งานอยู่แล้ว ไม่มีการติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <source>Refused: version %1 is older than the running version %2. Nothing was installed.</source>
        <translation>ปฏิเสธ: รุ่น %1 เก่ากว่ารุ่น %2 ที่กำลังใช้งานอยู่ ไม่มีการติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <source>This fieldcase runs from a developer&apos;s copy: it cannot install updates. Nothing was changed.</source>
        <translation>fieldcase นี้ทำงานจากสำเนาของนักพัฒนา: ไม่สามารถติดตั้งการอัปเดตได้ ไม่มีการเปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>Install an update</source>
        <translation>ติดตั้งการอัปเดต</translation>
    </message>
    <message>
        <source>This laptop runs fieldcase %1. Choose the folder of a newer version (on a USB stick, for instance) or its .zip or .tar.gz file: it is installed only if it is signed by the fieldcase project and nothing in it was changed.</source>
        <translation>แล็ปท็อปเครื่องนี้ใช้ fieldcase %1 เลือกโฟลเดอร์ของรุ่นที่ใหม่กว่า (เช่น บน USB) หรือไฟล์ .zip หรือ .tar.gz ของรุ่นนั้น: จะติดตั้งก็ต่อเมื่อลงนามโดยโครงการ fieldcase และไม่มีสิ่งใดในนั้นถูกแก้ไข</translation>
    </message>
    <message>
        <source>&amp;Choose a folder or file…</source>
        <translation>เลือกโฟลเดอร์หรือไฟล์… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Download %1 from your team&apos;s server</source>
        <translation>ดาวน์โหลด %1 จากเซิร์ฟเวอร์ของทีมคุณ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>ติดตั้ง (&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Go back to an earlier version</source>
        <translation>กลับไปใช้รุ่นก่อนหน้า</translation>
    </message>
    <message>
        <source>Go back to fieldcase %1?</source>
        <translation>กลับไปใช้ fieldcase %1 หรือไม่</translation>
    </message>
    <message>
        <source>fieldcase %1 will start the next time fieldcase is opened, instead of %2. Version %2 stays installed.</source>
        <translation>fieldcase %1 จะเริ่มทำงานเมื่อเปิด fieldcase ครั้งถัดไป แทนที่ %2 รุ่น %2 ยังคงติดตั้งอยู่</translation>
    </message>
    <message>
        <source>&amp;Go back to %1</source>
        <translation>กลับไปใช้ %1 (&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>fieldcase %1 starts the next time fieldcase is opened.</source>
        <translation>fieldcase %1 จะเริ่มทำงานเมื่อเปิด fieldcase ครั้งถัดไป</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>Install &amp;update…</source>
        <translation>ติดตั้งการอัปเดต… (&amp;U)</translation>
    </message>
    <message>
        <source>Go &amp;back to version %1…</source>
        <translation>กลับไปใช้รุ่น %1… (&amp;B)</translation>
    </message>
    <message>
        <source>A newer version %1 is available from your team&apos;s server.</source>
        <translation>มีรุ่นใหม่กว่า %1 บนเซิร์ฟเวอร์ของทีมคุณ</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>ผู้ใช้และบทบาท</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>บทบาท (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>รหัสผ่านอีกครั้ง (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>เพิ่มผู้ใช้ (&amp;D)</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>ผู้ใช้ที่เลือก</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>รหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>เปลี่ยนบทบาท</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>ตั้งรหัสผ่าน</translation>
    </message>
    <message>
        <source>Enable with this password</source>
        <translation>เปิดใช้อีกครั้งด้วยรหัสผ่านนี้</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>ปิดการใช้งาน</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ปิดการใช้งานแล้ว</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Please type the password twice.</source>
        <translation>โปรดพิมพ์รหัสผ่านสองครั้ง</translation>
    </message>
    <message>
        <source>%1 can now log in on this laptop.</source>
        <translation>%1 เข้าสู่ระบบบนโน้ตบุ๊กเครื่องนี้ได้แล้ว</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 ตอนนี้เป็น: %2</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>เปลี่ยนรหัสผ่านของ %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 can log in again with the new password.</source>
        <translation>%1 เข้าสู่ระบบได้อีกครั้งด้วยรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>%1 can no longer open this workspace.</source>
        <translation>%1 เปิดพื้นที่ทำงานนี้ไม่ได้อีกต่อไป</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Sent by a laptop this one does not know. Approve the device on the server, or confirm its fingerprint, then import or sync again.</source>
        <translation>ส่งมาจากโน้ตบุ๊กที่เครื่องนี้ไม่รู้จัก โปรดอนุมัติอุปกรณ์นั้นบนเซิร์ฟเวอร์ หรือยืนยันลายนิ้วมือดิจิทัลของอุปกรณ์นั้น แล้วนำเข้าหรือซิงค์อีกครั้ง</translation>
    </message>
    <message>
        <source>Sent by a laptop that was removed from the team.</source>
        <translation>ส่งมาจากโน้ตบุ๊กที่ถูกนำออกจากทีมแล้ว</translation>
    </message>
    <message>
        <source>The signature does not match the laptop it claims to come from: it may have been changed on the way.</source>
        <translation>ลายเซ็นไม่ตรงกับโน้ตบุ๊กที่อ้างว่าเป็นผู้ส่ง อาจถูกแก้ไขระหว่างทาง</translation>
    </message>
    <message>
        <source>Sealed for other keys: this laptop cannot open it.</source>
        <translation>ปิดผนึกไว้สำหรับกุญแจอื่น โน้ตบุ๊กเครื่องนี้จึงเปิดไม่ได้</translation>
    </message>
    <message>
        <source>Its encrypted content was damaged or changed on the way.</source>
        <translation>เนื้อหาที่เข้ารหัสไว้เสียหายหรือถูกแก้ไขระหว่างทาง</translation>
    </message>
    <message>
        <source>A copy of another item, or an item claiming to be from another laptop (replayed).</source>
        <translation>เป็นสำเนาของรายการอื่น หรือเป็นรายการที่อ้างว่ามาจากโน้ตบุ๊กเครื่องอื่น (ส่งซ้ำ)</translation>
    </message>
    <message>
        <source>The server refused it: it was not sent by the laptop or team named.</source>
        <translation>เซิร์ฟเวอร์ไม่รับ เพราะไม่ได้ส่งมาจากโน้ตบุ๊กหรือทีมที่ระบุไว้</translation>
    </message>
    <message>
        <source>Only a supervisor&apos;s laptop may erase a case: this erasure was ignored.</source>
        <translation>เฉพาะโน้ตบุ๊กของหัวหน้างานเท่านั้นที่ลบเคสได้ จึงไม่ได้ดำเนินการลบนี้</translation>
    </message>
    <message>
        <source>A kind of item this version of fieldcase does not handle yet. Update fieldcase.</source>
        <translation>เป็นรายการประเภทที่ fieldcase รุ่นนี้ยังไม่รองรับ โปรดอัปเดต fieldcase</translation>
    </message>
    <message>
        <source>Not a readable fieldcase item (damaged file).</source>
        <translation>ไม่ใช่รายการของ fieldcase ที่อ่านได้ (ไฟล์เสียหาย)</translation>
    </message>
    <message>
        <source>A referral from a team this laptop does not know yet. It is tried again at the next sync, once the team is in the directory.</source>
        <translation>การส่งต่อจากทีมที่โน้ตบุ๊กเครื่องนี้ยังไม่รู้จัก จะลองอีกครั้งเมื่อซิงค์ครั้งถัดไป หลังจากที่มีทีมนั้นอยู่ในรายชื่อทีมแล้ว</translation>
    </message>
    <message>
        <source>An answer to a referral this team did not make (or that has not reached this laptop yet): ignored for now.</source>
        <translation>คำตอบต่อการส่งต่อที่ทีมนี้ไม่ได้ส่ง (หรือที่ยังมาไม่ถึงโน้ตบุ๊กเครื่องนี้) จึงยังไม่นำมาใช้ในตอนนี้</translation>
    </message>
    <message>
        <source>Another team&apos;s entry is signed by a different key than before: not used. Compare that team&apos;s fingerprint with its supervisor.</source>
        <translation>ข้อมูลของทีมอื่นลงนามด้วยกุญแจที่ต่างจากเดิม จึงไม่นำมาใช้ โปรดเปรียบเทียบลายนิ้วมือดิจิทัลของทีมนั้นกับหัวหน้างานของทีมนั้น</translation>
    </message>
    <message>
        <source>Refused for another reason (see details).</source>
        <translation>ถูกปฏิเสธด้วยเหตุผลอื่น (ดูรายละเอียด)</translation>
    </message>
    <message>
        <source>Sent by this laptop, refused by the server</source>
        <translation>ส่งจากโน้ตบุ๊กเครื่องนี้ เซิร์ฟเวอร์ไม่รับ</translation>
    </message>
    <message>
        <source>Received, not applied</source>
        <translation>ได้รับแล้ว แต่ไม่ได้นำมาใช้</translation>
    </message>
    <message>
        <source>Case change</source>
        <translation>การเปลี่ยนแปลงเคส</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>แบบฟอร์ม</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>การลบเคส</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>เวอร์ชันแบบฟอร์ม</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>การส่งต่อ</translation>
    </message>
</context>
<context>
    <name>VerificationWidget</name>
    <message>
        <source>Import a transfer file</source>
        <translation>นำเข้าไฟล์ถ่ายโอน</translation>
    </message>
    <message>
        <source>Transfer files (*)</source>
        <translation>ไฟล์ถ่ายโอน (*)</translation>
    </message>
    <message>
        <source>No sync or import in this session yet. Items refused earlier are listed below.</source>
        <translation>ยังไม่มีการซิงค์หรือนำเข้าในการใช้งานครั้งนี้ รายการที่ถูกปฏิเสธก่อนหน้านี้แสดงอยู่ด้านล่าง</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>ซิงค์ล่าสุด</translation>
    </message>
    <message>
        <source>Last USB import</source>
        <translation>นำเข้าจาก USB ล่าสุด</translation>
    </message>
    <message>
        <source>%1: received %2, applied %3, already here (duplicates) %4, refused %5.</source>
        <translation>%1: ได้รับ %2, นำมาใช้ %3, มีอยู่แล้ว (ซ้ำ) %4, ถูกปฏิเสธ %5</translation>
    </message>
    <message>
        <source>Sent: %1, already on the server %2, refused by the server %3.</source>
        <translation>ส่งแล้ว: %1, มีอยู่บนเซิร์ฟเวอร์แล้ว %2, เซิร์ฟเวอร์ไม่รับ %3</translation>
    </message>
    <message>
        <source>This laptop is waiting for a supervisor&apos;s approval.</source>
        <translation>โน้ตบุ๊กเครื่องนี้กำลังรอการอนุมัติจากหัวหน้างาน</translation>
    </message>
    <message>
        <source>Cases erased by a supervisor: %1</source>
        <translation>เคสที่หัวหน้างานลบ: %1</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>รายงานการตรวจยืนยัน</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อใด</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>เหตุผลที่ถูกปฏิเสธ</translation>
    </message>
    <message numerus="yes">
        <source>Refused items kept aside: %n</source>
        <translation>
            <numerusform>รายการที่ถูกปฏิเสธและเก็บแยกไว้: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused items kept aside</source>
        <translation>รายการที่ถูกปฏิเสธและเก็บแยกไว้</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>ไม่มีรายการที่ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a transfer file…</source>
        <translation>นำเข้าไฟล์ถ่ายโอน… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>กลับไปที่รายการเคส (&amp;B)</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>ลบฉุกเฉิน</translation>
    </message>
    <message>
        <source>An emergency wipe erases this workspace from this laptop for good: every case, form and password on it. Work already synced stays safe on the server. To continue, a supervisor or a social worker types their password.</source>
        <translation>การลบฉุกเฉินจะลบพื้นที่ทำงานนี้ออกจากโน้ตบุ๊กเครื่องนี้อย่างถาวร ทั้งเคส แบบฟอร์ม และรหัสผ่านทั้งหมดในนั้น งานที่ซิงค์แล้วยังปลอดภัยอยู่บนเซิร์ฟเวอร์ หากต้องการดำเนินการต่อ หัวหน้างานหรือนักสังคมสงเคราะห์ต้องพิมพ์รหัสผ่านของตน</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Erase this workspace</source>
        <translation>ลบพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The workspace will be erased from this laptop now. It cannot be undone, and no password or recovery code will open it again.</source>
        <translation>พื้นที่ทำงานจะถูกลบออกจากโน้ตบุ๊กเครื่องนี้ทันที ย้อนกลับไม่ได้ และจะไม่มีรหัสผ่านหรือรหัสกู้คืนใดเปิดได้อีก</translation>
    </message>
    <message>
        <source>Drafts and records not yet sent to the server, which will be lost: %1</source>
        <translation>ฉบับร่างและบันทึกที่ยังไม่ได้ส่งไปยังเซิร์ฟเวอร์ ซึ่งจะสูญหาย: %1</translation>
    </message>
    <message>
        <source>Only a supervisor or a social worker may wipe this workspace. Ask one of them to type their own password here.</source>
        <translation>เฉพาะหัวหน้างานหรือนักสังคมสงเคราะห์เท่านั้นที่ลบพื้นที่ทำงานนี้ได้ โปรดให้คนใดคนหนึ่งพิมพ์รหัสผ่านของตนเองที่นี่</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>ถอนความยินยอมแล้ว</translation>
    </message>
    <message>
        <source>Everything: no more use of the person&apos;s information</source>
        <translation>ทั้งหมด: ไม่ใช้ข้อมูลของบุคคลนั้นอีกต่อไป</translation>
    </message>
    <message>
        <source>Use for statistics and research</source>
        <translation>การใช้เพื่อสถิติและการวิจัย</translation>
    </message>
    <message>
        <source>Sharing with other organisations</source>
        <translation>การแบ่งปันกับองค์กรอื่น</translation>
    </message>
    <message>
        <source>What did the person withdraw?</source>
        <translation>บุคคลนั้นถอนความยินยอมในเรื่องใด</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อใด</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>การตั้งค่าพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>รูปถ่ายและภาพสแกน</translation>
    </message>
    <message>
        <source>&amp;Largest file a form may keep</source>
        <translation>ขนาดไฟล์ใหญ่สุดที่แบบฟอร์มเก็บได้ (&amp;L)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Between 1 and 60 MB; 20 MB unless a supervisor changes it. Files kept before stay as they are. This setting is for this laptop&apos;s workspace only.</source>
        <translation>ระหว่าง 1 ถึง 60 MB ค่าเริ่มต้นคือ 20 MB เว้นแต่หัวหน้างานจะเปลี่ยน ไฟล์ที่เก็บไว้ก่อนหน้านี้จะยังคงเดิม การตั้งค่านี้ใช้กับพื้นที่ทำงานในโน้ตบุ๊กเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <source>Login screen</source>
        <translation>หน้าจอเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>As&amp;k users to type their name at login</source>
        <translation>ให้ผู้ใช้พิมพ์ชื่อของตนเมื่อเข้าสู่ระบบ (&amp;K)</translation>
    </message>
    <message>
        <source>When this is on, the login screen shows no names: each user types their own, in any letter case. A wrong name gives the same message as a wrong password.</source>
        <translation>เมื่อเปิดตัวเลือกนี้ หน้าจอเข้าสู่ระบบจะไม่แสดงชื่อใดเลย ผู้ใช้แต่ละคนพิมพ์ชื่อของตนเอง จะเป็นตัวพิมพ์ใหญ่หรือเล็กก็ได้ ชื่อที่ผิดจะได้ข้อความเดียวกับรหัสผ่านที่ผิด</translation>
    </message>
    <message>
        <source>When it is off, the login screen lists every user, which is quicker on a laptop shared by several workers.</source>
        <translation>เมื่อปิด หน้าจอเข้าสู่ระบบจะแสดงรายชื่อผู้ใช้ทุกคน ซึ่งสะดวกกว่าบนแล็ปท็อปที่เจ้าหน้าที่หลายคนใช้ร่วมกัน</translation>
    </message>
    <message>
        <source>It hides the names from people at the laptop, not from someone who copies the disk.</source>
        <translation>ตัวเลือกนี้ซ่อนชื่อจากคนที่อยู่หน้าเครื่อง แต่ไม่ซ่อนจากผู้ที่คัดลอกดิสก์</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Forms can now keep files up to %1 MB.</source>
        <translation>ตอนนี้แบบฟอร์มเก็บไฟล์ได้ไม่เกิน %1 MB</translation>
    </message>
    <message>
        <source>From the next login, users type their name.</source>
        <translation>ตั้งแต่การเข้าสู่ระบบครั้งถัดไป ผู้ใช้จะพิมพ์ชื่อของตน</translation>
    </message>
    <message>
        <source>From the next login, the login screen lists the users.</source>
        <translation>ตั้งแต่การเข้าสู่ระบบครั้งถัดไป หน้าจอเข้าสู่ระบบจะแสดงรายชื่อผู้ใช้</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>This looks like Burmese typed in the Zawgyi encoding, which other screens and search cannot read. In Unicode it reads:</source>
        <translation>ข้อความนี้ดูเหมือนภาษาพม่าที่พิมพ์ด้วยรหัส Zawgyi ซึ่งหน้าจออื่นและการค้นหาอ่านไม่ได้ เมื่อเป็นยูนิโค้ดจะอ่านว่า:</translation>
    </message>
    <message>
        <source>Use Unicode</source>
        <translation>ใช้ยูนิโค้ด</translation>
    </message>
    <message>
        <source>It is not Zawgyi</source>
        <translation>ไม่ใช่ Zawgyi</translation>
    </message>
</context>
</TS>
