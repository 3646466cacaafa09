<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>ເລືອກໄຟລ໌…</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>ຖ່າຍຮູບ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>A scan or a document, kept encrypted in this workspace.</source>
        <translation>ເອກະສານສະແກນ ຫຼື ເອກະສານອື່ນ, ເກັບໄວ້ແບບເຂົ້າລະຫັດໃນບ່ອນເຮັດວຽກນີ້.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>ຮູບພາບ (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ເລືອກໄຟລ໌</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ອ່ານໄຟລ໌ບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown. Choose a photo.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຮູບພາບທີ່ສະແດງໄດ້. ກະລຸນາເລືອກຮູບຖ່າຍ.</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera</source>
        <translation>ຖ່າຍຮູບດ້ວຍກ້ອງຂອງຄອມພິວເຕີ</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera, or choose a photo or a scan from a file (taken with a phone or a scanner).</source>
        <translation>ຖ່າຍຮູບດ້ວຍກ້ອງຂອງຄອມພິວເຕີ, ຫຼື ເລືອກຮູບ ຫຼື ເອກະສານສະແກນຈາກໄຟລ໌ (ທີ່ຖ່າຍດ້ວຍໂທລະສັບ ຫຼື ເຄື່ອງສະແກນ).</translation>
    </message>
    <message>
        <source>The file cannot be kept: the interview is not saved yet.</source>
        <translation>ເກັບໄຟລ໌ໄວ້ບໍ່ໄດ້: ການສຳພາດຍັງບໍ່ໄດ້ບັນທຶກເທື່ອ.</translation>
    </message>
    <message>
        <source>The photo was %1 × %2 pixels; a smaller copy was kept.</source>
        <translation>ຮູບຖ່າຍມີຂະໜາດ %1 × %2 ພິກເຊວ; ຈຶ່ງເກັບສຳເນົາທີ່ນ້ອຍກວ່າໄວ້ແທນ.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ຍັງບໍ່ໄດ້ເລືອກໄຟລ໌.</translation>
    </message>
    <message>
        <source>The file %1 is not in this workspace.</source>
        <translation>ໄຟລ໌ %1 ບໍ່ມີຢູ່ໃນບ່ອນເຮັດວຽກນີ້.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is %1; a form can keep files up to %2. Choose a smaller file, or scan the document at a lower resolution.</source>
        <translation>ໄຟລ໌ນີ້ມີຂະໜາດ %1; ແບບຟອມເກັບໄຟລ໌ໄດ້ບໍ່ເກີນ %2. ກະລຸນາເລືອກໄຟລ໌ທີ່ນ້ອຍກວ່ານີ້, ຫຼື ສະແກນເອກະສານດ້ວຍຄວາມລະອຽດທີ່ຕ່ຳກວ່າ.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>ບໍ່ສາມາດສະແດງຮູບນີ້ໄດ້.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used on this laptop: a part of the system that fieldcase needs for it is missing. Photos can still be chosen from files.</source>
        <translation>ບໍ່ສາມາດໃຊ້ກ້ອງໃນຄອມພິວເຕີເຄື່ອງນີ້ໄດ້: ຂາດສ່ວນໜຶ່ງຂອງລະບົບທີ່ fieldcase ຕ້ອງການສຳລັບກ້ອງ. ຍັງສາມາດເລືອກຮູບຈາກໄຟລ໌ໄດ້.</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Plug one in, or choose the photo from a file.</source>
        <translation>ບໍ່ພົບກ້ອງໃນຄອມພິວເຕີເຄື່ອງນີ້. ກະລຸນາສຽບກ້ອງ, ຫຼື ເລືອກຮູບຈາກໄຟລ໌.</translation>
    </message>
    <message>
        <source>fieldcase is not allowed to use the camera. Allow it in the system&apos;s privacy settings, or choose the photo from a file.</source>
        <translation>fieldcase ບໍ່ໄດ້ຮັບອະນຸຍາດໃຫ້ໃຊ້ກ້ອງ. ກະລຸນາອະນຸຍາດໃນການຕັ້ງຄ່າຄວາມເປັນສ່ວນຕົວຂອງລະບົບ, ຫຼື ເລືອກຮູບຈາກໄຟລ໌.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>ຖ່າຍຮູບ</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>ກ້ອງ (&amp;C):</translation>
    </message>
    <message>
        <source>Hold the document flat, close enough to fill the picture, in good light. Take the photo when the writing is sharp. The photo is kept only in this workspace.</source>
        <translation>ວາງເອກະສານໃຫ້ພຽງ, ໃກ້ພໍໃຫ້ເຕັມຮູບ, ໃນບ່ອນທີ່ມີແສງສະຫວ່າງດີ. ຖ່າຍເມື່ອຕົວໜັງສືຄົມຊັດ. ຮູບຈະຖືກເກັບໄວ້ໃນບ່ອນເຮັດວຽກນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>ຖ່າຍຮູບ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>ຖ່າຍໃໝ່ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>ໃຊ້ຮູບນີ້ (&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>ກຳລັງເປີດກ້ອງ…</translation>
    </message>
    <message>
        <source>The camera stopped working. Another program may be using it, or it was unplugged. Close the other program or plug the camera in, then try again.</source>
        <translation>ກ້ອງຢຸດເຮັດວຽກ. ອາດມີໂປຣແກຣມອື່ນກຳລັງໃຊ້ຢູ່, ຫຼື ກ້ອງຖືກຖອດອອກ. ກະລຸນາປິດໂປຣແກຣມນັ້ນ ຫຼື ສຽບກ້ອງຄືນ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The photo could not be made. Take it again.</source>
        <translation>ບໍ່ສາມາດສ້າງຮູບໄດ້. ກະລຸນາຖ່າຍໃໝ່.</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ຄຳຖາມ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>ວັນທີເກັບໄວ້</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>ບັນທຶກເປັນ…</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy outside the workspace; the audit log records it.</source>
        <translation>ຂຽນສຳເນົາທີ່ບໍ່ໄດ້ເຂົ້າລະຫັດໄວ້ນອກບ່ອນເຮັດວຽກ; ບັນທຶກການກວດສອບຈະບັນທຶກການກະທຳນີ້ໄວ້.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ບັນທຶກສຳເນົາ</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>ບັນທຶກສຳເນົາໄວ້ທີ່ %1 ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Print case file</source>
        <translation>ພິມແຟ້ມກໍລະນີ</translation>
    </message>
    <message>
        <source>A PDF of this case for a partner without the app: the person&apos;s details, consents, timeline and every interview, in one language or two side by side.</source>
        <translation>ເອກະສານ PDF ຂອງກໍລະນີນີ້ ສຳລັບຄູ່ຮ່ວມງານທີ່ບໍ່ມີແອັບນີ້: ລາຍລະອຽດຂອງບຸກຄົນ, ການໃຫ້ຄວາມເຫັນດີ, ລຳດັບເຫດການ ແລະ ການສຳພາດທັງໝົດ, ເປັນພາສາດຽວ ຫຼື ສອງພາສາຄຽງກັນ.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ພາສາ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Beside it</source>
        <translation>ຄຽງຂ້າງ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>ບັນທຶກເປັນ (&amp;S)</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>ບໍ່ມີພາສາທີສອງ</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ເລືອກ… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>ຂຽນ PDF (&amp;W)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Save the case file as</source>
        <translation>ບັນທຶກແຟ້ມກໍລະນີເປັນ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the case file first.</source>
        <translation>ກະລຸນາເລືອກບ່ອນບັນທຶກແຟ້ມກໍລະນີກ່ອນ.</translation>
    </message>
    <message>
        <source>Print an identified case file</source>
        <translation>ພິມແຟ້ມກໍລະນີທີ່ລະບຸຕົວຕົນ</translation>
    </message>
    <message>
        <source>This file will leave the encryption: anyone who gets it, or a copy or a print of it, can read this person&apos;s name and story.</source>
        <translation>ເອກະສານນີ້ຈະອອກຈາກການເຂົ້າລະຫັດ: ໃຜກໍຕາມທີ່ໄດ້ມັນ, ສຳເນົາ ຫຼື ສະບັບພິມຂອງມັນ ສາມາດອ່ານຊື່ ແລະ ເລື່ອງລາວຂອງບຸກຄົນນີ້ໄດ້.</translation>
    </message>
    <message>
        <source>Save it only on an encrypted drive, give it only to people allowed to see it, and delete it (and shred the paper) when it is no longer needed. Printing is recorded in the audit log.</source>
        <translation>ບັນທຶກມັນໄວ້ສະເພາະໃນໄດຣຟ໌ທີ່ເຂົ້າລະຫັດ, ມອບໃຫ້ສະເພາະຜູ້ທີ່ມີສິດເບິ່ງ, ແລະ ລຶບມັນ (ແລະ ທຳລາຍເຈ້ຍ) ເມື່ອບໍ່ຕ້ອງການອີກ. ການພິມຖືກບັນທຶກໄວ້ໃນບັນທຶກການກວດສອບ.</translation>
    </message>
    <message>
        <source>Write the unencrypted PDF</source>
        <translation>ຂຽນ PDF ທີ່ບໍ່ໄດ້ເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <source>Writing the case file…</source>
        <translation>ກຳລັງຂຽນແຟ້ມກໍລະນີ…</translation>
    </message>
    <message numerus="yes">
        <source>The case file was saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>ແຟ້ມກໍລະນີຖືກບັນທຶກເປັນ %1 (%n ໜ້າ).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: the case file was not written, and no part of it was left.</source>
        <translation>ດິສເຕັມແລ້ວ: ແຟ້ມກໍລະນີບໍ່ໄດ້ຖືກຂຽນ ແລະ ບໍ່ມີສ່ວນໃດຂອງມັນເຫຼືອຢູ່.</translation>
    </message>
    <message>
        <source>The case file cannot be written in the folder %1. Choose another folder: nothing was written.</source>
        <translation>ບໍ່ສາມາດຂຽນແຟ້ມກໍລະນີໃນໂຟນເດີ %1 ໄດ້. ກະລຸນາເລືອກໂຟນເດີອື່ນ: ບໍ່ມີຫຍັງຖືກຂຽນ.</translation>
    </message>
</context>
<context>
    <name>CaseFilePdf</name>
    <message>
        <source>Confidential: do not copy or pass on</source>
        <translation>ລັບ: ຫ້າມສຳເນົາ ຫຼື ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>ບໍ່ມີການໃຫ້ຄວາມເຫັນດີທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ການໃຫ້ຄວາມເຫັນດີ</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>ແຟ້ມກໍລະນີ</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from fieldcase. This paper is outside the app&apos;s encryption: keep it locked away, give it only to people allowed to see it, and destroy it when it is no longer needed.</source>
        <translation>ພິມໂດຍ %1 ເມື່ອ %2 ຈາກ fieldcase. ເຈ້ຍນີ້ຢູ່ນອກການເຂົ້າລະຫັດຂອງແອັບ: ເກັບມັນໄວ້ໃນບ່ອນລັອກ, ມອບໃຫ້ສະເພາະຜູ້ທີ່ມີສິດເບິ່ງ, ແລະ ທຳລາຍມັນເມື່ອບໍ່ຕ້ອງການອີກ.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ໜ້າ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>ກໍລະນີ %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>ພິມເມື່ອ %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>ສັນຊາດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>ການຕິດຕາມຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ຂໍ້ມູນຂັດກັນ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ກາຍກຳນົດ</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ໃກ້ຮອດກຳນົດ</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(ບໍ່ໄດ້ບັນທຶກຊື່)</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Open</source>
        <translation>ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ປິດແລ້ວ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>ກຳປູເຈຍ</translation>
    </message>
    <message>
        <source>China</source>
        <translation>ຈີນ</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>ສປປ ລາວ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>ມຽນມາ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ໄທ</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>ຫວຽດນາມ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ຊື່ເປັນຕົວອັກສອນລາຕິນ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>ວັນເດືອນປີເກີດ</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>ສັນຊາດ</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>ວັນທີກັບຄືນ</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>ປະເພດການຂູດຮີດ</translation>
    </message>
    <message>
        <source>Place of recruitment</source>
        <translation>ສະຖານທີ່ຖືກຊັກຊວນ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ທີມງານ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Status at closure</source>
        <translation>ສະຖານະເມື່ອປິດ</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>ເຫດຜົນຂອງການປິດ</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ສົ່ງຕໍ່ໄປຫາ</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Closed</source>
        <translation>ປິດແລ້ວ</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <translation>ປິດ, ສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Reintegration goals reached</source>
        <translation>ບັນລຸເປົ້າໝາຍການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມແລ້ວ</translation>
    </message>
    <message>
        <source>The person asked to close the case</source>
        <translation>ບຸກຄົນນັ້ນຂໍໃຫ້ປິດກໍລະນີ</translation>
    </message>
    <message>
        <source>Transferred to another organisation</source>
        <translation>ໂອນໄປອົງການອື່ນ</translation>
    </message>
    <message>
        <source>The person moved out of the team&apos;s area</source>
        <translation>ບຸກຄົນນັ້ນຍ້າຍອອກຈາກເຂດຂອງທີມງານ</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>ຂາດການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>The person has died</source>
        <translation>ບຸກຄົນນັ້ນໄດ້ເສຍຊີວິດ</translation>
    </message>
    <message>
        <source>Assessed as not a victim of trafficking</source>
        <translation>ຖືກປະເມີນວ່າບໍ່ແມ່ນຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າມະນຸດ</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>ເຫດຜົນອື່ນ</translation>
    </message>
    <message>
        <source>Reintegration support</source>
        <translation>ການຊ່ວຍເຫຼືອເພື່ອເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>ການຊ່ວຍເຫຼືອທາງກົດໝາຍ</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>ການດູແລສຸຂະພາບ</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>ທີ່ພັກອາໄສ</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>ການຊອກຫາຄອບຄົວ</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>ການຮັບກໍລະນີ</translation>
    </message>
    <message>
        <source>Interview added to this case</source>
        <translation>ເພີ່ມການສຳພາດເຂົ້າໃນກໍລະນີນີ້ແລ້ວ</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>ມີການແກ້ໄຂຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>ການຢ້ຽມຢາມຕິດຕາມ</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>ສົ່ງຕໍ່ໄປຫາ %1</translation>
    </message>
    <message>
        <source>Referral accepted by %1</source>
        <translation>%1 ຮັບການສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Referral declined by %1</source>
        <translation>%1 ປະຕິເສດການສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>ປິດກໍລະນີແລ້ວ</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>ເປີດກໍລະນີຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Linked: possibly the same person</source>
        <translation>ເຊື່ອມໂຍງແລ້ວ: ອາດເປັນຄົນດຽວກັນ</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>ແກ້ໄຂຂໍ້ມູນຂັດກັນແລ້ວ</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>ຖອນຄວາມເຫັນດີແລ້ວ</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(ບໍ່ໄດ້ບັນທຶກຊື່)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>ການຕິດຕາມຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>In conflict: %1</source>
        <translation>ຂໍ້ມູນຂັດກັນ: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>ຄລິກສອງເທື່ອ ຫຼື ກົດ Enter ເພື່ອອ່ານການສຳພາດ</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <source>A supervisor will choose the right value.</source>
        <translation>ຫົວໜ້າງານຈະເລືອກຄ່າທີ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>ກັບໄປລາຍຊື່ (&amp;B)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>ຄ່າທີ່ຂັດກັນ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ລຳດັບເຫດການ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ສິ່ງທີ່ເກີດຂຶ້ນ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>New &amp;follow-up</source>
        <translation>ການຕິດຕາມໃໝ່ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>ສົ່ງຕໍ່… (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>ປິດກໍລະນີ… (&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;open case…</source>
        <translation>ເປີດກໍລະນີຄືນ… (&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;nsent withdrawn…</source>
        <translation>ຖອນຄວາມເຫັນດີ… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Erase case…</source>
        <translation>ລຶບກໍລະນີ… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print case file…</source>
        <translation>ພິມແຟ້ມກໍລະນີ… (&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P: a PDF of this case, to give to a partner</source>
        <translation>Ctrl+P: PDF ຂອງກໍລະນີນີ້ ເພື່ອມອບໃຫ້ຄູ່ຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>ປິດກໍລະນີ</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>ສະຖານະກໍລະນີ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
</context>
<context>
    <name>ConflictsWidget</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>ຂໍ້ມູນຂັດກັນທີ່ຕ້ອງແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Two laptops changed the same detail of a case before they synced. Both values are kept until you choose the right one.</source>
        <translation>ຄອມພິວເຕີສອງເຄື່ອງໄດ້ປ່ຽນຂໍ້ມູນດຽວກັນຂອງກໍລະນີໜຶ່ງ ກ່ອນທີ່ຈະຊິ້ງຂໍ້ມູນກັນ. ທັງສອງຄ່າຖືກເກັບໄວ້ ຈົນກວ່າທ່ານຈະເລືອກຄ່າທີ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>ຄ່າ</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>ບໍ່ມີຂໍ້ມູນຂັດກັນທີ່ຕ້ອງແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ກັບໄປລາຍຊື່ກໍລະນີ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>ເປີດກໍລະນີ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>ແກ້ໄຂ… (&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>ສະແດງເພີ່ມ (&amp;M)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Earlier</source>
        <translation>ກ່ອນໜ້ານັ້ນ</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Counting the cases…</source>
        <translation>ກຳລັງນັບກໍລະນີ…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Cases on this laptop: %1 (open %2, referred %3, closed %4)</source>
        <translation>ກໍລະນີໃນຄອມພິວເຕີເຄື່ອງນີ້: %1 (ເປີດຢູ່ %2, ສົ່ງຕໍ່ແລ້ວ %3, ປິດແລ້ວ %4)</translation>
    </message>
    <message>
        <source>Follow-ups due soon: %1 · overdue: %2 · cases with open conflicts: %3</source>
        <translation>ການຕິດຕາມໃກ້ຮອດກຳນົດ: %1 · ກາຍກຳນົດ: %2 · ກໍລະນີທີ່ມີຂໍ້ມູນຂັດກັນຍັງບໍ່ໄດ້ແກ້ໄຂ: %3</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>ນັບເມື່ອ %1.</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>ຍັງບໍ່ໄດ້ນັບຫຍັງເທື່ອ.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>ບໍ່ມີຫຍັງສະແດງສຳລັບໄລຍະນີ້.</translation>
    </message>
    <message>
        <source>People identified, by month and citizenship</source>
        <translation>ບຸກຄົນທີ່ຖືກກຳນົດຕົວ, ຕາມເດືອນ ແລະ ສັນຊາດ</translation>
    </message>
    <message>
        <source>Returns, by month and citizenship</source>
        <translation>ການກັບຄືນ, ຕາມເດືອນ ແລະ ສັນຊາດ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ເຮັດແລ້ວ</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ໃກ້ຮອດກຳນົດ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ກາຍກຳນົດ</translation>
    </message>
    <message>
        <source>Follow-up visits: done, due soon and overdue, by month</source>
        <translation>ການຢ້ຽມຢາມຕິດຕາມ: ເຮັດແລ້ວ, ໃກ້ຮອດກຳນົດ ແລະ ກາຍກຳນົດ, ຕາມເດືອນ</translation>
    </message>
    <message>
        <source>Types of exploitation (all cases)</source>
        <translation>ປະເພດການຂູດຮີດ (ທຸກກໍລະນີ)</translation>
    </message>
    <message>
        <source>Cases with open conflicts, by team</source>
        <translation>ກໍລະນີທີ່ມີຂໍ້ມູນຂັດກັນຍັງບໍ່ໄດ້ແກ້ໄຂ, ຕາມທີມງານ</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>ບໍ່ມີຂໍ້ມູນຂັດກັນທີ່ຍັງບໍ່ໄດ້ແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>ບໍ່ມີທີມງານ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ພາບລວມ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ໂຫຼດຄືນໃໝ່ (&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>ບັນທຶກເປັນຮູບພາບ… (&amp;I)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>ບັນທຶກເປັນ PDF… (&amp;P)</translation>
    </message>
    <message>
        <source>V&amp;erification report</source>
        <translation>ລາຍງານການກວດຢືນຢັນ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ກັບໄປລາຍຊື່ກໍລະນີ (&amp;B)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>ຮູບພາບ PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the overview as</source>
        <translation>ບັນທຶກພາບລວມເປັນ</translation>
    </message>
    <message>
        <source>fieldcase: overview</source>
        <translation>fieldcase: ພາບລວມ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ກຳລັງບັນທຶກ…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>ບັນທຶກໄວ້ທີ່ %1 ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>e.g. 15/3/2026 or 2026-03-15</source>
        <translation>ເຊັ່ນ 15/3/2026 ຫຼື 2026-03-15</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ປະຕິທິນ</translation>
    </message>
</context>
<context>
    <name>DeviceApprovalDialog</name>
    <message>
        <source>Approve the team&apos;s laptops</source>
        <translation>ອະນຸມັດຄອມພິວເຕີຂອງທີມ</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>ຄອມພິວເຕີ</translation>
    </message>
    <message>
        <source>These laptops are enrolled with the server but were not approved on this laptop. Choose one, ask its user to read the fingerprint their own laptop shows, and type it below. It is approved only if every group is the same as the keys the server holds for it: this laptop then gives it the team key at its next sync. A laptop you do not know, or whose fingerprint differs, must not be approved.</source>
        <translation>ຄອມພິວເຕີເຫຼົ່ານີ້ລົງທະບຽນກັບເຊີບເວີແລ້ວ ແຕ່ຍັງບໍ່ໄດ້ຮັບການອະນຸມັດໃນຄອມພິວເຕີເຄື່ອງນີ້. ເລືອກໜຶ່ງເຄື່ອງ, ໃຫ້ຜູ້ໃຊ້ຂອງມັນອ່ານລາຍນິ້ວມືດິຈິຕອນທີ່ຄອມພິວເຕີຂອງເຂົາສະແດງ, ແລ້ວພິມມັນຂ້າງລຸ່ມ. ມັນຈະໄດ້ຮັບການອະນຸມັດສະເພາະເມື່ອທຸກກຸ່ມຄືກັນກັບກະແຈທີ່ເຊີບເວີເກັບໄວ້ສຳລັບມັນ: ຈາກນັ້ນຄອມພິວເຕີເຄື່ອງນີ້ຈະມອບກະແຈທີມໃຫ້ມັນ ໃນການຊິງຄັ້ງຕໍ່ໄປ. ຄອມພິວເຕີທີ່ທ່ານບໍ່ຮູ້ຈັກ ຫຼື ລາຍນິ້ວມືບໍ່ຄືກັນ ຕ້ອງບໍ່ອະນຸມັດ.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>ຢູ່ໃນເຊີບເວີ</translation>
    </message>
    <message>
        <source>&amp;Fingerprint the chosen laptop shows:</source>
        <translation>ລາຍນິ້ວມືດິຈິຕອນທີ່ຄອມພິວເຕີທີ່ເລືອກສະແດງ (&amp;F):</translation>
    </message>
    <message>
        <source>Approved on this laptop:</source>
        <translation>ອະນຸມັດແລ້ວໃນຄອມພິວເຕີເຄື່ອງນີ້:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>ອະນຸມັດໂດຍ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ໂຫຼດຄືນໃໝ່ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>ອະນຸມັດ (&amp;A)</translation>
    </message>
    <message>
        <source>Approve as &amp;supervisor</source>
        <translation>ອະນຸມັດເປັນຫົວໜ້າງານ (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>ອະນຸມັດແລ້ວ</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ກຳລັງລໍຖ້າ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>ຫົວໜ້າງານ</translation>
    </message>
    <message>
        <source>member</source>
        <translation>ສະມາຊິກ</translation>
    </message>
    <message>
        <source>%1 is approved: it receives the team key at this laptop&apos;s next sync.</source>
        <translation>%1 ໄດ້ຮັບການອະນຸມັດແລ້ວ: ມັນຈະໄດ້ຮັບກະແຈທີມໃນການຊິງຄັ້ງຕໍ່ໄປຂອງຄອມພິວເຕີເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>No laptop waits for your approval.</source>
        <translation>ບໍ່ມີຄອມພິວເຕີໃດລໍຖ້າການອະນຸມັດຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Enrolled %1 · %2</source>
        <translation>ລົງທະບຽນ %1 · %2</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>ຄອມພິວເຕີ %1</translation>
    </message>
    <message>
        <source>The fingerprint typed is not the one of the keys the server holds for this laptop. It was not approved. Ask its user to read it again; if it still differs, do not approve it and tell your coordinator.</source>
        <translation>ລາຍນິ້ວມືດິຈິຕອນທີ່ພິມ ບໍ່ແມ່ນຂອງກະແຈທີ່ເຊີບເວີເກັບໄວ້ສຳລັບຄອມພິວເຕີເຄື່ອງນີ້. ມັນບໍ່ໄດ້ຮັບການອະນຸມັດ. ໃຫ້ຜູ້ໃຊ້ຂອງມັນອ່ານອີກຄັ້ງ; ຖ້າຍັງບໍ່ຄືກັນ, ຢ່າອະນຸມັດ ແລະ ແຈ້ງຜູ້ປະສານງານຂອງທ່ານ.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>no name yet</source>
        <translation>ຍັງບໍ່ມີຊື່</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>ສະບັບຮ່າງ (%1)</translation>
    </message>
    <message>
        <source>No interview is waiting.</source>
        <translation>ບໍ່ມີການສຳພາດໃດທີ່ລໍຖ້າຢູ່.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>ສືບຕໍ່ (&amp;O)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>ຍົກເລີກຖິ້ມ…</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>ຍົກເລີກສະບັບຮ່າງນີ້ຖິ້ມບໍ?</translation>
    </message>
    <message>
        <source>The answers of this interview will be deleted for good:
%1</source>
        <translation>ຄຳຕອບຂອງການສຳພາດນີ້ຈະຖືກລຶບຖາວອນ:
%1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ຍົກເລີກຖິ້ມ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ເກັບໄວ້</translation>
    </message>
</context>
<context>
    <name>DuressBox</name>
    <message>
        <source>Duress password</source>
        <translation>ລະຫັດຜ່ານເມື່ອຖືກບັງຄັບ</translation>
    </message>
    <message>
        <source>Typed at the login screen like a normal password, the duress password erases this workspace at once and opens a look-alike in its place: the same users, roles and settings, but no cases. Work not yet synchronised is lost. Tell it only to people who may be forced to open this laptop.</source>
        <translation>ເມື່ອພິມໃນໜ້າເຂົ້າສູ່ລະບົບຄືກັບລະຫັດຜ່ານທຳມະດາ, ລະຫັດຜ່ານເມື່ອຖືກບັງຄັບ ຈະລຶບບ່ອນເຮັດວຽກນີ້ທັນທີ ແລະ ເປີດບ່ອນເຮັດວຽກທີ່ເບິ່ງຄືກັນຂຶ້ນມາແທນ: ຜູ້ໃຊ້, ບົດບາດ ແລະ ການຕັ້ງຄ່າດຽວກັນ, ແຕ່ບໍ່ມີກໍລະນີໃດເລີຍ. ວຽກທີ່ຍັງບໍ່ໄດ້ຊິ້ງຂໍ້ມູນຈະເສຍໄປ. ບອກລະຫັດນີ້ສະເພາະຄົນທີ່ອາດຖືກບັງຄັບໃຫ້ເປີດຄອມພິວເຕີເຄື່ອງນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>D&amp;uress password</source>
        <translation>ລະຫັດຜ່ານເມື່ອຖືກບັງຄັບ (&amp;U)</translation>
    </message>
    <message>
        <source>Duress password a&amp;gain</source>
        <translation>ລະຫັດຜ່ານເມື່ອຖືກບັງຄັບອີກຄັ້ງ (&amp;G)</translation>
    </message>
    <message>
        <source>Set duress password</source>
        <translation>ຕັ້ງລະຫັດຜ່ານເມື່ອຖືກບັງຄັບ</translation>
    </message>
    <message>
        <source>Remove duress password</source>
        <translation>ເອົາລະຫັດຜ່ານເມື່ອຖືກບັງຄັບອອກ</translation>
    </message>
    <message>
        <source>A duress password is set on this laptop.</source>
        <translation>ຄອມພິວເຕີເຄື່ອງນີ້ມີລະຫັດຜ່ານເມື່ອຖືກບັງຄັບແລ້ວ.</translation>
    </message>
    <message>
        <source>No duress password is set.</source>
        <translation>ຍັງບໍ່ໄດ້ຕັ້ງລະຫັດຜ່ານເມື່ອຖືກບັງຄັບ.</translation>
    </message>
    <message>
        <source>Please type the duress password twice.</source>
        <translation>ກະລຸນາພິມລະຫັດຜ່ານເມື່ອຖືກບັງຄັບສອງເທື່ອ.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <source>Setting the duress password…</source>
        <translation>ກຳລັງຕັ້ງລະຫັດຜ່ານເມື່ອຖືກບັງຄັບ…</translation>
    </message>
    <message>
        <source>The duress password is set.</source>
        <translation>ຕັ້ງລະຫັດຜ່ານເມື່ອຖືກບັງຄັບແລ້ວ.</translation>
    </message>
    <message>
        <source>The duress password was removed.</source>
        <translation>ເອົາລະຫັດຜ່ານເມື່ອຖືກບັງຄັບອອກແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this laptop with a sync server</source>
        <translation>ລົງທະບຽນຄອມພິວເຕີເຄື່ອງນີ້ກັບເຊີບເວີຊິ້ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Paste the invitation your supervisor gave you, or type the server&apos;s address, the one-time code and the certificate fingerprint.</source>
        <translation>ກະລຸນາວາງຄຳເຊີນທີ່ຫົວໜ້າງານຂອງທ່ານໃຫ້ມາ, ຫຼື ພິມທີ່ຢູ່ເຊີບເວີ, ລະຫັດໃຊ້ຄັ້ງດຽວ ແລະ ລາຍນິ້ວມືດິຈິຕອນຂອງໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>ຄຳເຊີນ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>ທີ່ຢູ່ເຊີບເວີ (&amp;S)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>ລະຫັດໃຊ້ຄັ້ງດຽວ (&amp;C)</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>ລາຍນິ້ວມືດິຈິຕອນຂອງໃບຢັ້ງຢືນ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>ລົງທະບຽນ (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Read this fingerprint to your supervisor. They compare it with the one their own laptop shows before approving this laptop:</source>
        <translation>ກະລຸນາອ່ານລາຍນິ້ວມືດິຈິຕອນນີ້ໃຫ້ຫົວໜ້າງານຂອງທ່ານຟັງ. ຫົວໜ້າງານຈະກວດທຽບກັບລາຍນິ້ວມືດິຈິຕອນທີ່ຄອມພິວເຕີຂອງຕົນເອງສະແດງ ກ່ອນຈະອະນຸມັດຄອມພິວເຕີເຄື່ອງນີ້:</translation>
    </message>
    <message>
        <source>Once approved, this laptop joins its team and syncs by itself whenever the server can be reached.</source>
        <translation>ເມື່ອໄດ້ຮັບການອະນຸມັດແລ້ວ, ຄອມພິວເຕີເຄື່ອງນີ້ຈະເຂົ້າຮ່ວມທີມງານຂອງຕົນ ແລະ ຊິ້ງຂໍ້ມູນເອງທຸກຄັ້ງທີ່ເຊື່ອມຕໍ່ກັບເຊີບເວີໄດ້.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>This is not a fieldcase invitation.</source>
        <translation>ນີ້ບໍ່ແມ່ນຄຳເຊີນຂອງ fieldcase.</translation>
    </message>
    <message>
        <source>The server&apos;s address and the code are both needed.</source>
        <translation>ຕ້ອງມີທັງທີ່ຢູ່ເຊີບເວີ ແລະ ລະຫັດ.</translation>
    </message>
    <message>
        <source>The server did not accept this code: it may be mistyped, already used or expired. Ask your supervisor for a new invitation.</source>
        <translation>ເຊີບເວີບໍ່ຮັບລະຫັດນີ້: ລະຫັດອາດພິມຜິດ, ຖືກໃຊ້ໄປແລ້ວ ຫຼື ໝົດອາຍຸແລ້ວ. ກະລຸນາຂໍຄຳເຊີນໃໝ່ຈາກຫົວໜ້າງານຂອງທ່ານ.</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Erase this case</source>
        <translation>ລຶບກໍລະນີນີ້</translation>
    </message>
    <message>
        <source>Everything recorded about %1 will be erased from this laptop now, and from every laptop of the team when they next sync. Only a note that a case was erased remains. This cannot be undone. Copies already exported are not reached.</source>
        <translation>ທຸກຢ່າງທີ່ບັນທຶກກ່ຽວກັບ %1 ຈະຖືກລຶບອອກຈາກຄອມພິວເຕີເຄື່ອງນີ້ທັນທີ ແລະ ຈາກຄອມພິວເຕີທຸກເຄື່ອງຂອງທີມເມື່ອຊິງຂໍ້ມູນຄັ້ງຕໍ່ໄປ. ຈະເຫຼືອພຽງບັນທຶກວ່າມີກໍລະນີໜຶ່ງຖືກລຶບ. ບໍ່ສາມາດກັບຄືນໄດ້. ສຳເນົາທີ່ສົ່ງອອກໄປແລ້ວຈະບໍ່ຖືກລຶບ.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>ຂ້ອຍເຂົ້າໃຈວ່າບໍ່ສາມາດກັບຄືນໄດ້</translation>
    </message>
    <message>
        <source>Why is it erased?</source>
        <translation>ເປັນຫຍັງຈຶ່ງລຶບ?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>ລຶບ</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The workspace folder is read-only: %1. The disk is mounted read-only, or you may not write there. Copy the folder to a writable disk to open it.</source>
        <translation>ໂຟນເດີບ່ອນເຮັດວຽກເປັນແບບອ່ານໄດ້ຢ່າງດຽວ: %1. ດິສກ໌ຖືກເຊື່ອມຕໍ່ແບບອ່ານໄດ້ຢ່າງດຽວ ຫຼື ທ່ານບໍ່ມີສິດຂຽນຢູ່ບ່ອນນັ້ນ. ກະລຸນາສຳເນົາໂຟນເດີໄປໃສ່ດິສກ໌ທີ່ຂຽນໄດ້ ເພື່ອເປີດມັນ.</translation>
    </message>
    <message>
        <source>The folder is read-only: %1. The disk is mounted read-only, or you may not write there. Nothing was written.</source>
        <translation>ໂຟນເດີນີ້ເປັນແບບອ່ານໄດ້ຢ່າງດຽວ: %1. ດິສກ໌ຖືກເຊື່ອມຕໍ່ແບບອ່ານໄດ້ຢ່າງດຽວ ຫຼື ທ່ານບໍ່ມີສິດຂຽນຢູ່ບ່ອນນັ້ນ. ບໍ່ມີຫຍັງຖືກຂຽນ.</translation>
    </message>
    <message>
        <source>This cannot be written: %1. The disk is mounted read-only, or you may not write there.</source>
        <translation>ບໍ່ສາມາດຂຽນໄດ້: %1. ດິສກ໌ຖືກເຊື່ອມຕໍ່ແບບອ່ານໄດ້ຢ່າງດຽວ ຫຼື ທ່ານບໍ່ມີສິດຂຽນຢູ່ບ່ອນນັ້ນ.</translation>
    </message>
    <message>
        <source>The password cannot be read: it holds characters that are not text. Type it again.</source>
        <translation>ບໍ່ສາມາດອ່ານລະຫັດຜ່ານໄດ້: ມັນມີຕົວອັກສອນທີ່ບໍ່ແມ່ນຂໍ້ຄວາມ. ກະລຸນາພິມໃໝ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The key file of this workspace is damaged: the password of this name cannot be checked. Another user or the recovery code may still open the workspace; ask your supervisor for help.</source>
        <translation>ໄຟລ໌ກະແຈຂອງບ່ອນເຮັດວຽກນີ້ເສຍຫາຍ: ບໍ່ສາມາດກວດລະຫັດຜ່ານຂອງຊື່ນີ້ໄດ້. ຜູ້ໃຊ້ຄົນອື່ນ ຫຼື ລະຫັດກູ້ຄືນ ອາດຍັງເປີດບ່ອນເຮັດວຽກນີ້ໄດ້; ກະລຸນາຂໍຄວາມຊ່ວຍເຫຼືອຈາກຫົວໜ້າງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Your role in this workspace was changed outside the app, so this login is refused. Ask a supervisor to check the workspace.</source>
        <translation>ບົດບາດຂອງທ່ານໃນບ່ອນເຮັດວຽກນີ້ຖືກປ່ຽນຢູ່ນອກແອັບ, ສະນັ້ນການເຂົ້າສູ່ລະບົບນີ້ຖືກປະຕິເສດ. ກະລຸນາຂໍໃຫ້ຫົວໜ້າງານກວດສອບບ່ອນເຮັດວຽກນີ້.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>ບົດບາດຂອງທ່ານບໍ່ມີສິດເຮັດສິ່ງນີ້.</translation>
    </message>
    <message>
        <source>The disk is full. This change was not saved; nothing saved before was lost.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນເຕັມແລ້ວ. ການປ່ຽນແປງນີ້ບໍ່ໄດ້ຖືກບັນທຶກ, ແຕ່ຂໍ້ມູນທີ່ບັນທຶກໄວ້ກ່ອນໜ້ານີ້ບໍ່ໄດ້ເສຍໄປ.</translation>
    </message>
    <message>
        <source>A file of this workspace is damaged. Ask your supervisor for help.</source>
        <translation>ໄຟລ໌ໜຶ່ງຂອງບ່ອນເຮັດວຽກນີ້ເສຍຫາຍ. ກະລຸນາຂໍຄວາມຊ່ວຍເຫຼືອຈາກຫົວໜ້າງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>This cannot be used: %1</source>
        <translation>ບໍ່ສາມາດໃຊ້ຂໍ້ມູນນີ້ໄດ້: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>ເກີດຂໍ້ຜິດພາດ: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV (ເປີດໃນ Excel ໄດ້)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>ໄຟລ໌ Excel (XLSX)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTCDS (common standard, CSV)</source>
        <translation>HTCDS (ມາດຕະຖານຮ່ວມ, CSV)</translation>
    </message>
    <message>
        <source>De-identified, for research</source>
        <translation>ຕັດຂໍ້ມູນລະບຸຕົວຕົນອອກ ສຳລັບການຄົ້ນຄວ້າ</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>k (&amp;K):</translation>
    </message>
    <message>
        <source>None (codes)</source>
        <translation>ບໍ່ມີ (ເປັນລະຫັດ)</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>ສະເພາະວັນທີເຫຼົ່ານີ້:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>ມື້ທຳອິດ</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>ມື້ສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>ທຸກກໍລະນີ</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>ທຸກທີມງານ</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>ທຸກແບບຟອມ</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ເລືອກ… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ຮູບແບບໄຟລ໌ (&amp;F)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>ຄວາມເປັນສ່ວນຕົວ</translation>
    </message>
    <message>
        <source>&amp;Labels in</source>
        <translation>ປ້າຍກຳກັບເປັນພາສາ (&amp;L)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation>ສະຖານະກໍລະນີ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>ທີມງານ (&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>ແບບຟອມ (&amp;O)</translation>
    </message>
    <message>
        <source>Save to fol&amp;der</source>
        <translation>ບັນທຶກໄວ້ໃນໂຟນເດີ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ສົ່ງອອກ (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Save the export to</source>
        <translation>ບັນທຶກການສົ່ງອອກໄວ້ທີ່</translation>
    </message>
    <message>
        <source>Choose a folder for the export first.</source>
        <translation>ກະລຸນາເລືອກໂຟນເດີສຳລັບການສົ່ງອອກກ່ອນ.</translation>
    </message>
    <message>
        <source>Export identified data</source>
        <translation>ສົ່ງອອກຂໍ້ມູນທີ່ລະບຸຕົວຕົນ</translation>
    </message>
    <message>
        <source>These files will leave the encryption: anyone who gets the folder or a copy of it can read the names and stories of the people in it.</source>
        <translation>ເອກະສານເຫຼົ່ານີ້ຈະອອກຈາກການເຂົ້າລະຫັດ: ໃຜກໍຕາມທີ່ໄດ້ໂຟນເດີນີ້ ຫຼື ສຳເນົາຂອງມັນ ສາມາດອ່ານຊື່ ແລະ ເລື່ອງລາວຂອງຜູ້ຄົນໃນນັ້ນໄດ້.</translation>
    </message>
    <message>
        <source>Save them only on an encrypted drive, share them only with people allowed to see them, and delete them when they are no longer needed. The export is recorded in the audit log.</source>
        <translation>ເກັບໄວ້ສະເພາະໃນໄດຣຟ໌ທີ່ເຂົ້າລະຫັດ, ແບ່ງປັນສະເພາະກັບຜູ້ທີ່ໄດ້ຮັບອະນຸຍາດໃຫ້ເບິ່ງ, ແລະ ລຶບອອກເມື່ອບໍ່ຕ້ອງການອີກ. ບັນທຶກການກວດສອບຈະບັນທຶກການສົ່ງອອກນີ້ໄວ້.</translation>
    </message>
    <message>
        <source>Write unencrypted files</source>
        <translation>ຂຽນເອກະສານທີ່ບໍ່ໄດ້ເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>ກຳລັງສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>ກຳລັງຢຸດການສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Exporting… rows written: %1</source>
        <translation>ກຳລັງສົ່ງອອກ… ແຖວທີ່ຂຽນແລ້ວ: %1</translation>
    </message>
    <message>
        <source>The export is finished.</source>
        <translation>ການສົ່ງອອກສຳເລັດແລ້ວ.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>ໄຟລ໌: %1</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>ແຖວທີ່ຂຽນແລ້ວ: %1</translation>
    </message>
    <message>
        <source>Cases left out because consent was withdrawn: %1</source>
        <translation>ກໍລະນີທີ່ບໍ່ໄດ້ລວມເຂົ້າ ເພາະຖອນການຍິນຍອມ: %1</translation>
    </message>
    <message>
        <source>People left out because they did not agree to research use: %1</source>
        <translation>ຄົນທີ່ບໍ່ໄດ້ລວມເຂົ້າ ເພາະບໍ່ໄດ້ຍິນຍອມໃຫ້ໃຊ້ໃນການຄົ້ນຄວ້າ: %1</translation>
    </message>
    <message>
        <source>Rows suppressed to protect identities: %1</source>
        <translation>ແຖວທີ່ຖືກປິດໄວ້ ເພື່ອປົກປ້ອງຕົວຕົນ: %1</translation>
    </message>
    <message>
        <source>Forms not in this laptop&apos;s library, left out: %1</source>
        <translation>ແບບຟອມທີ່ບໍ່ມີໃນຄອມພິວເຕີເຄື່ອງນີ້ ຈຶ່ງບໍ່ໄດ້ລວມເຂົ້າ: %1</translation>
    </message>
    <message>
        <source>A report of this export was saved as export-report.json.</source>
        <translation>ລາຍງານຂອງການສົ່ງອອກນີ້ ຖືກບັນທຶກໄວ້ເປັນ export-report.json.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was left behind.</source>
        <translation>ການສົ່ງອອກຖືກຍົກເລີກແລ້ວ. ບໍ່ມີໄຟລ໌ໃດຄ້າງໄວ້.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Review and finish</source>
        <translation>ກວດຄືນ ແລະ ສຳເລັດ</translation>
    </message>
    <message>
        <source>Undo the link: open a new case</source>
        <translation>ຍົກເລີກການເຊື່ອມ: ເປີດກໍລະນີໃໝ່</translation>
    </message>
    <message>
        <source>Questions to complete</source>
        <translation>ຄຳຖາມທີ່ຕ້ອງຕອບໃຫ້ຄົບ</translation>
    </message>
    <message>
        <source>The answers, as they will be saved:</source>
        <translation>ຄຳຕອບ ຕາມທີ່ຈະຖືກບັນທຶກ:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ຄຳຖາມ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>ສຳເລັດການສຳພາດ</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction:</source>
        <translation>
            <numerusform>ຍັງມີ %n ຄຳຖາມທີ່ຕ້ອງຕອບ ຫຼື ແກ້ໄຂ:</numerusform>
            <numerusform>ຍັງມີ %n ຄຳຖາມທີ່ຕ້ອງຕອບ ຫຼື ແກ້ໄຂ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is answered. Finishing saves the interview for good: it cannot be changed afterwards.</source>
        <translation>ຕອບຄຳຖາມທີ່ຈຳເປັນຄົບແລ້ວ. ເມື່ອສຳເລັດ, ການສຳພາດຈະຖືກບັນທຶກຢ່າງຖາວອນ: ຫຼັງຈາກນັ້ນຈະແກ້ໄຂບໍ່ໄດ້ອີກ.</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <source>Welcome to fieldcase</source>
        <translation>ຍິນດີຕ້ອນຮັບສູ່ fieldcase</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Create the workspace now: you will be its first supervisor and can add your colleagues later.</source>
        <translation>ທຸກຢ່າງທີ່ທ່ານບັນທຶກ ຈະຖືກເຂົ້າລະຫັດ ແລະ ເກັບໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້. ສ້າງບ່ອນເຮັດວຽກດຽວນີ້: ທ່ານຈະເປັນຫົວໜ້າງານຄົນທຳອິດຂອງບ່ອນເຮັດວຽກນີ້ ແລະ ສາມາດເພີ່ມເພື່ອນຮ່ວມງານໄດ້ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ຊື່ຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>ໃສ່ລະຫັດຜ່ານອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ເລືອກ… (&amp;H)</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>ສ້າງບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>ລະຫັດກູ້ຄືນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way back into the workspace. Write it on paper now and keep it somewhere safe, away from the laptop. It will not be shown again.</source>
        <translation>ຖ້າລືມລະຫັດຜ່ານທັງໝົດ, ລະຫັດນີ້ແມ່ນທາງດຽວທີ່ຈະກັບເຂົ້າບ່ອນເຮັດວຽກໄດ້. ກະລຸນາຂຽນລະຫັດນີ້ໃສ່ເຈ້ຍດຽວນີ້ ແລະ ເກັບໄວ້ໃນບ່ອນທີ່ປອດໄພ ຫ່າງຈາກຄອມພິວເຕີ. ລະຫັດນີ້ຈະບໍ່ສະແດງອີກ.</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>ຂ້ອຍໄດ້ຂຽນລະຫັດກູ້ຄືນໄວ້ແລ້ວ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <source>This folder already holds a fieldcase workspace. Choose another folder.</source>
        <translation>ໂຟນເດີນີ້ມີບ່ອນເຮັດວຽກ fieldcase ຢູ່ແລ້ວ. ກະລຸນາເລືອກໂຟນເດີອື່ນ.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or type the name of a new one.</source>
        <translation>ໂຟນເດີນີ້ບໍ່ຫວ່າງ. ກະລຸນາເລືອກໂຟນເດີຫວ່າງ ຫຼື ພິມຊື່ໂຟນເດີໃໝ່.</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>ນີ້ແມ່ນໄຟລ໌ ບໍ່ແມ່ນໂຟນເດີ. ກະລຸນາເລືອກໂຟນເດີ.</translation>
    </message>
    <message>
        <source>fieldcase cannot write in this folder. Choose a folder of your own.</source>
        <translation>fieldcase ບໍ່ສາມາດຂຽນໃນໂຟນເດີນີ້ໄດ້. ກະລຸນາເລືອກໂຟນເດີຂອງທ່ານເອງ.</translation>
    </message>
    <message>
        <source>Choose a folder, or type its full path.</source>
        <translation>ກະລຸນາເລືອກໂຟນເດີ ຫຼື ພິມເສັ້ນທາງເຕັມຂອງມັນ.</translation>
    </message>
    <message>
        <source>Folder for the workspace</source>
        <translation>ໂຟນເດີສຳລັບບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>ກະລຸນາໃສ່ຊື່ຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ 8 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <source>Deriving the key from your password…</source>
        <translation>ກຳລັງສ້າງກະແຈຈາກລະຫັດຜ່ານຂອງທ່ານ…</translation>
    </message>
    <message>
        <source>Protecting the workspace with the recovery code…</source>
        <translation>ກຳລັງປົກປ້ອງບ່ອນເຮັດວຽກດ້ວຍລະຫັດກູ້ຄືນ…</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>ກຳລັງສ້າງຖານຂໍ້ມູນທີ່ເຂົ້າລະຫັດ…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>ກຳລັງສຳເລັດ…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>ກຳລັງກະກຽມ…</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <source>Latitude, e.g. 13.7563</source>
        <translation>ເສັ້ນຂະໜານ, ເຊັ່ນ 13.7563</translation>
    </message>
    <message>
        <source>Longitude, e.g. 100.5018</source>
        <translation>ເສັ້ນແວງ, ເຊັ່ນ 100.5018</translation>
    </message>
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>No case matches this search and these filters.</source>
        <translation>ບໍ່ມີກໍລະນີໃດກົງກັບການຄົ້ນຫາ ແລະ ຕົວກອງເຫຼົ່ານີ້.</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>ກໍລະນີ: %n</numerusform>
            <numerusform>ກໍລະນີ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n or more</source>
        <translation>
            <numerusform>ກໍລະນີ: %n ຫຼື ຫຼາຍກວ່າ</numerusform>
            <numerusform>ກໍລະນີ: %n ຫຼື ຫຼາຍກວ່າ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>ການຕິດຕາມທີ່ຮອດກຳນົດ (%n)</numerusform>
            <numerusform>ການຕິດຕາມທີ່ຮອດກຳນົດ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>ສະບາຍດີ %1</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ຄົ້ນຫາ (&amp;S)</translation>
    </message>
    <message>
        <source>A name, in any script or in Latin letters</source>
        <translation>ຊື່ ເປັນຕົວອັກສອນໃດກໍໄດ້ ຫຼື ຕົວອັກສອນລາຕິນ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
    <message>
        <source>All citizenships</source>
        <translation>ທຸກສັນຊາດ</translation>
    </message>
    <message>
        <source>Any follow-up date</source>
        <translation>ວັນຕິດຕາມໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>Follow-up due or overdue</source>
        <translation>ການຕິດຕາມຮອດກຳນົດ ຫຼື ກາຍກຳນົດ</translation>
    </message>
    <message>
        <source>Follow-up due soon</source>
        <translation>ການຕິດຕາມໃກ້ຮອດກຳນົດ</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>ການຕິດຕາມກາຍກຳນົດ</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>ການຮັບກໍລະນີໃໝ່ (&amp;I)</translation>
    </message>
    <message>
        <source>No follow-up is due now.</source>
        <translation>ຕອນນີ້ບໍ່ມີການຕິດຕາມທີ່ຮອດກຳນົດ.</translation>
    </message>
    <message>
        <source>You are logged in as an interpreter</source>
        <translation>ທ່ານເຂົ້າສູ່ລະບົບໃນນາມນາຍພາສາ</translation>
    </message>
    <message>
        <source>An interpreter helps in the interviews a social worker runs. You do not see the case list and cannot open or change a case: the interview happens on the social worker&apos;s login, with you beside her.</source>
        <translation>ນາຍພາສາຊ່ວຍໃນການສຳພາດທີ່ພະນັກງານສັງຄົມສົງເຄາະດຳເນີນ. ທ່ານບໍ່ເຫັນລາຍການກໍລະນີ ແລະ ບໍ່ສາມາດເປີດ ຫຼື ປ່ຽນແປງກໍລະນີໄດ້: ການສຳພາດເກີດຂຶ້ນໃນການເຂົ້າສູ່ລະບົບຂອງພະນັກງານສັງຄົມສົງເຄາະ, ໂດຍມີທ່ານຢູ່ຂ້າງໆ.</translation>
    </message>
    <message>
        <source>How a social worker opens an interview for you:
1. Click &quot;Switch user&quot; below; the social worker logs in with her own name.
2. She opens the interview (New intake, or New follow-up in the person&apos;s case) and ticks &quot;Interpreter mode: show two languages&quot;.
3. She chooses the person&apos;s language: each question then shows in both languages, and she records your name as the interpreter.</source>
        <translation>ພະນັກງານສັງຄົມສົງເຄາະເປີດການສຳພາດໃຫ້ທ່ານແນວໃດ:
1. ຄລິກ &quot;ປ່ຽນຜູ້ໃຊ້&quot; ຂ້າງລຸ່ມ; ພະນັກງານສັງຄົມສົງເຄາະເຂົ້າສູ່ລະບົບດ້ວຍຊື່ຂອງລາວເອງ.
2. ລາວເປີດການສຳພາດ (ການຮັບກໍລະນີໃໝ່ ຫຼື ການຕິດຕາມໃໝ່ ໃນກໍລະນີຂອງບຸກຄົນນັ້ນ) ແລະ ໝາຍ &quot;ໂໝດນາຍພາສາ: ສະແດງສອງພາສາ&quot;.
3. ລາວເລືອກພາສາຂອງບຸກຄົນນັ້ນ: ແຕ່ລະຄຳຖາມຈະສະແດງເປັນສອງພາສາ, ແລະ ລາວບັນທຶກຊື່ຂອງທ່ານເປັນນາຍພາສາ.</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>ປ່ຽນຜູ້ໃຊ້ (&amp;S)</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>ຍັງບໍ່ມີກໍລະນີເທື່ອ. ກໍລະນີໃໝ່ຈະສະແດງຢູ່ບ່ອນນີ້ ເມື່ອການຮັບກໍລະນີສຳເລັດແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>InterpreterScreen</name>
    <message>
        <source>%1 — with %2</source>
        <translation>%1 — ກັບ %2</translation>
    </message>
    <message>
        <source>Interviews you assist</source>
        <translation>ການສຳພາດທີ່ທ່ານຊ່ວຍແປ</translation>
    </message>
    <message>
        <source>These are the interviews a social worker named you in as interpreter. Open one to read each question and note the answers; the social worker sees what you saved when she opens the interview again, and she finishes it. You see nothing else of this workspace.</source>
        <translation>ນີ້ແມ່ນການສຳພາດທີ່ພະນັກງານສັງຄົມສົງເຄາະໄດ້ລະບຸຊື່ທ່ານເປັນນາຍແປພາສາ. ເປີດອັນໜຶ່ງເພື່ອອ່ານແຕ່ລະຄຳຖາມ ແລະ ບັນທຶກຄຳຕອບ; ພະນັກງານສັງຄົມສົງເຄາະຈະເຫັນສິ່ງທີ່ທ່ານບັນທຶກໄວ້ເມື່ອນາງເປີດການສຳພາດອີກຄັ້ງ, ແລະ ນາງເປັນຜູ້ສຳເລັດມັນ. ທ່ານບໍ່ເຫັນສິ່ງອື່ນໃດຂອງບ່ອນເຮັດວຽກນີ້.</translation>
    </message>
    <message>
        <source>No interview names you yet. The social worker names you as the interpreter when she starts the interview on her login; then log in again.</source>
        <translation>ຍັງບໍ່ມີການສຳພາດໃດລະບຸຊື່ທ່ານເທື່ອ. ພະນັກງານສັງຄົມສົງເຄາະຈະລະບຸຊື່ທ່ານເປັນນາຍແປພາສາເມື່ອນາງເລີ່ມການສຳພາດໃນການເຂົ້າລະບົບຂອງນາງ; ຈາກນັ້ນເຂົ້າລະບົບອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ເປີດ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>ປ່ຽນຜູ້ໃຊ້ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>InterviewWidget</name>
    <message>
        <source>Interpreter: %1</source>
        <translation>ນາຍພາສາ: %1</translation>
    </message>
    <message>
        <source>Interpreter mode: show two languages</source>
        <translation>ໂໝດນາຍພາສາ: ສະແດງສອງພາສາ</translation>
    </message>
    <message>
        <source>Language of the person interviewed</source>
        <translation>ພາສາຂອງຜູ້ຖືກສຳພາດ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>ບັນທຶກ ແລະ ປິດ</translation>
    </message>
    <message>
        <source>Nothing has been added here yet.</source>
        <translation>ຍັງບໍ່ມີຫຍັງຖືກເພີ່ມຢູ່ນີ້ເທື່ອ.</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>ເພີ່ມອີກ</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>ເອົາອັນນີ້ອອກ</translation>
    </message>
    <message>
        <source>Remove these answers? This cannot be undone.</source>
        <translation>ເອົາຄຳຕອບເຫຼົ່ານີ້ອອກບໍ່? ຈະເອົາຄືນບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>Form version %1</source>
        <translation>ແບບຟອມສະບັບ %1</translation>
    </message>
    <message>
        <source>Interpreter named in this interview</source>
        <translation>ນາຍແປພາສາທີ່ລະບຸຊື່ໃນການສຳພາດນີ້</translation>
    </message>
    <message>
        <source>No interpreter named</source>
        <translation>ບໍ່ໄດ້ລະບຸຊື່ນາຍແປພາສາ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ໜ້າ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>ກວດຄືນ ແລະ ສຳເລັດ</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>ຄຳຖາມ</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>ຍັງບໍ່ໄດ້ຕອບ</translation>
    </message>
    <message>
        <source>the answer needs a correction</source>
        <translation>ຄຳຕອບຕ້ອງແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ກຳລັງບັນທຶກ…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>ບັນທຶກສະບັບຮ່າງແລ້ວ</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>ກຳລັງສຳເລັດ…</translation>
    </message>
    <message>
        <source>Finished and saved</source>
        <translation>ສຳເລັດ ແລະ ບັນທຶກແລ້ວ</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Continue a &amp;draft</source>
        <translation>ສືບຕໍ່ຮ່າງ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>ການສຳພາດໃໝ່ (&amp;N)</translation>
    </message>
    <message>
        <source>No intake form is open to new interviews on this laptop.</source>
        <translation>ບໍ່ມີແບບຟອມຮັບກໍລະນີທີ່ເປີດໃຫ້ສຳພາດໃໝ່ຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>No follow-up form is open to new interviews on this laptop.</source>
        <translation>ບໍ່ມີແບບຟອມຕິດຕາມທີ່ເປີດໃຫ້ສຳພາດໃໝ່ຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>ບໍ່ມີຮ່າງ</translation>
    </message>
    <message>
        <source>No form open to new interviews</source>
        <translation>ບໍ່ມີແບບຟອມທີ່ເປີດໃຫ້ສຳພາດໃໝ່</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (ສະບັບ %2)</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>A whole number, e.g. 25</source>
        <translation>ຈຳນວນເຕັມ, ເຊັ່ນ 25</translation>
    </message>
    <message>
        <source>A number, e.g. 2.5</source>
        <translation>ຕົວເລກ, ເຊັ່ນ 2.5</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>ເຊັ່ນ 14:30</translation>
    </message>
    <message>
        <source>e.g. 2026-03-15 14:30</source>
        <translation>ເຊັ່ນ 2026-03-15 14:30</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>fieldcase is locked</source>
        <translation>fieldcase ຖືກລັອກຢູ່</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ຜູ້ໃຊ້ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ລະຫັດຜ່ານ (&amp;P)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>ພາສາ (&amp;A)</translation>
    </message>
    <message>
        <source>Type your user name</source>
        <translation>ພິມຊື່ຜູ້ໃຊ້ຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ເຂົ້າສູ່ລະບົບ</translation>
    </message>
    <message>
        <source>Emergency wipe…</source>
        <translation>ລຶບສຸກເສີນ…</translation>
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
        <translation>ບ່ອນເຮັດວຽກ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ລັອກ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>ປ່ຽນຜູ້ໃຊ້ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>ກໍລະນີ (&amp;C)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>ລາຍຊື່ກໍລະນີ (&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>ການຮັບກໍລະນີໃໝ່ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Conflicts to resolve</source>
        <translation>ຂໍ້ມູນຂັດກັນທີ່ຕ້ອງແກ້ໄຂ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ສົ່ງອອກ… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>ຜູ້ໃຊ້ ແລະ ບົດບາດ… (&amp;U)</translation>
    </message>
    <message>
        <source>Workspace se&amp;ttings…</source>
        <translation>ການຕັ້ງຄ່າບ່ອນເຮັດວຽກ… (&amp;T)</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>ລຶບສຸກເສີນ… (&amp;W)</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Clear answer</source>
        <translation>ລຶບຄຳຕອບ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>ຈຳເປັນ</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>ກະລຸນາຕອບຄຳຖາມນີ້.</translation>
    </message>
    <message>
        <source>The form could not check this answer (%1).</source>
        <translation>ແບບຟອມບໍ່ສາມາດກວດຄຳຕອບນີ້ໄດ້ (%1).</translation>
    </message>
    <message>
        <source>This answer is not allowed here. Please check it.</source>
        <translation>ຄຳຕອບນີ້ໃຊ້ບໍ່ໄດ້ຢູ່ບ່ອນນີ້. ກະລຸນາກວດເບິ່ງຄືນ.</translation>
    </message>
    <message>
        <source>Type a whole number, for example 25.</source>
        <translation>ກະລຸນາພິມຈຳນວນເຕັມ, ຕົວຢ່າງ 25.</translation>
    </message>
    <message>
        <source>Type a number, for example 2.5.</source>
        <translation>ກະລຸນາພິມຕົວເລກ, ຕົວຢ່າງ 2.5.</translation>
    </message>
    <message>
        <source>Type a date, for example 15/3/2026, 15/3/2569 or 2026-03-15.</source>
        <translation>ກະລຸນາພິມວັນທີ, ຕົວຢ່າງ 15/3/2026, 15/3/2569 ຫຼື 2026-03-15.</translation>
    </message>
    <message>
        <source>Type a time, for example 14:30.</source>
        <translation>ກະລຸນາພິມເວລາ, ຕົວຢ່າງ 14:30.</translation>
    </message>
    <message>
        <source>Type a date and a time, for example 2026-03-15 14:30.</source>
        <translation>ກະລຸນາພິມວັນທີ ແລະ ເວລາ, ຕົວຢ່າງ 2026-03-15 14:30.</translation>
    </message>
    <message>
        <source>Latitude is between -90 and 90, longitude between -180 and 180.</source>
        <translation>ເສັ້ນຂະໜານຢູ່ລະຫວ່າງ -90 ຫາ 90, ເສັ້ນແວງຢູ່ລະຫວ່າງ -180 ຫາ 180.</translation>
    </message>
    <message>
        <source>This answer cannot be used here.</source>
        <translation>ບໍ່ສາມາດໃຊ້ຄຳຕອບນີ້ຢູ່ບ່ອນນີ້ໄດ້.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer the case</source>
        <translation>ສົ່ງຕໍ່ກໍລະນີ</translation>
    </message>
    <message>
        <source>I compared this fingerprint with that team&apos;s supervisor: it is the same.</source>
        <translation>ຂ້ອຍໄດ້ກວດທຽບລາຍນິ້ວມືດິຈິຕອນນີ້ກັບຫົວໜ້າງານຂອງທີມງານນັ້ນແລ້ວ: ມັນຄືກັນ.</translation>
    </message>
    <message>
        <source>The person agreed that their case goes to this team, for this purpose.</source>
        <translation>ບຸກຄົນນັ້ນໄດ້ຕົກລົງໃຫ້ສົ່ງກໍລະນີຂອງຕົນໄປຫາທີມງານນີ້ ເພື່ອຈຸດປະສົງນີ້.</translation>
    </message>
    <message>
        <source>Without the person&apos;s consent the case cannot be referred.</source>
        <translation>ຖ້າບໍ່ມີການຍິນຍອມຈາກບຸກຄົນນັ້ນ ກໍລະນີຈະບໍ່ສາມາດສົ່ງຕໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>To the team</source>
        <translation>ໄປຫາທີມງານ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>ຈຸດປະສົງ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>No one has compared this team&apos;s fingerprint yet: %1</source>
        <translation>ຍັງບໍ່ມີໃຜກວດທຽບລາຍນິ້ວມືດິຈິຕອນຂອງທີມງານນີ້ເທື່ອ: %1</translation>
    </message>
</context>
<context>
    <name>ReferralBox</name>
    <message>
        <source>Referred to this team</source>
        <translation>ສົ່ງຕໍ່ມາຫາທີມງານນີ້</translation>
    </message>
    <message>
        <source>&amp;Accept the case</source>
        <translation>ຮັບກໍລະນີ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>ປະຕິເສດ (&amp;D)</translation>
    </message>
    <message>
        <source>Sent by %1 of team %2 (laptop %3)</source>
        <translation>ສົ່ງໂດຍ %1 ຈາກທີມງານ %2 (ຄອມພິວເຕີ %3)</translation>
    </message>
    <message>
        <source>Waiting for this team&apos;s decision.</source>
        <translation>ກຳລັງລໍຖ້າການຕັດສິນໃຈຂອງທີມງານນີ້.</translation>
    </message>
    <message>
        <source>This team accepted the case.</source>
        <translation>ທີມງານນີ້ຮັບກໍລະນີແລ້ວ.</translation>
    </message>
    <message>
        <source>This team declined the case.</source>
        <translation>ທີມງານນີ້ປະຕິເສດກໍລະນີແລ້ວ.</translation>
    </message>
    <message>
        <source>Team %1&apos;s fingerprint has not been compared on this laptop.</source>
        <translation>ລາຍນິ້ວມືດິຈິຕອນຂອງທີມງານ %1 ຍັງບໍ່ທັນໄດ້ກວດທຽບຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>ເປີດກໍລະນີຄືນ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>ເປີດຄືນ</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>ເປັນຫຍັງຈຶ່ງເປີດກໍລະນີຄືນ?</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>ແກ້ໄຂຂໍ້ມູນຂັດກັນ</translation>
    </message>
    <message>
        <source>Two laptops recorded different values for “%1” of %2. Which one is right?</source>
        <translation>ຄອມພິວເຕີສອງເຄື່ອງບັນທຶກຄ່າ «%1» ຂອງ %2 ບໍ່ຄືກັນ. ອັນໃດຖືກຕ້ອງ?</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>ເກັບຄ່ານີ້ໄວ້</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>%1 (recorded by %2, %3)</source>
        <translation>%1 (ບັນທຶກໂດຍ %2, %3)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>supervisor</source>
        <translation>ຫົວໜ້າງານ</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>ນັກສັງຄົມສົງເຄາະ</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>ນາຍພາສາ</translation>
    </message>
</context>
<context>
    <name>SamePerson</name>
    <message>
        <source>same name</source>
        <translation>ຊື່ດຽວກັນ</translation>
    </message>
    <message>
        <source>the name written in another script</source>
        <translation>ຊື່ທີ່ຂຽນເປັນຕົວອັກສອນອື່ນ</translation>
    </message>
    <message>
        <source>a name that sounds alike</source>
        <translation>ຊື່ທີ່ອອກສຽງຄ້າຍກັນ</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>ວັນເດືອນປີເກີດດຽວກັນ</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>ປີເກີດດຽວກັນ</translation>
    </message>
    <message>
        <source>about the same age</source>
        <translation>ອາຍຸໃກ້ຄຽງກັນ</translation>
    </message>
    <message>
        <source>same gender</source>
        <translation>ເພດດຽວກັນ</translation>
    </message>
    <message>
        <source>same citizenship</source>
        <translation>ສັນຊາດດຽວກັນ</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ປະມານ %1</translation>
    </message>
    <message>
        <source>Possibly the same person as:</source>
        <translation>ອາດເປັນບຸກຄົນດຽວກັນກັບ:</translation>
    </message>
    <message>
        <source>An earlier case may be about this person. Open it to compare; if it is the same person, link this intake to it and no second case is opened. Nothing is merged unless you link.</source>
        <translation>ກໍລະນີກ່ອນໜ້ານີ້ອາດແມ່ນຂອງບຸກຄົນນີ້. ເປີດເບິ່ງເພື່ອປຽບທຽບ; ຖ້າແມ່ນບຸກຄົນດຽວກັນ, ໃຫ້ເຊື່ອມການຮັບກໍລະນີນີ້ເຂົ້າກັບມັນ ແລະ ຈະບໍ່ມີການເປີດກໍລະນີທີສອງ. ບໍ່ມີຫຍັງຖືກລວມເຂົ້າກັນ ເວັ້ນເສຍແຕ່ທ່ານເຊື່ອມ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>ເກີດ</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>ສັນຊາດ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ກໍລະນີ</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>ບັນທຶກຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>Open the case (read only)…</source>
        <translation>ເປີດກໍລະນີ (ອ່ານຢ່າງດຽວ)…</translation>
    </message>
    <message>
        <source>Link this intake to this case</source>
        <translation>ເຊື່ອມການຮັບກໍລະນີນີ້ເຂົ້າກັບກໍລະນີນີ້</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ເຊື່ອງ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ສະແດງ</translation>
    </message>
    <message>
        <source>Undo the link</source>
        <translation>ຍົກເລີກການເຊື່ອມ</translation>
    </message>
    <message>
        <source>The same person as an earlier case</source>
        <translation>ບຸກຄົນດຽວກັນກັບກໍລະນີກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Possibly the same person as an earlier case (found: %1)</source>
        <translation>ອາດເປັນບຸກຄົນດຽວກັນກັບກໍລະນີກ່ອນໜ້າ (ພົບ: %1)</translation>
    </message>
    <message>
        <source>Will be added to the case of %1 (case %2, born %3, %4): finishing records this intake&apos;s answers on that case and opens no new case.</source>
        <translation>ຈະຖືກເພີ່ມເຂົ້າໃນກໍລະນີຂອງ %1 (ກໍລະນີ %2, ເກີດ %3, %4): ການສຳເລັດຈະບັນທຶກຄຳຕອບຂອງການຮັບກໍລະນີນີ້ໃສ່ກໍລະນີນັ້ນ ແລະ ບໍ່ເປີດກໍລະນີໃໝ່.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ບໍ່ມີຊື່</translation>
    </message>
    <message>
        <source>Earlier case (read only)</source>
        <translation>ກໍລະນີກ່ອນໜ້າ (ອ່ານຢ່າງດຽວ)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ຊື່ເປັນຕົວອັກສອນລາຕິນ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ລຳດັບເຫດການ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ສິ່ງທີ່ເກີດຂຶ້ນ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>ຄລິກສອງເທື່ອ ຫຼື ກົດ Enter ເພື່ອອ່ານການສຳພາດ</translation>
    </message>
    <message>
        <source>Will be added to the earlier case %1.</source>
        <translation>ຈະຖືກເພີ່ມເຂົ້າໃນກໍລະນີກ່ອນໜ້າ %1.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Interview: %1 (read-only)</source>
        <translation>ການສຳພາດ: %1 (ອ່ານຢ່າງດຽວ)</translation>
    </message>
    <message>
        <source>Filled in by %1</source>
        <translation>ປ້ອນໂດຍ %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>ນາຍພາສາ: %1</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>ບໍ່ມີນາຍພາສາ</translation>
    </message>
    <message>
        <source>&amp;Show in</source>
        <translation>ສະແດງເປັນ (&amp;S)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ຄຳຖາມ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>%1 (the person&apos;s language)</source>
        <translation>%1 (ພາສາຂອງບຸກຄົນນັ້ນ)</translation>
    </message>
</context>
<context>
    <name>SupervisorScreens</name>
    <message>
        <source>&amp;Overview</source>
        <translation>ພາບລວມ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Verification report</source>
        <translation>ລາຍງານການກວດຢືນຢັນ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Approve laptops…</source>
        <translation>ອະນຸມັດຄອມພິວເຕີ… (&amp;A)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync now</source>
        <translation>ຊິ້ງຂໍ້ມູນດຽວນີ້</translation>
    </message>
    <message>
        <source>Enrol with a server…</source>
        <translation>ລົງທະບຽນກັບເຊີບເວີ…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ກຳລັງຊິ້ງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>ລໍຖ້າສົ່ງ: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>ສົ່ງແລ້ວ: %1</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a sync server.</source>
        <translation>ຄອມພິວເຕີເຄື່ອງນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບເຊີບເວີຊິ້ງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>ຊິ້ງຂໍ້ມູນຄັ້ງລ່າສຸດ: %1</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>ຍັງບໍ່ເຄີຍຊິ້ງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Received items to fetch again: %1</source>
        <translation>ລາຍການທີ່ໄດ້ຮັບ ທີ່ຈະດຶງມາອີກ: %1</translation>
    </message>
    <message>
        <source>Offline: syncs by itself when the server can be reached.</source>
        <translation>ບໍ່ມີການເຊື່ອມຕໍ່: ຈະຊິ້ງຂໍ້ມູນເອງເມື່ອເຊື່ອມຕໍ່ກັບເຊີບເວີໄດ້.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to approve this laptop on the server.</source>
        <translation>ກຳລັງລໍຖ້າຫົວໜ້າງານອະນຸມັດຄອມພິວເຕີເຄື່ອງນີ້ຢູ່ເທິງເຊີບເວີ.</translation>
    </message>
    <message>
        <source>Refused by the server and kept aside: %1</source>
        <translation>ເຊີບເວີບໍ່ຮັບ ແລະ ເກັບແຍກໄວ້: %1</translation>
    </message>
    <message>
        <source>Received items that did not check out: %1. They are fetched again at each sync until a good copy arrives.</source>
        <translation>ລາຍການທີ່ໄດ້ຮັບ ແຕ່ບໍ່ຜ່ານການກວດສອບ: %1. ຈະດຶງມາອີກທຸກຄັ້ງທີ່ຊິ້ງຂໍ້ມູນ ຈົນກວ່າຈະໄດ້ສະບັບທີ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Laptops waiting for your approval: %1 (Workspace › Approve laptops…)</source>
        <translation>ຄອມພິວເຕີທີ່ລໍຖ້າການອະນຸມັດຂອງທ່ານ: %1 (ບ່ອນເຮັດວຽກ › ອະນຸມັດຄອມພິວເຕີ…)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>No connection to the server. Your work is kept here; try again later.</source>
        <translation>ເຊື່ອມຕໍ່ກັບເຊີບເວີບໍ່ໄດ້. ວຽກຂອງທ່ານຍັງເກັບໄວ້ຢູ່ນີ້; ກະລຸນາລອງໃໝ່ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>The server has a problem. Your work is kept here; try again later.</source>
        <translation>ເຊີບເວີມີບັນຫາ. ວຽກຂອງທ່ານຍັງເກັບໄວ້ຢູ່ນີ້; ກະລຸນາລອງໃໝ່ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>The server needs an update before this laptop can sync.</source>
        <translation>ເຊີບເວີຕ້ອງອັບເດດກ່ອນ ຄອມພິວເຕີເຄື່ອງນີ້ຈຶ່ງຈະຊິ້ງຂໍ້ມູນໄດ້.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team and can no longer sync. Ask your supervisor.</source>
        <translation>ຄອມພິວເຕີເຄື່ອງນີ້ຖືກຖອນອອກຈາກທີມ ແລະ ບໍ່ສາມາດຊິ້ງຂໍ້ມູນໄດ້ອີກ. ກະລຸນາຖາມຫົວໜ້າງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>The server does not recognise this laptop. Ask your supervisor.</source>
        <translation>ເຊີບເວີບໍ່ຮູ້ຈັກຄອມພິວເຕີເຄື່ອງນີ້. ກະລຸນາຖາມຫົວໜ້າງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Some data could not be synced: %1</source>
        <translation>ຂໍ້ມູນບາງສ່ວນຊິ້ງບໍ່ໄດ້: %1</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;View</source>
        <translation>ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>ຕົວອັກສອນໃຫຍ່ຂຶ້ນ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ຕົວອັກສອນນ້ອຍລົງ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>ຂະໜາດຕົວອັກສອນປົກກະຕິ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Choose the update: its folder, or its .zip or .tar.gz file</source>
        <translation>ເລືອກການອັບເດດ: ໂຟນເດີຂອງມັນ ຫຼື ໄຟລ໌ .zip ຫຼື .tar.gz ຂອງມັນ</translation>
    </message>
    <message>
        <source>fieldcase updates</source>
        <translation>ການອັບເດດ fieldcase</translation>
    </message>
    <message>
        <source>Checking the update…</source>
        <translation>ກຳລັງກວດສອບການອັບເດດ…</translation>
    </message>
    <message>
        <source>Downloading the update from your team&apos;s server…</source>
        <translation>ກຳລັງດາວໂຫຼດການອັບເດດຈາກເຊີບເວີຂອງທີມທ່ານ…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>ກຳລັງຕິດຕັ້ງ…</translation>
    </message>
    <message>
        <source>fieldcase %1 · signed by release key %2 · verified</source>
        <translation>fieldcase %1 · ລົງລາຍເຊັນດ້ວຍກະແຈເຜີຍແຜ່ %2 · ກວດສອບແລ້ວ</translation>
    </message>
    <message>
        <source>Installed: fieldcase %1 starts the next time fieldcase is opened (%2 is kept).</source>
        <translation>ຕິດຕັ້ງແລ້ວ: fieldcase %1 ຈະເລີ່ມໃນຄັ້ງຕໍ່ໄປທີ່ເປີດ fieldcase (ຍັງເກັບ %2 ໄວ້).</translation>
    </message>
    <message>
        <source>Refused: this folder holds no signed fieldcase release. Nothing was installed.</source>
        <translation>ປະຕິເສດ: ໂຟນເດີນີ້ບໍ່ມີລຸ້ນ fieldcase ທີ່ລົງລາຍເຊັນ. ບໍ່ມີຫຍັງຖືກຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <source>Refused: the update is signed by a key fieldcase does not trust. Nothing was installed.</source>
        <translation>ປະຕິເສດ: ການອັບເດດຖືກລົງລາຍເຊັນດ້ວຍກະແຈທີ່ fieldcase ບໍ່ໄວ້ວາງໃຈ. ບໍ່ມີຫຍັງຖືກຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <source>Refused: the update was changed after it was signed. Nothing was installed.</source>
        <translation>ປະຕິເສດ: ການອັບເດດຖືກປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນ. ບໍ່ມີຫຍັງຖືກຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <source>Refused: the update&apos;s files do not match its signed list (changed, missing, added or cut short). Nothing was installed.</source>
        <translation>ປະຕິເສດ: ໄຟລ໌ຂອງການອັບເດດບໍ່ກົງກັບລາຍການທີ່ລົງລາຍເຊັນ (ຖືກປ່ຽນ, ຫາຍໄປ, ເພີ່ມເຂົ້າ ຫຼື ຖືກຕັດສັ້ນ). ບໍ່ມີຫຍັງຖືກຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <source>Refused: this update is for another kind of computer. Nothing was installed.</source>
        <translation>ປະຕິເສດ: ການອັບເດດນີ້ສຳລັບຄອມພິວເຕີປະເພດອື່ນ. ບໍ່ມີຫຍັງຖືກຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <source>Refused: version %1 is the version running already. Nothing was installed.</source>
        <translation>ປະຕິເສດ: ລຸ້ນ %1 ແມ່ນລຸ້ນທີ່ກຳລັງໃຊ້ຢູ່ແລ້ວ. ບໍ່ມີຫຍັງຖືກຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <source>Refused: version %1 is older than the running version %2. Nothing was installed.</source>
        <translation>ປະຕິເສດ: ລຸ້ນ %1 ເກົ່າກວ່າລຸ້ນ %2 ທີ່ກຳລັງໃຊ້ຢູ່. ບໍ່ມີຫຍັງຖືກຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <source>This fieldcase runs from a developer&apos;s copy: it cannot install updates. Nothing was changed.</source>
        <translation>fieldcase ນີ້ແລ່ນຈາກສຳເນົາຂອງນັກພັດທະນາ: ມັນບໍ່ສາມາດຕິດຕັ້ງການອັບເດດໄດ້. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Install an update</source>
        <translation>ຕິດຕັ້ງການອັບເດດ</translation>
    </message>
    <message>
        <source>This laptop runs fieldcase %1. Choose the folder of a newer version (on a USB stick, for instance) or its .zip or .tar.gz file: it is installed only if it is signed by the fieldcase project and nothing in it was changed.</source>
        <translation>ແລັບທັອບນີ້ໃຊ້ fieldcase %1. ເລືອກໂຟນເດີຂອງລຸ້ນທີ່ໃໝ່ກວ່າ (ເຊັ່ນ ຢູ່ໃນ USB) ຫຼື ໄຟລ໌ .zip ຫຼື .tar.gz ຂອງມັນ: ມັນຈະຖືກຕິດຕັ້ງກໍ່ຕໍ່ເມື່ອລົງລາຍເຊັນໂດຍໂຄງການ fieldcase ແລະ ບໍ່ມີຫຍັງໃນນັ້ນຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>&amp;Choose a folder or file…</source>
        <translation>ເລືອກໂຟນເດີ ຫຼື ໄຟລ໌… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Download %1 from your team&apos;s server</source>
        <translation>ດາວໂຫຼດ %1 ຈາກເຊີບເວີຂອງທີມທ່ານ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>ຕິດຕັ້ງ (&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Go back to an earlier version</source>
        <translation>ກັບໄປໃຊ້ລຸ້ນກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Go back to fieldcase %1?</source>
        <translation>ກັບໄປໃຊ້ fieldcase %1 ບໍ?</translation>
    </message>
    <message>
        <source>fieldcase %1 will start the next time fieldcase is opened, instead of %2. Version %2 stays installed.</source>
        <translation>fieldcase %1 ຈະເລີ່ມໃນຄັ້ງຕໍ່ໄປທີ່ເປີດ fieldcase ແທນ %2. ລຸ້ນ %2 ຍັງຕິດຕັ້ງຢູ່.</translation>
    </message>
    <message>
        <source>&amp;Go back to %1</source>
        <translation>ກັບໄປໃຊ້ %1 (&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>fieldcase %1 starts the next time fieldcase is opened.</source>
        <translation>fieldcase %1 ຈະເລີ່ມໃນຄັ້ງຕໍ່ໄປທີ່ເປີດ fieldcase.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <source>Install &amp;update…</source>
        <translation>ຕິດຕັ້ງການອັບເດດ… (&amp;U)</translation>
    </message>
    <message>
        <source>Go &amp;back to version %1…</source>
        <translation>ກັບໄປໃຊ້ລຸ້ນ %1… (&amp;B)</translation>
    </message>
    <message>
        <source>A newer version %1 is available from your team&apos;s server.</source>
        <translation>ມີລຸ້ນໃໝ່ກວ່າ %1 ຢູ່ໃນເຊີບເວີຂອງທີມທ່ານ.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>ຜູ້ໃຊ້ ແລະ ບົດບາດ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>ເພີ່ມຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ຊື່ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ບົດບາດ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ລະຫັດຜ່ານ (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>ລະຫັດຜ່ານອີກຄັ້ງ (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>ເພີ່ມຜູ້ໃຊ້ (&amp;D)</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>ຜູ້ໃຊ້ທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>ລະຫັດຜ່ານໃໝ່</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>ລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>ປ່ຽນບົດບາດ</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>ຕັ້ງລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Enable with this password</source>
        <translation>ເປີດໃຊ້ຄືນດ້ວຍລະຫັດຜ່ານນີ້</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>ປິດການໃຊ້</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ປິດການໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ໃຊ້ງານຢູ່</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <source>Please type the password twice.</source>
        <translation>ກະລຸນາພິມລະຫັດຜ່ານສອງເທື່ອ.</translation>
    </message>
    <message>
        <source>%1 can now log in on this laptop.</source>
        <translation>%1 ສາມາດເຂົ້າສູ່ລະບົບໃນຄອມພິວເຕີເຄື່ອງນີ້ໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 ຕອນນີ້ເປັນ: %2</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>ລະຫັດຜ່ານຂອງ %1 ຖືກປ່ຽນແລ້ວ.</translation>
    </message>
    <message>
        <source>%1 can log in again with the new password.</source>
        <translation>%1 ສາມາດເຂົ້າສູ່ລະບົບໄດ້ອີກດ້ວຍລະຫັດຜ່ານໃໝ່.</translation>
    </message>
    <message>
        <source>%1 can no longer open this workspace.</source>
        <translation>%1 ບໍ່ສາມາດເປີດບ່ອນເຮັດວຽກນີ້ໄດ້ອີກ.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Sent by a laptop this one does not know. Approve the device on the server, or confirm its fingerprint, then import or sync again.</source>
        <translation>ສົ່ງມາຈາກຄອມພິວເຕີທີ່ເຄື່ອງນີ້ບໍ່ຮູ້ຈັກ. ກະລຸນາອະນຸມັດອຸປະກອນນັ້ນຢູ່ເທິງເຊີບເວີ, ຫຼື ຢືນຢັນລາຍນິ້ວມືດິຈິຕອນຂອງມັນ, ແລ້ວນຳເຂົ້າ ຫຼື ຊິ້ງຂໍ້ມູນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Sent by a laptop that was removed from the team.</source>
        <translation>ສົ່ງມາຈາກຄອມພິວເຕີທີ່ຖືກຖອນອອກຈາກທີມແລ້ວ.</translation>
    </message>
    <message>
        <source>The signature does not match the laptop it claims to come from: it may have been changed on the way.</source>
        <translation>ລາຍເຊັນບໍ່ກົງກັບຄອມພິວເຕີທີ່ອ້າງວ່າເປັນຜູ້ສົ່ງ: ອາດຖືກປ່ຽນແປງລະຫວ່າງທາງ.</translation>
    </message>
    <message>
        <source>Sealed for other keys: this laptop cannot open it.</source>
        <translation>ຖືກປິດຜະນຶກໄວ້ສຳລັບກະແຈອື່ນ: ຄອມພິວເຕີເຄື່ອງນີ້ເປີດບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Its encrypted content was damaged or changed on the way.</source>
        <translation>ເນື້ອຫາທີ່ເຂົ້າລະຫັດໄວ້ເສຍຫາຍ ຫຼື ຖືກປ່ຽນແປງລະຫວ່າງທາງ.</translation>
    </message>
    <message>
        <source>A copy of another item, or an item claiming to be from another laptop (replayed).</source>
        <translation>ເປັນສຳເນົາຂອງລາຍການອື່ນ, ຫຼື ລາຍການທີ່ອ້າງວ່າມາຈາກຄອມພິວເຕີເຄື່ອງອື່ນ (ສົ່ງຊ້ຳ).</translation>
    </message>
    <message>
        <source>The server refused it: it was not sent by the laptop or team named.</source>
        <translation>ເຊີບເວີບໍ່ຮັບ: ລາຍການນີ້ບໍ່ໄດ້ຖືກສົ່ງມາຈາກຄອມພິວເຕີ ຫຼື ທີມທີ່ລະບຸໄວ້.</translation>
    </message>
    <message>
        <source>Only a supervisor&apos;s laptop may erase a case: this erasure was ignored.</source>
        <translation>ສະເພາະຄອມພິວເຕີຂອງຫົວໜ້າງານເທົ່ານັ້ນທີ່ລຶບກໍລະນີໄດ້: ຈຶ່ງບໍ່ໄດ້ດຳເນີນການລຶບນີ້.</translation>
    </message>
    <message>
        <source>A kind of item this version of fieldcase does not handle yet. Update fieldcase.</source>
        <translation>ເປັນປະເພດລາຍການທີ່ fieldcase ສະບັບນີ້ຍັງບໍ່ຮອງຮັບ. ກະລຸນາອັບເດດ fieldcase.</translation>
    </message>
    <message>
        <source>Not a readable fieldcase item (damaged file).</source>
        <translation>ບໍ່ແມ່ນລາຍການ fieldcase ທີ່ອ່ານໄດ້ (ໄຟລ໌ເສຍຫາຍ).</translation>
    </message>
    <message>
        <source>A referral from a team this laptop does not know yet. It is tried again at the next sync, once the team is in the directory.</source>
        <translation>ການສົ່ງຕໍ່ຈາກທີມງານທີ່ຄອມພິວເຕີເຄື່ອງນີ້ຍັງບໍ່ຮູ້ຈັກ. ຈະລອງໃໝ່ອີກຄັ້ງເມື່ອຊິ້ງຂໍ້ມູນເທື່ອຕໍ່ໄປ, ເມື່ອທີມງານນັ້ນມີຢູ່ໃນລາຍຊື່ທີມງານແລ້ວ.</translation>
    </message>
    <message>
        <source>An answer to a referral this team did not make (or that has not reached this laptop yet): ignored for now.</source>
        <translation>ຄຳຕອບຕໍ່ການສົ່ງຕໍ່ທີ່ທີມງານນີ້ບໍ່ໄດ້ສົ່ງ (ຫຼື ທີ່ຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີເຄື່ອງນີ້): ຍັງບໍ່ນຳໃຊ້ໃນຕອນນີ້.</translation>
    </message>
    <message>
        <source>Another team&apos;s entry is signed by a different key than before: not used. Compare that team&apos;s fingerprint with its supervisor.</source>
        <translation>ຂໍ້ມູນຂອງທີມງານອື່ນຖືກເຊັນດ້ວຍກະແຈທີ່ຕ່າງຈາກເທື່ອກ່ອນ: ຈຶ່ງບໍ່ໄດ້ນຳໃຊ້. ກະລຸນາກວດທຽບລາຍນິ້ວມືດິຈິຕອນຂອງທີມງານນັ້ນກັບຫົວໜ້າງານຂອງທີມງານນັ້ນ.</translation>
    </message>
    <message>
        <source>Refused for another reason (see details).</source>
        <translation>ຖືກປະຕິເສດດ້ວຍເຫດຜົນອື່ນ (ເບິ່ງລາຍລະອຽດ).</translation>
    </message>
    <message>
        <source>Sent by this laptop, refused by the server</source>
        <translation>ສົ່ງຈາກຄອມພິວເຕີເຄື່ອງນີ້, ເຊີບເວີບໍ່ຮັບ</translation>
    </message>
    <message>
        <source>Received, not applied</source>
        <translation>ໄດ້ຮັບແລ້ວ, ບໍ່ໄດ້ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Case change</source>
        <translation>ການປ່ຽນແປງກໍລະນີ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ແບບຟອມ</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>ການລຶບກໍລະນີ</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>ສະບັບແບບຟອມ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ການສົ່ງຕໍ່</translation>
    </message>
</context>
<context>
    <name>VerificationWidget</name>
    <message>
        <source>Import a transfer file</source>
        <translation>ນຳເຂົ້າໄຟລ໌ໂອນຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Transfer files (*)</source>
        <translation>ໄຟລ໌ໂອນຂໍ້ມູນ (*)</translation>
    </message>
    <message>
        <source>No sync or import in this session yet. Items refused earlier are listed below.</source>
        <translation>ຍັງບໍ່ມີການຊິ້ງຂໍ້ມູນ ຫຼື ການນຳເຂົ້າໃນການເຂົ້າໃຊ້ຄັ້ງນີ້. ລາຍການທີ່ຖືກປະຕິເສດກ່ອນໜ້ານີ້ສະແດງຢູ່ລຸ່ມນີ້.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>ຊິ້ງຂໍ້ມູນຄັ້ງລ່າສຸດ</translation>
    </message>
    <message>
        <source>Last USB import</source>
        <translation>ນຳເຂົ້າຈາກ USB ຄັ້ງລ່າສຸດ</translation>
    </message>
    <message>
        <source>%1: received %2, applied %3, already here (duplicates) %4, refused %5.</source>
        <translation>%1: ໄດ້ຮັບ %2, ນຳໃຊ້ແລ້ວ %3, ມີຢູ່ແລ້ວ (ຊ້ຳກັນ) %4, ຖືກປະຕິເສດ %5.</translation>
    </message>
    <message>
        <source>Sent: %1, already on the server %2, refused by the server %3.</source>
        <translation>ສົ່ງແລ້ວ: %1, ມີຢູ່ເທິງເຊີບເວີແລ້ວ %2, ເຊີບເວີບໍ່ຮັບ %3.</translation>
    </message>
    <message>
        <source>This laptop is waiting for a supervisor&apos;s approval.</source>
        <translation>ຄອມພິວເຕີເຄື່ອງນີ້ກຳລັງລໍຖ້າການອະນຸມັດຈາກຫົວໜ້າງານ.</translation>
    </message>
    <message>
        <source>Cases erased by a supervisor: %1</source>
        <translation>ກໍລະນີທີ່ຫົວໜ້າງານລຶບ: %1</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>ລາຍງານການກວດຢືນຢັນ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ເມື່ອໃດ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>ເຫດຜົນທີ່ຖືກປະຕິເສດ</translation>
    </message>
    <message numerus="yes">
        <source>Refused items kept aside: %n</source>
        <translation>
            <numerusform>ລາຍການທີ່ຖືກປະຕິເສດ ແລະ ເກັບແຍກໄວ້: %n</numerusform>
            <numerusform>ລາຍການທີ່ຖືກປະຕິເສດ ແລະ ເກັບແຍກໄວ້: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused items kept aside</source>
        <translation>ລາຍການທີ່ຖືກປະຕິເສດ ແລະ ເກັບແຍກໄວ້</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>ບໍ່ມີລາຍການໃດຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ໂຫຼດຄືນໃໝ່ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a transfer file…</source>
        <translation>ນຳເຂົ້າໄຟລ໌ໂອນຂໍ້ມູນ… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ກັບໄປລາຍຊື່ກໍລະນີ (&amp;B)</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>ລຶບສຸກເສີນ</translation>
    </message>
    <message>
        <source>An emergency wipe erases this workspace from this laptop for good: every case, form and password on it. Work already synced stays safe on the server. To continue, a supervisor or a social worker types their password.</source>
        <translation>ການລຶບສຸກເສີນ ຈະລຶບບ່ອນເຮັດວຽກນີ້ອອກຈາກຄອມພິວເຕີເຄື່ອງນີ້ຢ່າງຖາວອນ: ທຸກກໍລະນີ, ແບບຟອມ ແລະ ລະຫັດຜ່ານທີ່ຢູ່ໃນນັ້ນ. ວຽກທີ່ຊິ້ງຂໍ້ມູນແລ້ວ ຍັງປອດໄພຢູ່ເທິງເຊີບເວີ. ເພື່ອສືບຕໍ່, ຫົວໜ້າງານ ຫຼື ນັກສັງຄົມສົງເຄາະ ພິມລະຫັດຜ່ານຂອງຕົນ.</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ຜູ້ໃຊ້ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ລະຫັດຜ່ານ (&amp;P)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <source>Erase this workspace</source>
        <translation>ລຶບບ່ອນເຮັດວຽກນີ້</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>The workspace will be erased from this laptop now. It cannot be undone, and no password or recovery code will open it again.</source>
        <translation>ບ່ອນເຮັດວຽກຈະຖືກລຶບອອກຈາກຄອມພິວເຕີເຄື່ອງນີ້ດຽວນີ້. ບໍ່ສາມາດຍົກເລີກຄືນໄດ້ ແລະ ບໍ່ມີລະຫັດຜ່ານ ຫຼື ລະຫັດກູ້ຄືນໃດເປີດມັນໄດ້ອີກ.</translation>
    </message>
    <message>
        <source>Drafts and records not yet sent to the server, which will be lost: %1</source>
        <translation>ສະບັບຮ່າງ ແລະ ບັນທຶກທີ່ຍັງບໍ່ໄດ້ສົ່ງໄປເຊີບເວີ ເຊິ່ງຈະສູນເສຍ: %1</translation>
    </message>
    <message>
        <source>Only a supervisor or a social worker may wipe this workspace. Ask one of them to type their own password here.</source>
        <translation>ມີແຕ່ຫົວໜ້າງານ ຫຼື ນັກສັງຄົມສົງເຄາະເທົ່ານັ້ນ ທີ່ລຶບບ່ອນເຮັດວຽກນີ້ໄດ້. ກະລຸນາໃຫ້ຄົນໃດຄົນໜຶ່ງໃນພວກເຂົາ ພິມລະຫັດຜ່ານຂອງຕົນເອງຢູ່ບ່ອນນີ້.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>ຖອນຄວາມເຫັນດີແລ້ວ</translation>
    </message>
    <message>
        <source>Everything: no more use of the person&apos;s information</source>
        <translation>ທັງໝົດ: ບໍ່ໃຊ້ຂໍ້ມູນຂອງບຸກຄົນນັ້ນອີກ</translation>
    </message>
    <message>
        <source>Use for statistics and research</source>
        <translation>ການນຳໃຊ້ເພື່ອສະຖິຕິ ແລະ ການຄົ້ນຄວ້າ</translation>
    </message>
    <message>
        <source>Sharing with other organisations</source>
        <translation>ການແບ່ງປັນກັບອົງການອື່ນ</translation>
    </message>
    <message>
        <source>What did the person withdraw?</source>
        <translation>ບຸກຄົນນັ້ນຖອນຫຍັງ?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ເມື່ອໃດ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>ການຕັ້ງຄ່າບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>ຮູບຖ່າຍ ແລະ ເອກະສານສະແກນ</translation>
    </message>
    <message>
        <source>&amp;Largest file a form may keep</source>
        <translation>ຂະໜາດໄຟລ໌ສູງສຸດທີ່ແບບຟອມເກັບໄດ້ (&amp;L)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Between 1 and 60 MB; 20 MB unless a supervisor changes it. Files kept before stay as they are. This setting is for this laptop&apos;s workspace only.</source>
        <translation>ລະຫວ່າງ 1 ຫາ 60 MB; ຄ່າເລີ່ມຕົ້ນແມ່ນ 20 MB ເວັ້ນເສຍແຕ່ຫົວໜ້າງານຈະປ່ຽນ. ໄຟລ໌ທີ່ເກັບໄວ້ກ່ອນໜ້ານີ້ຈະຄົງເດີມ. ການຕັ້ງຄ່ານີ້ໃຊ້ສະເພາະບ່ອນເຮັດວຽກໃນຄອມພິວເຕີເຄື່ອງນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>Login screen</source>
        <translation>ໜ້າເຂົ້າສູ່ລະບົບ</translation>
    </message>
    <message>
        <source>As&amp;k users to type their name at login</source>
        <translation>ໃຫ້ຜູ້ໃຊ້ພິມຊື່ຂອງຕົນເມື່ອເຂົ້າສູ່ລະບົບ (&amp;K)</translation>
    </message>
    <message>
        <source>When this is on, the login screen shows no names: each user types their own, in any letter case. A wrong name gives the same message as a wrong password.</source>
        <translation>ເມື່ອເປີດການຕັ້ງຄ່ານີ້, ໜ້າເຂົ້າສູ່ລະບົບຈະບໍ່ສະແດງຊື່ໃດເລີຍ: ຜູ້ໃຊ້ແຕ່ລະຄົນພິມຊື່ຂອງຕົນເອງ, ຕົວພິມໃຫຍ່ ຫຼື ນ້ອຍກໍໄດ້. ຊື່ທີ່ຜິດຈະໄດ້ຂໍ້ຄວາມດຽວກັນກັບລະຫັດຜ່ານທີ່ຜິດ.</translation>
    </message>
    <message>
        <source>When it is off, the login screen lists every user, which is quicker on a laptop shared by several workers.</source>
        <translation>ເມື່ອປິດ, ໜ້າເຂົ້າສູ່ລະບົບຈະສະແດງລາຍຊື່ຜູ້ໃຊ້ທັງໝົດ, ເຊິ່ງໄວກວ່າໃນຄອມພິວເຕີໂນດບຸກທີ່ພະນັກງານຫຼາຍຄົນໃຊ້ຮ່ວມກັນ.</translation>
    </message>
    <message>
        <source>It hides the names from people at the laptop, not from someone who copies the disk.</source>
        <translation>ມັນເຊື່ອງຊື່ຈາກຄົນທີ່ຢູ່ໜ້າຄອມພິວເຕີ, ແຕ່ບໍ່ເຊື່ອງຈາກຜູ້ທີ່ສຳເນົາດິສກ໌.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Forms can now keep files up to %1 MB.</source>
        <translation>ດຽວນີ້ແບບຟອມເກັບໄຟລ໌ໄດ້ບໍ່ເກີນ %1 MB.</translation>
    </message>
    <message>
        <source>From the next login, users type their name.</source>
        <translation>ນັບແຕ່ການເຂົ້າສູ່ລະບົບຄັ້ງຕໍ່ໄປ, ຜູ້ໃຊ້ຈະພິມຊື່ຂອງຕົນ.</translation>
    </message>
    <message>
        <source>From the next login, the login screen lists the users.</source>
        <translation>ນັບແຕ່ການເຂົ້າສູ່ລະບົບຄັ້ງຕໍ່ໄປ, ໜ້າເຂົ້າສູ່ລະບົບຈະສະແດງລາຍຊື່ຜູ້ໃຊ້.</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>This looks like Burmese typed in the Zawgyi encoding, which other screens and search cannot read. In Unicode it reads:</source>
        <translation>ນີ້ເບິ່ງຄືວ່າເປັນພາສາມຽນມາທີ່ພິມດ້ວຍລະຫັດ Zawgyi ເຊິ່ງໜ້າຈໍອື່ນ ແລະ ການຄົ້ນຫາອ່ານບໍ່ໄດ້. ໃນແບບຢູນິໂຄດ ມັນອ່ານວ່າ:</translation>
    </message>
    <message>
        <source>Use Unicode</source>
        <translation>ໃຊ້ຢູນິໂຄດ</translation>
    </message>
    <message>
        <source>It is not Zawgyi</source>
        <translation>ນີ້ບໍ່ແມ່ນ Zawgyi</translation>
    </message>
</context>
</TS>
