<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>ជ្រើសរើសឯកសារ…</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>ថតរូប…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>A scan or a document, kept encrypted in this workspace.</source>
        <translation>ឯកសារស្កេន ឬឯកសារផ្សេងទៀត ដែលរក្សាទុកដោយអ៊ិនគ្រីបក្នុងកន្លែងធ្វើការនេះ។</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>រូបភាព (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ជ្រើសរើសឯកសារ</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>មិនអាចអានឯកសារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown. Choose a photo.</source>
        <translation>ឯកសារនេះមិនមែនជារូបភាពដែលអាចបង្ហាញបានទេ។ សូមជ្រើសរើសរូបថត។</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera</source>
        <translation>ថតរូបដោយប្រើកាមេរ៉ារបស់កុំព្យូទ័រយួរដៃ</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera, or choose a photo or a scan from a file (taken with a phone or a scanner).</source>
        <translation>ថតរូបដោយប្រើកាមេរ៉ារបស់កុំព្យូទ័រយួរដៃ ឬជ្រើសរើសរូបថត ឬឯកសារស្កេនពីឯកសារ (ដែលថតដោយទូរសព្ទ ឬម៉ាស៊ីនស្កេន)។</translation>
    </message>
    <message>
        <source>The file cannot be kept: the interview is not saved yet.</source>
        <translation>មិនអាចរក្សាទុកឯកសារបានទេ៖ ការសម្ភាសមិនទាន់បានរក្សាទុកនៅឡើយ។</translation>
    </message>
    <message>
        <source>The photo was %1 × %2 pixels; a smaller copy was kept.</source>
        <translation>រូបថតមានទំហំ %1 × %2 ភីកសែល ដូច្នេះច្បាប់ចម្លងតូចជាងនេះត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>មិនទាន់បានជ្រើសរើសឯកសារទេ។</translation>
    </message>
    <message>
        <source>The file %1 is not in this workspace.</source>
        <translation>ឯកសារ %1 មិនមាននៅក្នុងកន្លែងធ្វើការនេះទេ។</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is %1; a form can keep files up to %2. Choose a smaller file, or scan the document at a lower resolution.</source>
        <translation>ឯកសារនេះមានទំហំ %1 ប៉ុន្តែទម្រង់មួយអាចរក្សាទុកឯកសារបានត្រឹមតែ %2។ សូមជ្រើសរើសឯកសារតូចជាងនេះ ឬស្កេនឯកសារដោយកម្រិតភាពច្បាស់ទាបជាងនេះ។</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>មិនអាចបង្ហាញរូបភាពនេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used on this laptop: a part of the system that fieldcase needs for it is missing. Photos can still be chosen from files.</source>
        <translation>មិនអាចប្រើកាមេរ៉ានៅលើកុំព្យូទ័រយួរដៃនេះបានទេ៖ ខ្វះផ្នែកមួយនៃប្រព័ន្ធដែល fieldcase ត្រូវការសម្រាប់កាមេរ៉ា។ អ្នកនៅតែអាចជ្រើសរើសរូបថតពីឯកសារបាន។</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Plug one in, or choose the photo from a file.</source>
        <translation>រកមិនឃើញកាមេរ៉ានៅលើកុំព្យូទ័រយួរដៃនេះទេ។ សូមភ្ជាប់កាមេរ៉ាមួយ ឬជ្រើសរើសរូបថតពីឯកសារ។</translation>
    </message>
    <message>
        <source>fieldcase is not allowed to use the camera. Allow it in the system&apos;s privacy settings, or choose the photo from a file.</source>
        <translation>fieldcase មិនត្រូវបានអនុញ្ញាតឱ្យប្រើកាមេរ៉ាទេ។ សូមអនុញ្ញាតនៅក្នុងការកំណត់ឯកជនភាពរបស់ប្រព័ន្ធ ឬជ្រើសរើសរូបថតពីឯកសារ។</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>ថតរូប</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>កាមេរ៉ា (&amp;C)៖</translation>
    </message>
    <message>
        <source>Hold the document flat, close enough to fill the picture, in good light. Take the photo when the writing is sharp. The photo is kept only in this workspace.</source>
        <translation>សូមដាក់ឯកសារឱ្យរាបស្មើ ជិតល្មមឱ្យពេញរូបភាព នៅកន្លែងដែលមានពន្លឺល្អ។ ថតនៅពេលអក្សរច្បាស់។ រូបថតត្រូវបានរក្សាទុកតែនៅក្នុងកន្លែងធ្វើការនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>ថតរូប (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>ថតម្ដងទៀត (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>ប្រើរូបថតនេះ (&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>កំពុងបើកកាមេរ៉ា…</translation>
    </message>
    <message>
        <source>The camera stopped working. Another program may be using it, or it was unplugged. Close the other program or plug the camera in, then try again.</source>
        <translation>កាមេរ៉ាឈប់ដំណើរការ។ កម្មវិធីផ្សេងប្រហែលជាកំពុងប្រើវា ឬវាត្រូវបានដកចេញ។ សូមបិទកម្មវិធីនោះ ឬភ្ជាប់កាមេរ៉ាវិញ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The photo could not be made. Take it again.</source>
        <translation>មិនអាចបង្កើតរូបថតបានទេ។ សូមថតម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>ថ្ងៃរក្សាទុក</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>រក្សាទុកជា…</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy outside the workspace; the audit log records it.</source>
        <translation>សរសេរច្បាប់ចម្លងដែលមិនបានអ៊ិនគ្រីបទៅក្រៅកន្លែងធ្វើការ។ កំណត់ហេតុសវនកម្មនឹងកត់ត្រាសកម្មភាពនេះ។</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>រក្សាទុកច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>ច្បាប់ចម្លងត្រូវបានរក្សាទុកនៅ %1។</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Print case file</source>
        <translation>បោះពុម្ពឯកសារករណី</translation>
    </message>
    <message>
        <source>A PDF of this case for a partner without the app: the person&apos;s details, consents, timeline and every interview, in one language or two side by side.</source>
        <translation>ឯកសារ PDF នៃករណីនេះ សម្រាប់ដៃគូដែលមិនមានកម្មវិធីនេះ៖ ព័ត៌មានលម្អិតរបស់បុគ្គល ការយល់ព្រម កាលប្បវត្តិ និងការសម្ភាសទាំងអស់ ជាភាសាមួយ ឬពីរភាសាទន្ទឹមគ្នា។</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Beside it</source>
        <translation>ទន្ទឹមនឹងវា (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>រក្សាទុកជា (&amp;S)</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>គ្មានភាសាទីពីរ</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ជ្រើសរើស… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>សរសេរ PDF (&amp;W)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Save the case file as</source>
        <translation>រក្សាទុកឯកសារករណីជា</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the case file first.</source>
        <translation>សូមជ្រើសរើសកន្លែងរក្សាទុកឯកសារករណីជាមុនសិន។</translation>
    </message>
    <message>
        <source>Print an identified case file</source>
        <translation>បោះពុម្ពឯកសារករណីដែលមានអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>This file will leave the encryption: anyone who gets it, or a copy or a print of it, can read this person&apos;s name and story.</source>
        <translation>ឯកសារនេះនឹងចេញពីការអ៊ិនគ្រីប៖ អ្នកណាក៏ដោយដែលទទួលបានវា ឬច្បាប់ចម្លង ឬក្រដាសបោះពុម្ពរបស់វា អាចអានឈ្មោះ និងរឿងរ៉ាវរបស់បុគ្គលនេះបាន។</translation>
    </message>
    <message>
        <source>Save it only on an encrypted drive, give it only to people allowed to see it, and delete it (and shred the paper) when it is no longer needed. Printing is recorded in the audit log.</source>
        <translation>សូមរក្សាទុកវាតែនៅលើឌីសដែលបានអ៊ិនគ្រីប ផ្តល់វាតែដល់អ្នកដែលមានសិទ្ធិមើលប៉ុណ្ណោះ ហើយលុបវាចោល (និងកម្ទេចក្រដាស) នៅពេលលែងត្រូវការ។ ការបោះពុម្ពត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>Write the unencrypted PDF</source>
        <translation>សរសេរ PDF ដែលមិនបានអ៊ិនគ្រីប</translation>
    </message>
    <message>
        <source>Writing the case file…</source>
        <translation>កំពុងសរសេរឯកសារករណី…</translation>
    </message>
    <message numerus="yes">
        <source>The case file was saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>ឯកសារករណីត្រូវបានរក្សាទុកជា %1 (%n ទំព័រ)។</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: the case file was not written, and no part of it was left.</source>
        <translation>ឌីសពេញហើយ៖ ឯកសារករណីមិនត្រូវបានសរសេរទេ ហើយគ្មានផ្នែកណាមួយរបស់វានៅសល់ឡើយ។</translation>
    </message>
    <message>
        <source>The case file cannot be written in the folder %1. Choose another folder: nothing was written.</source>
        <translation>មិនអាចសរសេរឯកសារករណីក្នុងថត %1 បានទេ។ សូមជ្រើសរើសថតផ្សេង៖ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
</context>
<context>
    <name>CaseFilePdf</name>
    <message>
        <source>Confidential: do not copy or pass on</source>
        <translation>សម្ងាត់៖ កុំថតចម្លង ឬបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>គ្មានការយល់ព្រមត្រូវបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>ឯកសារករណី</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from fieldcase. This paper is outside the app&apos;s encryption: keep it locked away, give it only to people allowed to see it, and destroy it when it is no longer needed.</source>
        <translation>បោះពុម្ពដោយ %1 នៅ %2 ពី fieldcase។ ក្រដាសនេះនៅក្រៅការអ៊ិនគ្រីបរបស់កម្មវិធី៖ សូមចាក់សោទុកវា ផ្តល់វាតែដល់អ្នកដែលមានសិទ្ធិមើលប៉ុណ្ណោះ ហើយកម្ទេចវាចោលនៅពេលលែងត្រូវការ។</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ទំព័រ %1 នៃ %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>ករណី %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>បោះពុម្ព %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>ការតាមដានបន្ទាប់</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ភាពមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ជិតដល់ពេល</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(មិនទាន់កត់ត្រាឈ្មោះ)</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Open</source>
        <translation>កំពុងបើក</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>បានបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>កម្ពុជា</translation>
    </message>
    <message>
        <source>China</source>
        <translation>ចិន</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>ឡាវ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>មីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>វៀតណាម</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>កាលបរិច្ឆេទវិលត្រឡប់</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>ប្រភេទនៃការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <source>Place of recruitment</source>
        <translation>ទីកន្លែងដែលត្រូវបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ក្រុមការងារ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Status at closure</source>
        <translation>ស្ថានភាពពេលបិទ</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>មូលហេតុនៃការបិទ</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>បានបញ្ជូនបន្តទៅ</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <translation>បានបិទ និងបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Reintegration goals reached</source>
        <translation>បានសម្រេចគោលដៅនៃការធ្វើសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <source>The person asked to close the case</source>
        <translation>បុគ្គលនោះស្នើសុំឱ្យបិទករណី</translation>
    </message>
    <message>
        <source>Transferred to another organisation</source>
        <translation>បានផ្ទេរទៅអង្គការផ្សេង</translation>
    </message>
    <message>
        <source>The person moved out of the team&apos;s area</source>
        <translation>បុគ្គលនោះបានផ្លាស់ចេញពីតំបន់របស់ក្រុមការងារ</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>បាត់ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>The person has died</source>
        <translation>បុគ្គលនោះបានទទួលមរណភាព</translation>
    </message>
    <message>
        <source>Assessed as not a victim of trafficking</source>
        <translation>ត្រូវបានវាយតម្លៃថាមិនមែនជាជនរងគ្រោះនៃការជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>មូលហេតុផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Reintegration support</source>
        <translation>ការគាំទ្រដើម្បីធ្វើសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>ជំនួយផ្នែកច្បាប់</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>ការថែទាំសុខភាព</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>ទីជម្រក</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>ការស្វែងរកក្រុមគ្រួសារ</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>ការទទួលករណី</translation>
    </message>
    <message>
        <source>Interview added to this case</source>
        <translation>ការសម្ភាសបានបន្ថែមទៅករណីនេះ</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>បានកែប្រែព័ត៌មាន</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>បានបញ្ជូនបន្តទៅ %1</translation>
    </message>
    <message>
        <source>Referral accepted by %1</source>
        <translation>%1 បានទទួលការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Referral declined by %1</source>
        <translation>%1 បានបដិសេធការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>ករណីត្រូវបានបិទ</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>ករណីត្រូវបានបើកឡើងវិញ</translation>
    </message>
    <message>
        <source>Linked: possibly the same person</source>
        <translation>បានភ្ជាប់៖ ប្រហែលជាមនុស្សតែមួយ</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>បានដោះស្រាយភាពមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>ការយល់ព្រមត្រូវបានដកវិញ</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(មិនទាន់កត់ត្រាឈ្មោះ)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>ការតាមដានបន្ទាប់</translation>
    </message>
    <message>
        <source>In conflict: %1</source>
        <translation>មិនស៊ីគ្នា៖ %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>ចុចពីរដង ឬចុច Enter ដើម្បីអានការសម្ភាស</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>ដោះស្រាយ…</translation>
    </message>
    <message>
        <source>A supervisor will choose the right value.</source>
        <translation>អ្នកត្រួតពិនិត្យនឹងជ្រើសរើសតម្លៃដែលត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>ត្រឡប់ទៅបញ្ជី (&amp;B)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>តម្លៃមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>លំដាប់ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>អ្វីដែលបានកើតឡើង</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>New &amp;follow-up</source>
        <translation>ការតាមដានថ្មី (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>បញ្ជូនបន្ត… (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>បិទករណី… (&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;open case…</source>
        <translation>បើកករណីឡើងវិញ… (&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;nsent withdrawn…</source>
        <translation>ដកការយល់ព្រមវិញ… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Erase case…</source>
        <translation>លុបករណី… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print case file…</source>
        <translation>បោះពុម្ពឯកសារករណី… (&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P: a PDF of this case, to give to a partner</source>
        <translation>Ctrl+P៖ ឯកសារ PDF នៃករណីនេះ ដើម្បីផ្តល់ឱ្យដៃគូ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>បិទករណី</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>ស្ថានភាពករណី</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
</context>
<context>
    <name>ConflictsWidget</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>ភាពមិនស៊ីគ្នាដែលត្រូវដោះស្រាយ</translation>
    </message>
    <message>
        <source>Two laptops changed the same detail of a case before they synced. Both values are kept until you choose the right one.</source>
        <translation>កុំព្យូទ័រយួរដៃពីរបានកែប្រែព័ត៌មានដូចគ្នានៃករណីមួយ មុនពេលធ្វើសមកាលកម្ម។ តម្លៃទាំងពីរត្រូវបានរក្សាទុក រហូតដល់អ្នកជ្រើសរើសតម្លៃដែលត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ព័ត៌មាន</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>មិនមានភាពមិនស៊ីគ្នាដែលត្រូវដោះស្រាយទេ។</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ត្រឡប់ទៅបញ្ជីករណី (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>បើកករណី (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>ដោះស្រាយ… (&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>បង្ហាញបន្ថែម (&amp;M)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Earlier</source>
        <translation>មុននេះ</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Counting the cases…</source>
        <translation>កំពុងរាប់ករណី…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Cases on this laptop: %1 (open %2, referred %3, closed %4)</source>
        <translation>ករណីនៅលើកុំព្យូទ័រយួរដៃនេះ៖ %1 (កំពុងបើក %2 បានបញ្ជូនបន្ត %3 បានបិទ %4)</translation>
    </message>
    <message>
        <source>Follow-ups due soon: %1 · overdue: %2 · cases with open conflicts: %3</source>
        <translation>ការតាមដានជិតដល់ពេល៖ %1 · ហួសកាលកំណត់៖ %2 · ករណីដែលមានភាពមិនស៊ីគ្នាមិនទាន់ដោះស្រាយ៖ %3</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>បានរាប់នៅ %1។</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>មិនទាន់បានរាប់អ្វីនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>គ្មានអ្វីត្រូវបង្ហាញសម្រាប់រយៈពេលនេះទេ។</translation>
    </message>
    <message>
        <source>People identified, by month and citizenship</source>
        <translation>បុគ្គលដែលត្រូវបានកំណត់អត្តសញ្ញាណ តាមខែ និងសញ្ជាតិ</translation>
    </message>
    <message>
        <source>Returns, by month and citizenship</source>
        <translation>ការវិលត្រឡប់ តាមខែ និងសញ្ជាតិ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>បានធ្វើរួច</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ជិតដល់ពេល</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>Follow-up visits: done, due soon and overdue, by month</source>
        <translation>ការចុះតាមដាន៖ បានធ្វើរួច ជិតដល់ពេល និងហួសកាលកំណត់ តាមខែ</translation>
    </message>
    <message>
        <source>Types of exploitation (all cases)</source>
        <translation>ប្រភេទនៃការកេងប្រវ័ញ្ច (ករណីទាំងអស់)</translation>
    </message>
    <message>
        <source>Cases with open conflicts, by team</source>
        <translation>ករណីដែលមានភាពមិនស៊ីគ្នាមិនទាន់ដោះស្រាយ តាមក្រុមការងារ</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>មិនមានភាពមិនស៊ីគ្នាដែលមិនទាន់ដោះស្រាយទេ។</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>គ្មានក្រុមការងារ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ទិដ្ឋភាពទូទៅ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ធ្វើឱ្យថ្មី (&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>រក្សាទុកជារូបភាព… (&amp;I)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>រក្សាទុកជា PDF… (&amp;P)</translation>
    </message>
    <message>
        <source>V&amp;erification report</source>
        <translation>របាយការណ៍ផ្ទៀងផ្ទាត់ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ត្រឡប់ទៅបញ្ជីករណី (&amp;B)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>រូបភាព PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the overview as</source>
        <translation>រក្សាទុកទិដ្ឋភាពទូទៅជា</translation>
    </message>
    <message>
        <source>fieldcase: overview</source>
        <translation>fieldcase៖ ទិដ្ឋភាពទូទៅ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>បានរក្សាទុកនៅ %1</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>e.g. 15/3/2026 or 2026-03-15</source>
        <translation>ឧ. 15/3/2026 ឬ 2026-03-15</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ប្រតិទិន</translation>
    </message>
</context>
<context>
    <name>DeviceApprovalDialog</name>
    <message>
        <source>Approve the team&apos;s laptops</source>
        <translation>អនុម័តកុំព្យូទ័រយួរដៃរបស់ក្រុម</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>កុំព្យូទ័រយួរដៃ</translation>
    </message>
    <message>
        <source>These laptops are enrolled with the server but were not approved on this laptop. Choose one, ask its user to read the fingerprint their own laptop shows, and type it below. It is approved only if every group is the same as the keys the server holds for it: this laptop then gives it the team key at its next sync. A laptop you do not know, or whose fingerprint differs, must not be approved.</source>
        <translation>កុំព្យូទ័រយួរដៃទាំងនេះបានចុះឈ្មោះជាមួយម៉ាស៊ីនមេ ប៉ុន្តែមិនទាន់ត្រូវបានអនុម័តនៅលើកុំព្យូទ័រយួរដៃនេះទេ។ សូមជ្រើសរើសមួយ ឱ្យអ្នកប្រើរបស់វាអានស្នាមម្រាមដៃឌីជីថលដែលកុំព្យូទ័រយួរដៃរបស់ខ្លួនបង្ហាញ ហើយវាយវានៅខាងក្រោម។ វានឹងត្រូវបានអនុម័តតែនៅពេលដែលគ្រប់ក្រុមលេខដូចគ្នានឹងសោដែលម៉ាស៊ីនមេរក្សាទុកសម្រាប់វាប៉ុណ្ណោះ៖ បន្ទាប់មក កុំព្យូទ័រយួរដៃនេះនឹងផ្ដល់សោក្រុមដល់វា នៅពេលធ្វើសមកាលកម្មលើកក្រោយ។ កុំព្យូទ័រយួរដៃដែលអ្នកមិនស្គាល់ ឬដែលស្នាមម្រាមដៃខុសគ្នា មិនត្រូវអនុម័តទេ។</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>នៅលើម៉ាស៊ីនមេ</translation>
    </message>
    <message>
        <source>&amp;Fingerprint the chosen laptop shows:</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលដែលកុំព្យូទ័រយួរដៃដែលបានជ្រើសរើសបង្ហាញ (&amp;F)៖</translation>
    </message>
    <message>
        <source>Approved on this laptop:</source>
        <translation>បានអនុម័តនៅលើកុំព្យូទ័រយួរដៃនេះ៖</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>អនុម័តដោយ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ធ្វើឱ្យថ្មី (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>អនុម័ត (&amp;A)</translation>
    </message>
    <message>
        <source>Approve as &amp;supervisor</source>
        <translation>អនុម័តជាអ្នកត្រួតពិនិត្យ (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>member</source>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <source>%1 is approved: it receives the team key at this laptop&apos;s next sync.</source>
        <translation>%1 ត្រូវបានអនុម័ត៖ វានឹងទទួលបានសោក្រុម នៅពេលកុំព្យូទ័រយួរដៃនេះធ្វើសមកាលកម្មលើកក្រោយ។</translation>
    </message>
    <message>
        <source>No laptop waits for your approval.</source>
        <translation>គ្មានកុំព្យូទ័រយួរដៃណាកំពុងរង់ចាំការអនុម័តរបស់អ្នកទេ។</translation>
    </message>
    <message>
        <source>Enrolled %1 · %2</source>
        <translation>បានចុះឈ្មោះ %1 · %2</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>កុំព្យូទ័រយួរដៃ %1</translation>
    </message>
    <message>
        <source>The fingerprint typed is not the one of the keys the server holds for this laptop. It was not approved. Ask its user to read it again; if it still differs, do not approve it and tell your coordinator.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលដែលបានវាយ មិនមែនជារបស់សោដែលម៉ាស៊ីនមេរក្សាទុកសម្រាប់កុំព្យូទ័រយួរដៃនេះទេ។ វាមិនត្រូវបានអនុម័តទេ។ សូមឱ្យអ្នកប្រើរបស់វាអានម្ដងទៀត។ ប្រសិនបើនៅតែខុសគ្នា កុំអនុម័តវា ហើយប្រាប់អ្នកសម្របសម្រួលរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>no name yet</source>
        <translation>មិនទាន់មានឈ្មោះ</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>សេចក្តីព្រាង (%1)</translation>
    </message>
    <message>
        <source>No interview is waiting.</source>
        <translation>គ្មានការសម្ភាសណាមួយកំពុងរង់ចាំទេ។</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>បន្ត (&amp;O)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>បោះបង់ចោល…</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>បោះបង់សេចក្តីព្រាងនេះចោលឬ?</translation>
    </message>
    <message>
        <source>The answers of this interview will be deleted for good:
%1</source>
        <translation>ចម្លើយនៃការសម្ភាសនេះនឹងត្រូវលុបជាស្ថាពរ៖
%1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះបង់ចោល</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>រក្សាទុក</translation>
    </message>
</context>
<context>
    <name>DuressBox</name>
    <message>
        <source>Duress password</source>
        <translation>ពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំ</translation>
    </message>
    <message>
        <source>Typed at the login screen like a normal password, the duress password erases this workspace at once and opens a look-alike in its place: the same users, roles and settings, but no cases. Work not yet synchronised is lost. Tell it only to people who may be forced to open this laptop.</source>
        <translation>នៅពេលវាយនៅអេក្រង់ចូលដូចពាក្យសម្ងាត់ធម្មតា ពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំ នឹងលុបកន្លែងធ្វើការនេះភ្លាមៗ ហើយបើកកន្លែងធ្វើការមួយដែលមើលទៅដូចវាជំនួសវិញ៖ អ្នកប្រើ តួនាទី និងការកំណត់ដូចគ្នា ប៉ុន្តែគ្មានករណីណាមួយទេ។ ការងារដែលមិនទាន់បានធ្វើសមកាលកម្មនឹងបាត់បង់។ សូមប្រាប់ពាក្យសម្ងាត់នេះតែដល់អ្នកដែលអាចត្រូវគេបង្ខំឱ្យបើកកុំព្យូទ័រយួរដៃនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>D&amp;uress password</source>
        <translation>ពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំ (&amp;U)</translation>
    </message>
    <message>
        <source>Duress password a&amp;gain</source>
        <translation>ពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំម្ដងទៀត (&amp;G)</translation>
    </message>
    <message>
        <source>Set duress password</source>
        <translation>កំណត់ពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំ</translation>
    </message>
    <message>
        <source>Remove duress password</source>
        <translation>ដកពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំចេញ</translation>
    </message>
    <message>
        <source>A duress password is set on this laptop.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះមានពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំរួចហើយ។</translation>
    </message>
    <message>
        <source>No duress password is set.</source>
        <translation>មិនទាន់បានកំណត់ពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំទេ។</translation>
    </message>
    <message>
        <source>Please type the duress password twice.</source>
        <translation>សូមវាយពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំពីរដង។</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <source>Setting the duress password…</source>
        <translation>កំពុងកំណត់ពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំ…</translation>
    </message>
    <message>
        <source>The duress password is set.</source>
        <translation>ពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំត្រូវបានកំណត់ហើយ។</translation>
    </message>
    <message>
        <source>The duress password was removed.</source>
        <translation>ពាក្យសម្ងាត់ពេលមានការបង្ខិតបង្ខំត្រូវបានដកចេញហើយ។</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this laptop with a sync server</source>
        <translation>ចុះឈ្មោះកុំព្យូទ័រយួរដៃនេះជាមួយម៉ាស៊ីនមេសមកាលកម្ម</translation>
    </message>
    <message>
        <source>Paste the invitation your supervisor gave you, or type the server&apos;s address, the one-time code and the certificate fingerprint.</source>
        <translation>សូមបិទភ្ជាប់ការអញ្ជើញដែលអ្នកត្រួតពិនិត្យរបស់អ្នកបានផ្ដល់ឱ្យ ឬវាយអាសយដ្ឋានម៉ាស៊ីនមេ កូដប្រើតែម្ដង និងស្នាមម្រាមដៃឌីជីថលនៃវិញ្ញាបនបត្រ។</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>ការអញ្ជើញ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>អាសយដ្ឋានម៉ាស៊ីនមេ (&amp;S)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>កូដប្រើតែម្ដង (&amp;C)</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលនៃវិញ្ញាបនបត្រ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>ចុះឈ្មោះ (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Read this fingerprint to your supervisor. They compare it with the one their own laptop shows before approving this laptop:</source>
        <translation>សូមអានស្នាមម្រាមដៃឌីជីថលនេះប្រាប់អ្នកត្រួតពិនិត្យរបស់អ្នក។ អ្នកត្រួតពិនិត្យនឹងផ្ទៀងផ្ទាត់វាជាមួយស្នាមម្រាមដៃឌីជីថលដែលកុំព្យូទ័រយួរដៃរបស់ខ្លួនបង្ហាញ មុនពេលអនុម័តកុំព្យូទ័រយួរដៃនេះ៖</translation>
    </message>
    <message>
        <source>Once approved, this laptop joins its team and syncs by itself whenever the server can be reached.</source>
        <translation>នៅពេលបានអនុម័តហើយ កុំព្យូទ័រយួរដៃនេះនឹងចូលរួមក្នុងក្រុមការងាររបស់ខ្លួន ហើយធ្វើសមកាលកម្មដោយខ្លួនឯង រាល់ពេលដែលអាចភ្ជាប់ទៅម៉ាស៊ីនមេបាន។</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>This is not a fieldcase invitation.</source>
        <translation>នេះមិនមែនជាការអញ្ជើញរបស់ fieldcase ទេ។</translation>
    </message>
    <message>
        <source>The server&apos;s address and the code are both needed.</source>
        <translation>ត្រូវការទាំងអាសយដ្ឋានម៉ាស៊ីនមេ និងកូដ។</translation>
    </message>
    <message>
        <source>The server did not accept this code: it may be mistyped, already used or expired. Ask your supervisor for a new invitation.</source>
        <translation>ម៉ាស៊ីនមេមិនទទួលយកកូដនេះទេ៖ កូដនេះប្រហែលជាវាយខុស បានប្រើរួចហើយ ឬផុតសុពលភាព។ សូមសុំការអញ្ជើញថ្មីពីអ្នកត្រួតពិនិត្យរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Erase this case</source>
        <translation>លុបករណីនេះ</translation>
    </message>
    <message>
        <source>Everything recorded about %1 will be erased from this laptop now, and from every laptop of the team when they next sync. Only a note that a case was erased remains. This cannot be undone. Copies already exported are not reached.</source>
        <translation>អ្វីៗទាំងអស់ដែលបានកត់ត្រាអំពី %1 នឹងត្រូវលុបចេញពីកុំព្យូទ័រយួរដៃនេះឥឡូវនេះ និងពីកុំព្យូទ័រយួរដៃទាំងអស់របស់ក្រុមនៅពេលធ្វើសមកាលកម្មលើកក្រោយ។ នៅសល់តែកំណត់ចំណាំថាករណីមួយត្រូវបានលុបប៉ុណ្ណោះ។ សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ។ ច្បាប់ចម្លងដែលបាននាំចេញរួចហើយ មិនត្រូវបានលុបទេ។</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>ខ្ញុំយល់ថាសកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ</translation>
    </message>
    <message>
        <source>Why is it erased?</source>
        <translation>ហេតុអ្វីបានជាលុប?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>លុប</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The workspace folder is read-only: %1. The disk is mounted read-only, or you may not write there. Copy the folder to a writable disk to open it.</source>
        <translation>ថតកន្លែងធ្វើការ អាចអានបានតែប៉ុណ្ណោះ៖ %1។ ថាសត្រូវបានភ្ជាប់សម្រាប់តែអាន ឬអ្នកមិនមានសិទ្ធិសរសេរនៅទីនោះទេ។ សូមចម្លងថតនេះទៅថាសដែលអាចសរសេរបាន ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>The folder is read-only: %1. The disk is mounted read-only, or you may not write there. Nothing was written.</source>
        <translation>ថតនេះអាចអានបានតែប៉ុណ្ណោះ៖ %1។ ថាសត្រូវបានភ្ជាប់សម្រាប់តែអាន ឬអ្នកមិនមានសិទ្ធិសរសេរនៅទីនោះទេ។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>This cannot be written: %1. The disk is mounted read-only, or you may not write there.</source>
        <translation>មិនអាចសរសេរបានទេ៖ %1។ ថាសត្រូវបានភ្ជាប់សម្រាប់តែអាន ឬអ្នកមិនមានសិទ្ធិសរសេរនៅទីនោះទេ។</translation>
    </message>
    <message>
        <source>The password cannot be read: it holds characters that are not text. Type it again.</source>
        <translation>មិនអាចអានពាក្យសម្ងាត់បានទេ៖ វាមានតួអក្សរដែលមិនមែនជាអត្ថបទ។ សូមវាយវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The key file of this workspace is damaged: the password of this name cannot be checked. Another user or the recovery code may still open the workspace; ask your supervisor for help.</source>
        <translation>ឯកសារកូនសោនៃកន្លែងធ្វើការនេះខូចខាត៖ មិនអាចពិនិត្យពាក្យសម្ងាត់នៃឈ្មោះនេះបានទេ។ អ្នកប្រើម្នាក់ទៀត ឬកូដស្ដារ អាចនៅតែបើកកន្លែងធ្វើការនេះបាន។ សូមសុំជំនួយពីអ្នកត្រួតពិនិត្យរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Your role in this workspace was changed outside the app, so this login is refused. Ask a supervisor to check the workspace.</source>
        <translation>តួនាទីរបស់អ្នកក្នុងកន្លែងធ្វើការនេះត្រូវបានផ្លាស់ប្ដូរនៅខាងក្រៅកម្មវិធី ដូច្នេះការចូលនេះត្រូវបានបដិសេធ។ សូមឱ្យអ្នកត្រួតពិនិត្យពិនិត្យកន្លែងធ្វើការនេះ។</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យធ្វើការនេះទេ។</translation>
    </message>
    <message>
        <source>The disk is full. This change was not saved; nothing saved before was lost.</source>
        <translation>ថាសផ្ទុកទិន្នន័យពេញហើយ។ ការផ្លាស់ប្ដូរនេះមិនត្រូវបានរក្សាទុកទេ ប៉ុន្តែអ្វីដែលបានរក្សាទុកពីមុនមិនបាត់បង់ឡើយ។</translation>
    </message>
    <message>
        <source>A file of this workspace is damaged. Ask your supervisor for help.</source>
        <translation>ឯកសារមួយនៃកន្លែងធ្វើការនេះខូចខាត។ សូមសុំជំនួយពីអ្នកត្រួតពិនិត្យរបស់អ្នក។</translation>
    </message>
    <message>
        <source>This cannot be used: %1</source>
        <translation>មិនអាចប្រើទិន្នន័យនេះបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>មានបញ្ហាកើតឡើង៖ %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV (បើកក្នុង Excel បាន)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>សៀវភៅ Excel (XLSX)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTCDS (common standard, CSV)</source>
        <translation>HTCDS (ស្តង់ដាររួម, CSV)</translation>
    </message>
    <message>
        <source>De-identified, for research</source>
        <translation>លុបព័ត៌មានសម្គាល់អត្តសញ្ញាណ សម្រាប់ការស្រាវជ្រាវ</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>k (&amp;K)៖</translation>
    </message>
    <message>
        <source>None (codes)</source>
        <translation>គ្មាន (ជាកូដ)</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>តែកាលបរិច្ឆេទទាំងនេះ៖</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>ថ្ងៃដំបូង</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>ករណីទាំងអស់</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>ក្រុមការងារទាំងអស់</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>ទម្រង់ទាំងអស់</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ជ្រើសរើស… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ទម្រង់ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>ឯកជនភាព</translation>
    </message>
    <message>
        <source>&amp;Labels in</source>
        <translation>ស្លាកជាភាសា (&amp;L)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation>ស្ថានភាពករណី (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>ក្រុមការងារ (&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>ទម្រង់ (&amp;O)</translation>
    </message>
    <message>
        <source>Save to fol&amp;der</source>
        <translation>រក្សាទុកក្នុងថត (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>នាំចេញ (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Save the export to</source>
        <translation>រក្សាទុកការនាំចេញនៅ</translation>
    </message>
    <message>
        <source>Choose a folder for the export first.</source>
        <translation>សូមជ្រើសរើសថតសម្រាប់ការនាំចេញជាមុនសិន។</translation>
    </message>
    <message>
        <source>Export identified data</source>
        <translation>នាំចេញទិន្នន័យដែលមានអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>These files will leave the encryption: anyone who gets the folder or a copy of it can read the names and stories of the people in it.</source>
        <translation>ឯកសារទាំងនេះនឹងចេញពីការអ៊ិនគ្រីប៖ អ្នកណាក៏ដោយដែលទទួលបានថតនេះ ឬច្បាប់ចម្លងរបស់វា អាចអានឈ្មោះ និងរឿងរ៉ាវរបស់មនុស្សនៅក្នុងនោះបាន។</translation>
    </message>
    <message>
        <source>Save them only on an encrypted drive, share them only with people allowed to see them, and delete them when they are no longer needed. The export is recorded in the audit log.</source>
        <translation>រក្សាទុកវាតែនៅលើឌីសដែលបានអ៊ិនគ្រីប ចែករំលែកវាតែជាមួយអ្នកដែលមានសិទ្ធិមើល ហើយលុបវាចោលនៅពេលលែងត្រូវការ។ កំណត់ហេតុសវនកម្មនឹងកត់ត្រាការនាំចេញនេះ។</translation>
    </message>
    <message>
        <source>Write unencrypted files</source>
        <translation>សរសេរឯកសារដែលមិនបានអ៊ិនគ្រីប</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>កំពុងនាំចេញ…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>កំពុងបញ្ឈប់ការនាំចេញ…</translation>
    </message>
    <message>
        <source>Exporting… rows written: %1</source>
        <translation>កំពុងនាំចេញ… ជួរដែលបានសរសេរ៖ %1</translation>
    </message>
    <message>
        <source>The export is finished.</source>
        <translation>ការនាំចេញបានបញ្ចប់។</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>ឯកសារ៖ %1</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>ជួរដែលបានសរសេរ៖ %1</translation>
    </message>
    <message>
        <source>Cases left out because consent was withdrawn: %1</source>
        <translation>ករណីដែលមិនបានដាក់បញ្ចូល ដោយសារការយល់ព្រមត្រូវបានដកវិញ៖ %1</translation>
    </message>
    <message>
        <source>People left out because they did not agree to research use: %1</source>
        <translation>មនុស្សដែលមិនបានដាក់បញ្ចូល ដោយសារពួកគេមិនបានយល់ព្រមឱ្យប្រើសម្រាប់ការស្រាវជ្រាវ៖ %1</translation>
    </message>
    <message>
        <source>Rows suppressed to protect identities: %1</source>
        <translation>ជួរដែលបានលាក់ ដើម្បីការពារអត្តសញ្ញាណ៖ %1</translation>
    </message>
    <message>
        <source>Forms not in this laptop&apos;s library, left out: %1</source>
        <translation>ទម្រង់ដែលមិនមាននៅលើកុំព្យូទ័រយួរដៃនេះ ហើយមិនបានដាក់បញ្ចូល៖ %1</translation>
    </message>
    <message>
        <source>A report of this export was saved as export-report.json.</source>
        <translation>របាយការណ៍នៃការនាំចេញនេះ ត្រូវបានរក្សាទុកជា export-report.json។</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was left behind.</source>
        <translation>ការនាំចេញត្រូវបានបោះបង់។ គ្មានឯកសារណាមួយត្រូវបានទុកចោលទេ។</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Review and finish</source>
        <translation>ពិនិត្យ និងបញ្ចប់</translation>
    </message>
    <message>
        <source>Undo the link: open a new case</source>
        <translation>លុបចោលការភ្ជាប់៖ បើកករណីថ្មី</translation>
    </message>
    <message>
        <source>Questions to complete</source>
        <translation>សំណួរដែលត្រូវបំពេញ</translation>
    </message>
    <message>
        <source>The answers, as they will be saved:</source>
        <translation>ចម្លើយ ដូចដែលនឹងត្រូវរក្សាទុក៖</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>បញ្ចប់ការសម្ភាស</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction:</source>
        <translation>
            <numerusform>នៅមានសំណួរ %n ដែលត្រូវឆ្លើយ ឬកែតម្រូវ៖</numerusform>
            <numerusform>នៅមានសំណួរ %n ដែលត្រូវឆ្លើយ ឬកែតម្រូវ៖</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is answered. Finishing saves the interview for good: it cannot be changed afterwards.</source>
        <translation>សំណួរចាំបាច់ទាំងអស់ត្រូវបានឆ្លើយហើយ។ ការបញ្ចប់នឹងរក្សាទុកការសម្ភាសជាស្ថាពរ៖ បន្ទាប់ពីនេះមិនអាចកែប្រែបានទៀតទេ។</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <source>Welcome to fieldcase</source>
        <translation>សូមស្វាគមន៍មកកាន់ fieldcase</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Create the workspace now: you will be its first supervisor and can add your colleagues later.</source>
        <translation>អ្វីៗទាំងអស់ដែលអ្នកកត់ត្រា ត្រូវបានអ៊ិនគ្រីប និងរក្សាទុកនៅលើកុំព្យូទ័រយួរដៃនេះ។ សូមបង្កើតកន្លែងធ្វើការឥឡូវនេះ៖ អ្នកនឹងក្លាយជាអ្នកត្រួតពិនិត្យដំបូងគេរបស់វា ហើយអាចបន្ថែមសហការីរបស់អ្នកនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ថត</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ឈ្មោះរបស់អ្នក</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>បញ្ចូលពាក្យសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ជ្រើសរើស… (&amp;H)</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>បង្កើតកន្លែងធ្វើការ</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>កូដស្ដាររបស់អ្នក</translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way back into the workspace. Write it on paper now and keep it somewhere safe, away from the laptop. It will not be shown again.</source>
        <translation>ប្រសិនបើភ្លេចពាក្យសម្ងាត់ទាំងអស់ កូដនេះគឺជាមធ្យោបាយតែមួយគត់ដើម្បីចូលកន្លែងធ្វើការវិញ។ សូមសរសេរវាលើក្រដាសឥឡូវនេះ ហើយរក្សាទុកនៅកន្លែងដែលមានសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័រយួរដៃ។ កូដនេះនឹងមិនបង្ហាញម្ដងទៀតទេ។</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>ខ្ញុំបានសរសេរកូដស្ដារទុករួចហើយ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <source>This folder already holds a fieldcase workspace. Choose another folder.</source>
        <translation>ថតនេះមានកន្លែងធ្វើការ fieldcase រួចហើយ។ សូមជ្រើសរើសថតផ្សេង។</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or type the name of a new one.</source>
        <translation>ថតនេះមិនទទេទេ។ សូមជ្រើសរើសថតទទេ ឬវាយឈ្មោះថតថ្មីមួយ។</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>នេះជាឯកសារ មិនមែនជាថតទេ។ សូមជ្រើសរើសថត។</translation>
    </message>
    <message>
        <source>fieldcase cannot write in this folder. Choose a folder of your own.</source>
        <translation>fieldcase មិនអាចសរសេរក្នុងថតនេះបានទេ។ សូមជ្រើសរើសថតរបស់អ្នកផ្ទាល់។</translation>
    </message>
    <message>
        <source>Choose a folder, or type its full path.</source>
        <translation>សូមជ្រើសរើសថត ឬវាយផ្លូវពេញរបស់វា។</translation>
    </message>
    <message>
        <source>Folder for the workspace</source>
        <translation>ថតសម្រាប់កន្លែងធ្វើការ</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>សូមបញ្ចូលឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ 8 តួអក្សរ។</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <source>Deriving the key from your password…</source>
        <translation>កំពុងបង្កើតកូនសោពីពាក្យសម្ងាត់របស់អ្នក…</translation>
    </message>
    <message>
        <source>Protecting the workspace with the recovery code…</source>
        <translation>កំពុងការពារកន្លែងធ្វើការដោយកូដស្ដារ…</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>កំពុងបង្កើតមូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីប…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>កំពុងបញ្ចប់…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>កំពុងរៀបចំ…</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <source>Latitude, e.g. 13.7563</source>
        <translation>រយៈទទឹង ឧ. 13.7563</translation>
    </message>
    <message>
        <source>Longitude, e.g. 100.5018</source>
        <translation>រយៈបណ្ដោយ ឧ. 100.5018</translation>
    </message>
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>No case matches this search and these filters.</source>
        <translation>គ្មានករណីណាត្រូវនឹងការស្វែងរក និងតម្រងទាំងនេះទេ។</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>ករណី៖ %n</numerusform>
            <numerusform>ករណី៖ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n or more</source>
        <translation>
            <numerusform>ករណី៖ %n ឬច្រើនជាងនេះ</numerusform>
            <numerusform>ករណី៖ %n ឬច្រើនជាងនេះ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>ការតាមដានដែលដល់ពេល (%n)</numerusform>
            <numerusform>ការតាមដានដែលដល់ពេល (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>សួស្ដី %1</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ស្វែងរក (&amp;S)</translation>
    </message>
    <message>
        <source>A name, in any script or in Latin letters</source>
        <translation>ឈ្មោះ ជាអក្សរណាក៏បាន ឬជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ស្ថានភាពទាំងអស់</translation>
    </message>
    <message>
        <source>All citizenships</source>
        <translation>សញ្ជាតិទាំងអស់</translation>
    </message>
    <message>
        <source>Any follow-up date</source>
        <translation>ថ្ងៃតាមដានណាក៏បាន</translation>
    </message>
    <message>
        <source>Follow-up due or overdue</source>
        <translation>ការតាមដានដល់ពេល ឬហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>Follow-up due soon</source>
        <translation>ការតាមដានជិតដល់ពេល</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>ការតាមដានហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>ការទទួលករណីថ្មី (&amp;I)</translation>
    </message>
    <message>
        <source>No follow-up is due now.</source>
        <translation>ពេលនេះមិនមានការតាមដានណាដល់ពេលទេ។</translation>
    </message>
    <message>
        <source>You are logged in as an interpreter</source>
        <translation>អ្នកបានចូលជាអ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>An interpreter helps in the interviews a social worker runs. You do not see the case list and cannot open or change a case: the interview happens on the social worker&apos;s login, with you beside her.</source>
        <translation>អ្នកបកប្រែផ្ទាល់មាត់ជួយក្នុងការសម្ភាសដែលបុគ្គលិកសង្គមកិច្ចធ្វើ។ អ្នកមិនឃើញបញ្ជីករណី ហើយមិនអាចបើក ឬកែប្រែករណីបានទេ៖ ការសម្ភាសធ្វើឡើងនៅលើការចូលរបស់បុគ្គលិកសង្គមកិច្ច ដោយមានអ្នកនៅក្បែរគាត់។</translation>
    </message>
    <message>
        <source>How a social worker opens an interview for you:
1. Click &quot;Switch user&quot; below; the social worker logs in with her own name.
2. She opens the interview (New intake, or New follow-up in the person&apos;s case) and ticks &quot;Interpreter mode: show two languages&quot;.
3. She chooses the person&apos;s language: each question then shows in both languages, and she records your name as the interpreter.</source>
        <translation>របៀបដែលបុគ្គលិកសង្គមកិច្ចបើកការសម្ភាសសម្រាប់អ្នក៖
1. ចុច &quot;ប្ដូរអ្នកប្រើ&quot; ខាងក្រោម។ បុគ្គលិកសង្គមកិច្ចចូលដោយប្រើឈ្មោះរបស់គាត់ផ្ទាល់។
2. គាត់បើកការសម្ភាស (ការទទួលករណីថ្មី ឬការតាមដានថ្មី នៅក្នុងករណីរបស់បុគ្គលនោះ) ហើយធីក &quot;របៀបអ្នកបកប្រែ៖ បង្ហាញពីរភាសា&quot;។
3. គាត់ជ្រើសរើសភាសារបស់បុគ្គលនោះ៖ បន្ទាប់មក សំណួរនីមួយៗបង្ហាញជាពីរភាសា ហើយគាត់កត់ត្រាឈ្មោះរបស់អ្នកជាអ្នកបកប្រែផ្ទាល់មាត់។</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>ប្ដូរអ្នកប្រើ (&amp;S)</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>មិនទាន់មានករណីនៅឡើយទេ។ ករណីថ្មីនឹងបង្ហាញនៅទីនេះ នៅពេលការទទួលករណីត្រូវបានបញ្ចប់។</translation>
    </message>
</context>
<context>
    <name>InterpreterScreen</name>
    <message>
        <source>%1 — with %2</source>
        <translation>%1 — ជាមួយ %2</translation>
    </message>
    <message>
        <source>Interviews you assist</source>
        <translation>សម្ភាសន៍ដែលអ្នកជួយបកប្រែ</translation>
    </message>
    <message>
        <source>These are the interviews a social worker named you in as interpreter. Open one to read each question and note the answers; the social worker sees what you saved when she opens the interview again, and she finishes it. You see nothing else of this workspace.</source>
        <translation>ទាំងនេះជាសម្ភាសន៍ដែលបុគ្គលិកសង្គមកិច្ចបានដាក់ឈ្មោះអ្នកជាអ្នកបកប្រែ។ បើកមួយដើម្បីអានសំណួរនីមួយៗ និងកត់ចម្លើយ។ បុគ្គលិកសង្គមកិច្ចនឹងឃើញអ្វីដែលអ្នកបានរក្សាទុក នៅពេលនាងបើកសម្ភាសន៍ម្ដងទៀត ហើយនាងជាអ្នកបញ្ចប់វា។ អ្នកមិនឃើញអ្វីផ្សេងទៀតនៃកន្លែងធ្វើការនេះទេ។</translation>
    </message>
    <message>
        <source>No interview names you yet. The social worker names you as the interpreter when she starts the interview on her login; then log in again.</source>
        <translation>មិនទាន់មានសម្ភាសន៍ណាដាក់ឈ្មោះអ្នកនៅឡើយទេ។ បុគ្គលិកសង្គមកិច្ចដាក់ឈ្មោះអ្នកជាអ្នកបកប្រែ នៅពេលនាងចាប់ផ្ដើមសម្ភាសន៍ក្នុងការចូលរបស់នាង បន្ទាប់មកចូលម្ដងទៀត។</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>ប្ដូរអ្នកប្រើ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>InterviewWidget</name>
    <message>
        <source>Interpreter: %1</source>
        <translation>អ្នកបកប្រែផ្ទាល់មាត់៖ %1</translation>
    </message>
    <message>
        <source>Interpreter mode: show two languages</source>
        <translation>របៀបអ្នកបកប្រែ៖ បង្ហាញពីរភាសា</translation>
    </message>
    <message>
        <source>Language of the person interviewed</source>
        <translation>ភាសារបស់បុគ្គលដែលត្រូវបានសម្ភាស</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>បន្ទាប់</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>រក្សាទុក ហើយបិទ</translation>
    </message>
    <message>
        <source>Nothing has been added here yet.</source>
        <translation>មិនទាន់មានអ្វីត្រូវបានបន្ថែមនៅទីនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>បន្ថែមមួយទៀត</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>ដកមួយនេះចេញ</translation>
    </message>
    <message>
        <source>Remove these answers? This cannot be undone.</source>
        <translation>ដកចម្លើយទាំងនេះចេញឬ? សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Form version %1</source>
        <translation>ទម្រង់កំណែ %1</translation>
    </message>
    <message>
        <source>Interpreter named in this interview</source>
        <translation>អ្នកបកប្រែដែលបានដាក់ឈ្មោះក្នុងសម្ភាសន៍នេះ</translation>
    </message>
    <message>
        <source>No interpreter named</source>
        <translation>មិនបានដាក់ឈ្មោះអ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ទំព័រ %1 នៃ %2</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>ពិនិត្យ និងបញ្ចប់</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>មិនទាន់ឆ្លើយ</translation>
    </message>
    <message>
        <source>the answer needs a correction</source>
        <translation>ចម្លើយត្រូវកែតម្រូវ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>បានរក្សាទុកសេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>មិនទាន់បានរក្សាទុក៖ %1</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>កំពុងបញ្ចប់…</translation>
    </message>
    <message>
        <source>Finished and saved</source>
        <translation>បានបញ្ចប់ និងរក្សាទុកហើយ</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Continue a &amp;draft</source>
        <translation>បន្តសេចក្តីព្រាង (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>ការសម្ភាសថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>No intake form is open to new interviews on this laptop.</source>
        <translation>គ្មានទម្រង់ទទួលករណីណាមួយដែលបើកសម្រាប់ការសម្ភាសថ្មីនៅលើកុំព្យូទ័រនេះទេ។</translation>
    </message>
    <message>
        <source>No follow-up form is open to new interviews on this laptop.</source>
        <translation>គ្មានទម្រង់តាមដានណាមួយដែលបើកសម្រាប់ការសម្ភាសថ្មីនៅលើកុំព្យូទ័រនេះទេ។</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>គ្មានសេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>No form open to new interviews</source>
        <translation>គ្មានទម្រង់ដែលបើកសម្រាប់ការសម្ភាសថ្មីទេ</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (កំណែ %2)</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>A whole number, e.g. 25</source>
        <translation>ចំនួនគត់ ឧ. 25</translation>
    </message>
    <message>
        <source>A number, e.g. 2.5</source>
        <translation>លេខ ឧ. 2.5</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>ឧ. 14:30</translation>
    </message>
    <message>
        <source>e.g. 2026-03-15 14:30</source>
        <translation>ឧ. 2026-03-15 14:30</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>fieldcase is locked</source>
        <translation>fieldcase ត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>អ្នកប្រើ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>ភាសា (&amp;A)</translation>
    </message>
    <message>
        <source>Type your user name</source>
        <translation>វាយឈ្មោះអ្នកប្រើរបស់អ្នក</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ចូល</translation>
    </message>
    <message>
        <source>Emergency wipe…</source>
        <translation>លុបជាបន្ទាន់…</translation>
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
        <translation>កន្លែងធ្វើការ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ចាក់សោ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>ប្ដូរអ្នកប្រើ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>ករណី (&amp;C)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>បញ្ជីករណី (&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>ការទទួលករណីថ្មី (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Conflicts to resolve</source>
        <translation>ភាពមិនស៊ីគ្នាដែលត្រូវដោះស្រាយ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>នាំចេញ… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>អ្នកប្រើ និងតួនាទី… (&amp;U)</translation>
    </message>
    <message>
        <source>Workspace se&amp;ttings…</source>
        <translation>ការកំណត់កន្លែងធ្វើការ… (&amp;T)</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>លុបជាបន្ទាន់… (&amp;W)</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Clear answer</source>
        <translation>លុបចម្លើយ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>ចាំបាច់</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>សូមឆ្លើយសំណួរនេះ។</translation>
    </message>
    <message>
        <source>The form could not check this answer (%1).</source>
        <translation>ទម្រង់មិនអាចពិនិត្យចម្លើយនេះបានទេ (%1)។</translation>
    </message>
    <message>
        <source>This answer is not allowed here. Please check it.</source>
        <translation>ចម្លើយនេះមិនត្រូវបានអនុញ្ញាតនៅទីនេះទេ។ សូមពិនិត្យមើលឡើងវិញ។</translation>
    </message>
    <message>
        <source>Type a whole number, for example 25.</source>
        <translation>សូមវាយចំនួនគត់ ឧទាហរណ៍ 25។</translation>
    </message>
    <message>
        <source>Type a number, for example 2.5.</source>
        <translation>សូមវាយលេខ ឧទាហរណ៍ 2.5។</translation>
    </message>
    <message>
        <source>Type a date, for example 15/3/2026, 15/3/2569 or 2026-03-15.</source>
        <translation>សូមវាយកាលបរិច្ឆេទ ឧទាហរណ៍ 15/3/2026, 15/3/2569 ឬ 2026-03-15។</translation>
    </message>
    <message>
        <source>Type a time, for example 14:30.</source>
        <translation>សូមវាយម៉ោង ឧទាហរណ៍ 14:30។</translation>
    </message>
    <message>
        <source>Type a date and a time, for example 2026-03-15 14:30.</source>
        <translation>សូមវាយកាលបរិច្ឆេទ និងម៉ោង ឧទាហរណ៍ 2026-03-15 14:30។</translation>
    </message>
    <message>
        <source>Latitude is between -90 and 90, longitude between -180 and 180.</source>
        <translation>រយៈទទឹងស្ថិតនៅចន្លោះ -90 និង 90 ហើយរយៈបណ្ដោយស្ថិតនៅចន្លោះ -180 និង 180។</translation>
    </message>
    <message>
        <source>This answer cannot be used here.</source>
        <translation>មិនអាចប្រើចម្លើយនេះនៅទីនេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer the case</source>
        <translation>បញ្ជូនករណីបន្ត</translation>
    </message>
    <message>
        <source>I compared this fingerprint with that team&apos;s supervisor: it is the same.</source>
        <translation>ខ្ញុំបានផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថលនេះជាមួយអ្នកត្រួតពិនិត្យរបស់ក្រុមការងារនោះ៖ វាដូចគ្នា។</translation>
    </message>
    <message>
        <source>The person agreed that their case goes to this team, for this purpose.</source>
        <translation>បុគ្គលនោះបានយល់ព្រមឱ្យបញ្ជូនករណីរបស់ខ្លួនទៅក្រុមការងារនេះ សម្រាប់គោលបំណងនេះ។</translation>
    </message>
    <message>
        <source>Without the person&apos;s consent the case cannot be referred.</source>
        <translation>បើគ្មានការយល់ព្រមពីបុគ្គលនោះទេ ករណីមិនអាចបញ្ជូនបន្តបានទេ។</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>បញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>To the team</source>
        <translation>ទៅក្រុមការងារ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>No one has compared this team&apos;s fingerprint yet: %1</source>
        <translation>មិនទាន់មាននរណាម្នាក់ផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថលរបស់ក្រុមការងារនេះនៅឡើយទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>ReferralBox</name>
    <message>
        <source>Referred to this team</source>
        <translation>បានបញ្ជូនបន្តមកក្រុមការងារនេះ</translation>
    </message>
    <message>
        <source>&amp;Accept the case</source>
        <translation>ទទួលករណី (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>បដិសេធ (&amp;D)</translation>
    </message>
    <message>
        <source>Sent by %1 of team %2 (laptop %3)</source>
        <translation>ផ្ញើដោយ %1 នៃក្រុមការងារ %2 (កុំព្យូទ័រយួរដៃ %3)</translation>
    </message>
    <message>
        <source>Waiting for this team&apos;s decision.</source>
        <translation>កំពុងរង់ចាំការសម្រេចចិត្តរបស់ក្រុមការងារនេះ។</translation>
    </message>
    <message>
        <source>This team accepted the case.</source>
        <translation>ក្រុមការងារនេះបានទទួលករណីនេះ។</translation>
    </message>
    <message>
        <source>This team declined the case.</source>
        <translation>ក្រុមការងារនេះបានបដិសេធករណីនេះ។</translation>
    </message>
    <message>
        <source>Team %1&apos;s fingerprint has not been compared on this laptop.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរបស់ក្រុមការងារ %1 មិនទាន់ត្រូវបានផ្ទៀងផ្ទាត់នៅលើកុំព្យូទ័រយួរដៃនេះនៅឡើយទេ។</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>បើកករណីឡើងវិញ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>បើកឡើងវិញ</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>ហេតុអ្វីបានជាបើកករណីឡើងវិញ?</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>ដោះស្រាយភាពមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <source>Two laptops recorded different values for “%1” of %2. Which one is right?</source>
        <translation>កុំព្យូទ័រយួរដៃពីរបានកត់ត្រាតម្លៃខុសគ្នាសម្រាប់ «%1» របស់ %2។ តើមួយណាត្រឹមត្រូវ?</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>រក្សាតម្លៃនេះ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>%1 (recorded by %2, %3)</source>
        <translation>%1 (កត់ត្រាដោយ %2, %3)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>supervisor</source>
        <translation>អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>បុគ្គលិកសង្គមកិច្ច</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>អ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
</context>
<context>
    <name>SamePerson</name>
    <message>
        <source>same name</source>
        <translation>ឈ្មោះដូចគ្នា</translation>
    </message>
    <message>
        <source>the name written in another script</source>
        <translation>ឈ្មោះសរសេរជាអក្សរផ្សេង</translation>
    </message>
    <message>
        <source>a name that sounds alike</source>
        <translation>ឈ្មោះដែលបញ្ចេញសំឡេងស្រដៀងគ្នា</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតដូចគ្នា</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>ឆ្នាំកំណើតដូចគ្នា</translation>
    </message>
    <message>
        <source>about the same age</source>
        <translation>អាយុប្រហាក់ប្រហែលគ្នា</translation>
    </message>
    <message>
        <source>same gender</source>
        <translation>ភេទដូចគ្នា</translation>
    </message>
    <message>
        <source>same citizenship</source>
        <translation>សញ្ជាតិដូចគ្នា</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ប្រហែល %1</translation>
    </message>
    <message>
        <source>Possibly the same person as:</source>
        <translation>ប្រហែលជាមនុស្សតែមួយនឹង៖</translation>
    </message>
    <message>
        <source>An earlier case may be about this person. Open it to compare; if it is the same person, link this intake to it and no second case is opened. Nothing is merged unless you link.</source>
        <translation>ករណីមុនមួយអាចជាករណីរបស់បុគ្គលនេះ។ សូមបើកវាដើម្បីប្រៀបធៀប។ ប្រសិនបើជាមនុស្សតែមួយ សូមភ្ជាប់ការទទួលករណីនេះទៅវា នោះនឹងមិនបើកករណីទីពីរទេ។ គ្មានអ្វីត្រូវបានបញ្ចូលគ្នាទេ លុះត្រាតែអ្នកភ្ជាប់។</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>កើត</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>កត់ត្រាចុងក្រោយ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Open the case (read only)…</source>
        <translation>បើកករណី (អានប៉ុណ្ណោះ)…</translation>
    </message>
    <message>
        <source>Link this intake to this case</source>
        <translation>ភ្ជាប់ការទទួលករណីនេះទៅករណីនេះ</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>លាក់</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <source>Undo the link</source>
        <translation>លុបចោលការភ្ជាប់</translation>
    </message>
    <message>
        <source>The same person as an earlier case</source>
        <translation>មនុស្សតែមួយនឹងករណីមុន</translation>
    </message>
    <message>
        <source>Possibly the same person as an earlier case (found: %1)</source>
        <translation>ប្រហែលជាមនុស្សតែមួយនឹងករណីមុន (រកឃើញ៖ %1)</translation>
    </message>
    <message>
        <source>Will be added to the case of %1 (case %2, born %3, %4): finishing records this intake&apos;s answers on that case and opens no new case.</source>
        <translation>នឹងត្រូវបន្ថែមទៅករណីរបស់ %1 (ករណី %2 កើត %3 %4)៖ ការបញ្ចប់នឹងកត់ត្រាចម្លើយនៃការទទួលករណីនេះលើករណីនោះ ហើយមិនបើកករណីថ្មីទេ។</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>គ្មានឈ្មោះ</translation>
    </message>
    <message>
        <source>Earlier case (read only)</source>
        <translation>ករណីមុន (អានប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>លំដាប់ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>អ្វីដែលបានកើតឡើង</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>ចុចពីរដង ឬចុច Enter ដើម្បីអានការសម្ភាស</translation>
    </message>
    <message>
        <source>Will be added to the earlier case %1.</source>
        <translation>នឹងត្រូវបន្ថែមទៅករណីមុន %1។</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Interview: %1 (read-only)</source>
        <translation>ការសម្ភាស៖ %1 (អានប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Filled in by %1</source>
        <translation>បំពេញដោយ %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>អ្នកបកប្រែផ្ទាល់មាត់៖ %1</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>គ្មានអ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>&amp;Show in</source>
        <translation>បង្ហាញជា (&amp;S)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>%1 (the person&apos;s language)</source>
        <translation>%1 (ភាសារបស់បុគ្គលនោះ)</translation>
    </message>
</context>
<context>
    <name>SupervisorScreens</name>
    <message>
        <source>&amp;Overview</source>
        <translation>ទិដ្ឋភាពទូទៅ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Verification report</source>
        <translation>របាយការណ៍ផ្ទៀងផ្ទាត់ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Approve laptops…</source>
        <translation>អនុម័តកុំព្យូទ័រយួរដៃ… (&amp;A)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync now</source>
        <translation>ធ្វើសមកាលកម្មឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Enrol with a server…</source>
        <translation>ចុះឈ្មោះជាមួយម៉ាស៊ីនមេ…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>កំពុងធ្វើសមកាលកម្ម…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>កំពុងរង់ចាំផ្ញើ៖ %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>បានផ្ញើ៖ %1</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a sync server.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះមិនទាន់បានចុះឈ្មោះជាមួយម៉ាស៊ីនមេសមកាលកម្មទេ។</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>ធ្វើសមកាលកម្មចុងក្រោយ៖ %1</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>មិនទាន់ធ្លាប់ធ្វើសមកាលកម្មនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Received items to fetch again: %1</source>
        <translation>ធាតុដែលបានទទួល ត្រូវទាញយកម្ដងទៀត៖ %1</translation>
    </message>
    <message>
        <source>Offline: syncs by itself when the server can be reached.</source>
        <translation>គ្មានការតភ្ជាប់៖ នឹងធ្វើសមកាលកម្មដោយខ្លួនឯង នៅពេលអាចភ្ជាប់ទៅម៉ាស៊ីនមេបាន។</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to approve this laptop on the server.</source>
        <translation>កំពុងរង់ចាំអ្នកត្រួតពិនិត្យអនុម័តកុំព្យូទ័រយួរដៃនេះនៅលើម៉ាស៊ីនមេ។</translation>
    </message>
    <message>
        <source>Refused by the server and kept aside: %1</source>
        <translation>ម៉ាស៊ីនមេមិនទទួលយក ហើយបានទុកដាច់ដោយឡែក៖ %1</translation>
    </message>
    <message>
        <source>Received items that did not check out: %1. They are fetched again at each sync until a good copy arrives.</source>
        <translation>ធាតុដែលបានទទួល ប៉ុន្តែមិនឆ្លងការត្រួតពិនិត្យ៖ %1។ វានឹងត្រូវទាញយកម្ដងទៀតរាល់ពេលធ្វើសមកាលកម្ម រហូតដល់ច្បាប់ត្រឹមត្រូវមកដល់។</translation>
    </message>
    <message>
        <source>Laptops waiting for your approval: %1 (Workspace › Approve laptops…)</source>
        <translation>កុំព្យូទ័រយួរដៃដែលកំពុងរង់ចាំការអនុម័តរបស់អ្នក៖ %1 (កន្លែងធ្វើការ › អនុម័តកុំព្យូទ័រយួរដៃ…)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>No connection to the server. Your work is kept here; try again later.</source>
        <translation>មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេបានទេ។ ការងាររបស់អ្នកត្រូវបានរក្សាទុកនៅទីនេះ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>The server has a problem. Your work is kept here; try again later.</source>
        <translation>ម៉ាស៊ីនមេមានបញ្ហា។ ការងាររបស់អ្នកត្រូវបានរក្សាទុកនៅទីនេះ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>The server needs an update before this laptop can sync.</source>
        <translation>ម៉ាស៊ីនមេត្រូវការធ្វើបច្ចុប្បន្នភាព មុនពេលកុំព្យូទ័រយួរដៃនេះអាចធ្វើសមកាលកម្មបាន។</translation>
    </message>
    <message>
        <source>This laptop was removed from the team and can no longer sync. Ask your supervisor.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះត្រូវបានដកចេញពីក្រុម ហើយមិនអាចធ្វើសមកាលកម្មបានទៀតទេ។ សូមសួរអ្នកត្រួតពិនិត្យរបស់អ្នក។</translation>
    </message>
    <message>
        <source>The server does not recognise this laptop. Ask your supervisor.</source>
        <translation>ម៉ាស៊ីនមេមិនស្គាល់កុំព្យូទ័រយួរដៃនេះទេ។ សូមសួរអ្នកត្រួតពិនិត្យរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Some data could not be synced: %1</source>
        <translation>ទិន្នន័យខ្លះមិនអាចធ្វើសមកាលកម្មបានទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>អក្សរធំជាងមុន (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>អក្សរតូចជាងមុន (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>ទំហំអក្សរធម្មតា (&amp;N)</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Choose the update: its folder, or its .zip or .tar.gz file</source>
        <translation>ជ្រើសរើសការធ្វើបច្ចុប្បន្នភាព៖ ថតរបស់វា ឬឯកសារ .zip ឬ .tar.gz របស់វា</translation>
    </message>
    <message>
        <source>fieldcase updates</source>
        <translation>ការធ្វើបច្ចុប្បន្នភាព fieldcase</translation>
    </message>
    <message>
        <source>Checking the update…</source>
        <translation>កំពុងពិនិត្យការធ្វើបច្ចុប្បន្នភាព…</translation>
    </message>
    <message>
        <source>Downloading the update from your team&apos;s server…</source>
        <translation>កំពុងទាញយកការធ្វើបច្ចុប្បន្នភាពពីម៉ាស៊ីនមេរបស់ក្រុមអ្នក…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>កំពុងដំឡើង…</translation>
    </message>
    <message>
        <source>fieldcase %1 · signed by release key %2 · verified</source>
        <translation>fieldcase %1 · ចុះហត្ថលេខាដោយកូនសោចេញផ្សាយ %2 · បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>Installed: fieldcase %1 starts the next time fieldcase is opened (%2 is kept).</source>
        <translation>បានដំឡើង៖ fieldcase %1 នឹងចាប់ផ្តើមនៅពេលបើក fieldcase លើកក្រោយ (%2 ត្រូវបានរក្សាទុក)។</translation>
    </message>
    <message>
        <source>Refused: this folder holds no signed fieldcase release. Nothing was installed.</source>
        <translation>បានបដិសេធ៖ ថតនេះគ្មានកំណែ fieldcase ដែលបានចុះហត្ថលេខាទេ។ គ្មានអ្វីត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>Refused: the update is signed by a key fieldcase does not trust. Nothing was installed.</source>
        <translation>បានបដិសេធ៖ ការធ្វើបច្ចុប្បន្នភាពត្រូវបានចុះហត្ថលេខាដោយកូនសោដែល fieldcase មិនទុកចិត្ត។ គ្មានអ្វីត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>Refused: the update was changed after it was signed. Nothing was installed.</source>
        <translation>បានបដិសេធ៖ ការធ្វើបច្ចុប្បន្នភាពត្រូវបានកែប្រែក្រោយពេលចុះហត្ថលេខា។ គ្មានអ្វីត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>Refused: the update&apos;s files do not match its signed list (changed, missing, added or cut short). Nothing was installed.</source>
        <translation>បានបដិសេធ៖ ឯកសារនៃការធ្វើបច្ចុប្បន្នភាពមិនត្រូវនឹងបញ្ជីដែលបានចុះហត្ថលេខាទេ (ត្រូវបានកែប្រែ បាត់ បន្ថែម ឬកាត់ខ្លី)។ គ្មានអ្វីត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>Refused: this update is for another kind of computer. Nothing was installed.</source>
        <translation>បានបដិសេធ៖ ការធ្វើបច្ចុប្បន្នភាពនេះសម្រាប់កុំព្យូទ័រប្រភេទផ្សេង។ គ្មានអ្វីត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>Refused: version %1 is the version running already. Nothing was installed.</source>
        <translation>បានបដិសេធ៖ កំណែ %1 គឺជាកំណែដែលកំពុងដំណើរការរួចហើយ។ គ្មានអ្វីត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>Refused: version %1 is older than the running version %2. Nothing was installed.</source>
        <translation>បានបដិសេធ៖ កំណែ %1 ចាស់ជាងកំណែ %2 ដែលកំពុងដំណើរការ។ គ្មានអ្វីត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>This fieldcase runs from a developer&apos;s copy: it cannot install updates. Nothing was changed.</source>
        <translation>fieldcase នេះដំណើរការពីច្បាប់ចម្លងរបស់អ្នកអភិវឌ្ឍន៍៖ វាមិនអាចដំឡើងការធ្វើបច្ចុប្បន្នភាពបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Install an update</source>
        <translation>ដំឡើងការធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>This laptop runs fieldcase %1. Choose the folder of a newer version (on a USB stick, for instance) or its .zip or .tar.gz file: it is installed only if it is signed by the fieldcase project and nothing in it was changed.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះកំពុងដំណើរការ fieldcase %1។ សូមជ្រើសរើសថតនៃកំណែថ្មីជាង (ឧទាហរណ៍ នៅលើ USB) ឬឯកសារ .zip ឬ .tar.gz របស់វា៖ វានឹងត្រូវបានដំឡើងលុះត្រាតែវាត្រូវបានចុះហត្ថលេខាដោយគម្រោង fieldcase ហើយគ្មានអ្វីនៅក្នុងវាត្រូវបានកែប្រែ។</translation>
    </message>
    <message>
        <source>&amp;Choose a folder or file…</source>
        <translation>ជ្រើសរើសថត ឬឯកសារ… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Download %1 from your team&apos;s server</source>
        <translation>ទាញយក %1 ពីម៉ាស៊ីនមេរបស់ក្រុមអ្នក (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>ដំឡើង (&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Go back to an earlier version</source>
        <translation>ត្រឡប់ទៅកំណែមុន</translation>
    </message>
    <message>
        <source>Go back to fieldcase %1?</source>
        <translation>ត្រឡប់ទៅ fieldcase %1 វិញឬ?</translation>
    </message>
    <message>
        <source>fieldcase %1 will start the next time fieldcase is opened, instead of %2. Version %2 stays installed.</source>
        <translation>fieldcase %1 នឹងចាប់ផ្តើមនៅពេលបើក fieldcase លើកក្រោយ ជំនួសឱ្យ %2។ កំណែ %2 នៅតែត្រូវបានដំឡើង។</translation>
    </message>
    <message>
        <source>&amp;Go back to %1</source>
        <translation>ត្រឡប់ទៅ %1 (&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>fieldcase %1 starts the next time fieldcase is opened.</source>
        <translation>fieldcase %1 នឹងចាប់ផ្តើមនៅពេលបើក fieldcase លើកក្រោយ។</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>Install &amp;update…</source>
        <translation>ដំឡើងការធ្វើបច្ចុប្បន្នភាព… (&amp;U)</translation>
    </message>
    <message>
        <source>Go &amp;back to version %1…</source>
        <translation>ត្រឡប់ទៅកំណែ %1… (&amp;B)</translation>
    </message>
    <message>
        <source>A newer version %1 is available from your team&apos;s server.</source>
        <translation>កំណែថ្មីជាង %1 មាននៅលើម៉ាស៊ីនមេរបស់ក្រុមអ្នក។</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>អ្នកប្រើ និងតួនាទី</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>បន្ថែមអ្នកប្រើ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ឈ្មោះ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>តួនាទី (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>ពាក្យសម្ងាត់ម្ដងទៀត (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>បន្ថែមអ្នកប្រើ (&amp;D)</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>អ្នកប្រើដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>ពាក្យសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>ពាក្យសម្ងាត់ថ្មីម្ដងទៀត</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>ប្ដូរតួនាទី</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>កំណត់ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Enable with this password</source>
        <translation>បើកឱ្យប្រើវិញ ដោយពាក្យសម្ងាត់នេះ</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>បិទមិនឱ្យប្រើ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>កំពុងប្រើ</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <source>Please type the password twice.</source>
        <translation>សូមវាយពាក្យសម្ងាត់ពីរដង។</translation>
    </message>
    <message>
        <source>%1 can now log in on this laptop.</source>
        <translation>%1 អាចចូលនៅលើកុំព្យូទ័រយួរដៃនេះបានហើយ។</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 ឥឡូវជា៖ %2</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>ពាក្យសម្ងាត់របស់ %1 ត្រូវបានប្ដូរហើយ។</translation>
    </message>
    <message>
        <source>%1 can log in again with the new password.</source>
        <translation>%1 អាចចូលវិញបានដោយពាក្យសម្ងាត់ថ្មី។</translation>
    </message>
    <message>
        <source>%1 can no longer open this workspace.</source>
        <translation>%1 មិនអាចបើកកន្លែងធ្វើការនេះបានទៀតទេ។</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Sent by a laptop this one does not know. Approve the device on the server, or confirm its fingerprint, then import or sync again.</source>
        <translation>ផ្ញើដោយកុំព្យូទ័រយួរដៃដែលកុំព្យូទ័រនេះមិនស្គាល់។ សូមអនុម័តឧបករណ៍នោះនៅលើម៉ាស៊ីនមេ ឬបញ្ជាក់ស្នាមម្រាមដៃឌីជីថលរបស់វា រួចនាំចូល ឬធ្វើសមកាលកម្មម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Sent by a laptop that was removed from the team.</source>
        <translation>ផ្ញើដោយកុំព្យូទ័រយួរដៃដែលត្រូវបានដកចេញពីក្រុម។</translation>
    </message>
    <message>
        <source>The signature does not match the laptop it claims to come from: it may have been changed on the way.</source>
        <translation>ហត្ថលេខាមិនត្រូវនឹងកុំព្យូទ័រយួរដៃដែលវាអះអាងថាបានផ្ញើមកទេ៖ វាប្រហែលជាត្រូវបានកែប្រែនៅតាមផ្លូវ។</translation>
    </message>
    <message>
        <source>Sealed for other keys: this laptop cannot open it.</source>
        <translation>ត្រូវបានចាក់សោសម្រាប់កូនសោផ្សេង៖ កុំព្យូទ័រយួរដៃនេះមិនអាចបើកវាបានទេ។</translation>
    </message>
    <message>
        <source>Its encrypted content was damaged or changed on the way.</source>
        <translation>មាតិកាដែលបានអ៊ិនគ្រីបរបស់វាត្រូវបានខូច ឬត្រូវបានកែប្រែនៅតាមផ្លូវ។</translation>
    </message>
    <message>
        <source>A copy of another item, or an item claiming to be from another laptop (replayed).</source>
        <translation>ច្បាប់ចម្លងនៃធាតុផ្សេង ឬធាតុដែលអះអាងថាមកពីកុំព្យូទ័រយួរដៃផ្សេង (ផ្ញើឡើងវិញ)។</translation>
    </message>
    <message>
        <source>The server refused it: it was not sent by the laptop or team named.</source>
        <translation>ម៉ាស៊ីនមេមិនទទួលយក៖ វាមិនត្រូវបានផ្ញើដោយកុំព្យូទ័រយួរដៃ ឬក្រុមដែលបានបញ្ជាក់ទេ។</translation>
    </message>
    <message>
        <source>Only a supervisor&apos;s laptop may erase a case: this erasure was ignored.</source>
        <translation>មានតែកុំព្យូទ័រយួរដៃរបស់អ្នកត្រួតពិនិត្យប៉ុណ្ណោះដែលអាចលុបករណីបាន៖ ការលុបនេះមិនត្រូវបានអនុវត្តទេ។</translation>
    </message>
    <message>
        <source>A kind of item this version of fieldcase does not handle yet. Update fieldcase.</source>
        <translation>ប្រភេទធាតុដែល fieldcase កំណែនេះមិនទាន់អាចដំណើរការបាន។ សូមធ្វើបច្ចុប្បន្នភាព fieldcase។</translation>
    </message>
    <message>
        <source>Not a readable fieldcase item (damaged file).</source>
        <translation>មិនមែនជាធាតុ fieldcase ដែលអាចអានបានទេ (ឯកសារខូច)។</translation>
    </message>
    <message>
        <source>A referral from a team this laptop does not know yet. It is tried again at the next sync, once the team is in the directory.</source>
        <translation>ការបញ្ជូនបន្តពីក្រុមការងារដែលកុំព្យូទ័រយួរដៃនេះមិនទាន់ស្គាល់។ វានឹងត្រូវសាកល្បងម្ដងទៀតនៅពេលធ្វើសមកាលកម្មលើកក្រោយ នៅពេលក្រុមការងារនោះមាននៅក្នុងបញ្ជីក្រុមការងារហើយ។</translation>
    </message>
    <message>
        <source>An answer to a referral this team did not make (or that has not reached this laptop yet): ignored for now.</source>
        <translation>ចម្លើយចំពោះការបញ្ជូនបន្តដែលក្រុមការងារនេះមិនបានធ្វើ (ឬដែលមិនទាន់មកដល់កុំព្យូទ័រយួរដៃនេះនៅឡើយ)៖ សម្រាប់ពេលនេះ មិនត្រូវបានអនុវត្តទេ។</translation>
    </message>
    <message>
        <source>Another team&apos;s entry is signed by a different key than before: not used. Compare that team&apos;s fingerprint with its supervisor.</source>
        <translation>ព័ត៌មានរបស់ក្រុមការងារមួយផ្សេងទៀត ត្រូវបានចុះហត្ថលេខាដោយកូនសោខុសពីមុន៖ មិនត្រូវបានប្រើទេ។ សូមផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថលរបស់ក្រុមការងារនោះជាមួយអ្នកត្រួតពិនិត្យរបស់ក្រុមការងារនោះ។</translation>
    </message>
    <message>
        <source>Refused for another reason (see details).</source>
        <translation>ត្រូវបានបដិសេធដោយមូលហេតុផ្សេង (មើលព័ត៌មានលម្អិត)។</translation>
    </message>
    <message>
        <source>Sent by this laptop, refused by the server</source>
        <translation>ផ្ញើដោយកុំព្យូទ័រយួរដៃនេះ ម៉ាស៊ីនមេមិនទទួលយក</translation>
    </message>
    <message>
        <source>Received, not applied</source>
        <translation>បានទទួល មិនបានអនុវត្ត</translation>
    </message>
    <message>
        <source>Case change</source>
        <translation>ការផ្លាស់ប្ដូរករណី</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>ការលុបករណី</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>កំណែទម្រង់</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
</context>
<context>
    <name>VerificationWidget</name>
    <message>
        <source>Import a transfer file</source>
        <translation>នាំចូលឯកសារផ្ទេរ</translation>
    </message>
    <message>
        <source>Transfer files (*)</source>
        <translation>ឯកសារផ្ទេរ (*)</translation>
    </message>
    <message>
        <source>No sync or import in this session yet. Items refused earlier are listed below.</source>
        <translation>មិនទាន់មានការធ្វើសមកាលកម្ម ឬការនាំចូលក្នុងវគ្គនេះនៅឡើយទេ។ ធាតុដែលត្រូវបានបដិសេធពីមុនមានរាយខាងក្រោម។</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>ធ្វើសមកាលកម្មចុងក្រោយ</translation>
    </message>
    <message>
        <source>Last USB import</source>
        <translation>នាំចូលតាម USB ចុងក្រោយ</translation>
    </message>
    <message>
        <source>%1: received %2, applied %3, already here (duplicates) %4, refused %5.</source>
        <translation>%1៖ បានទទួល %2 បានអនុវត្ត %3 មានរួចហើយ (ស្ទួន) %4 បានបដិសេធ %5។</translation>
    </message>
    <message>
        <source>Sent: %1, already on the server %2, refused by the server %3.</source>
        <translation>បានផ្ញើ៖ %1 មាននៅលើម៉ាស៊ីនមេរួចហើយ %2 ម៉ាស៊ីនមេមិនទទួលយក %3។</translation>
    </message>
    <message>
        <source>This laptop is waiting for a supervisor&apos;s approval.</source>
        <translation>កុំព្យូទ័រយួរដៃនេះកំពុងរង់ចាំការអនុម័តពីអ្នកត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>Cases erased by a supervisor: %1</source>
        <translation>ករណីដែលអ្នកត្រួតពិនិត្យបានលុប៖ %1</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>របាយការណ៍ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ទិសដៅ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>ឧបករណ៍</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>មូលហេតុនៃការបដិសេធ</translation>
    </message>
    <message numerus="yes">
        <source>Refused items kept aside: %n</source>
        <translation>
            <numerusform>ធាតុដែលត្រូវបានបដិសេធ និងទុកដាច់ដោយឡែក៖ %n</numerusform>
            <numerusform>ធាតុដែលត្រូវបានបដិសេធ និងទុកដាច់ដោយឡែក៖ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused items kept aside</source>
        <translation>ធាតុដែលត្រូវបានបដិសេធ និងទុកដាច់ដោយឡែក</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>គ្មានអ្វីត្រូវបានបដិសេធទេ។</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ធ្វើឱ្យថ្មី (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a transfer file…</source>
        <translation>នាំចូលឯកសារផ្ទេរ… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ត្រឡប់ទៅបញ្ជីករណី (&amp;B)</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>លុបជាបន្ទាន់</translation>
    </message>
    <message>
        <source>An emergency wipe erases this workspace from this laptop for good: every case, form and password on it. Work already synced stays safe on the server. To continue, a supervisor or a social worker types their password.</source>
        <translation>ការលុបជាបន្ទាន់ នឹងលុបកន្លែងធ្វើការនេះចេញពីកុំព្យូទ័រយួរដៃនេះជាស្ថាពរ៖ ករណី ទម្រង់ និងពាក្យសម្ងាត់ទាំងអស់នៅលើវា។ ការងារដែលបានធ្វើសមកាលកម្មរួចហើយ នៅតែមានសុវត្ថិភាពនៅលើម៉ាស៊ីនមេ។ ដើម្បីបន្ត អ្នកត្រួតពិនិត្យ ឬបុគ្គលិកសង្គមកិច្ច វាយពាក្យសម្ងាត់របស់ខ្លួន។</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>អ្នកប្រើ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <source>Erase this workspace</source>
        <translation>លុបកន្លែងធ្វើការនេះ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>The workspace will be erased from this laptop now. It cannot be undone, and no password or recovery code will open it again.</source>
        <translation>កន្លែងធ្វើការនឹងត្រូវលុបចេញពីកុំព្យូទ័រយួរដៃនេះឥឡូវនេះ។ មិនអាចត្រឡប់វិញបានទេ ហើយគ្មានពាក្យសម្ងាត់ ឬកូដស្ដារណាអាចបើកវាបានទៀតឡើយ។</translation>
    </message>
    <message>
        <source>Drafts and records not yet sent to the server, which will be lost: %1</source>
        <translation>សេចក្ដីព្រាង និងកំណត់ត្រាដែលមិនទាន់បានផ្ញើទៅម៉ាស៊ីនមេ ហើយនឹងបាត់បង់៖ %1</translation>
    </message>
    <message>
        <source>Only a supervisor or a social worker may wipe this workspace. Ask one of them to type their own password here.</source>
        <translation>មានតែអ្នកត្រួតពិនិត្យ ឬបុគ្គលិកសង្គមកិច្ចប៉ុណ្ណោះ ដែលអាចលុបកន្លែងធ្វើការនេះបាន។ សូមឱ្យម្នាក់ក្នុងចំណោមពួកគេ វាយពាក្យសម្ងាត់ផ្ទាល់ខ្លួននៅទីនេះ។</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>ការយល់ព្រមត្រូវបានដកវិញ</translation>
    </message>
    <message>
        <source>Everything: no more use of the person&apos;s information</source>
        <translation>ទាំងអស់៖ លែងប្រើព័ត៌មានរបស់បុគ្គលនោះទៀត</translation>
    </message>
    <message>
        <source>Use for statistics and research</source>
        <translation>ការប្រើសម្រាប់ស្ថិតិ និងការស្រាវជ្រាវ</translation>
    </message>
    <message>
        <source>Sharing with other organisations</source>
        <translation>ការចែករំលែកជាមួយអង្គការផ្សេងទៀត</translation>
    </message>
    <message>
        <source>What did the person withdraw?</source>
        <translation>តើបុគ្គលនោះបានដកអ្វីវិញ?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>ការកំណត់កន្លែងធ្វើការ</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>រូបថត និងឯកសារស្កេន</translation>
    </message>
    <message>
        <source>&amp;Largest file a form may keep</source>
        <translation>ទំហំឯកសារធំបំផុតដែលទម្រង់មួយអាចរក្សាទុកបាន (&amp;L)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Between 1 and 60 MB; 20 MB unless a supervisor changes it. Files kept before stay as they are. This setting is for this laptop&apos;s workspace only.</source>
        <translation>ចន្លោះពី 1 ដល់ 60 MB។ លំនាំដើមគឺ 20 MB លុះត្រាតែអ្នកត្រួតពិនិត្យប្ដូរវា។ ឯកសារដែលបានរក្សាទុកពីមុននៅដដែល។ ការកំណត់នេះសម្រាប់តែកន្លែងធ្វើការនៅលើកុំព្យូទ័រយួរដៃនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Login screen</source>
        <translation>អេក្រង់ចូល</translation>
    </message>
    <message>
        <source>As&amp;k users to type their name at login</source>
        <translation>ឱ្យអ្នកប្រើវាយឈ្មោះរបស់ខ្លួននៅពេលចូល (&amp;K)</translation>
    </message>
    <message>
        <source>When this is on, the login screen shows no names: each user types their own, in any letter case. A wrong name gives the same message as a wrong password.</source>
        <translation>ពេលបើកការកំណត់នេះ អេក្រង់ចូលមិនបង្ហាញឈ្មោះណាមួយទេ៖ អ្នកប្រើម្នាក់ៗវាយឈ្មោះរបស់ខ្លួន ដោយអក្សរធំឬតូចក៏បាន។ ឈ្មោះខុសផ្ដល់សារដូចគ្នានឹងពាក្យសម្ងាត់ខុស។</translation>
    </message>
    <message>
        <source>When it is off, the login screen lists every user, which is quicker on a laptop shared by several workers.</source>
        <translation>ពេលបិទ អេក្រង់ចូលបង្ហាញបញ្ជីអ្នកប្រើទាំងអស់ ដែលលឿនជាងនៅលើកុំព្យូទ័រយួរដៃដែលបុគ្គលិកច្រើននាក់ប្រើរួមគ្នា។</translation>
    </message>
    <message>
        <source>It hides the names from people at the laptop, not from someone who copies the disk.</source>
        <translation>វាលាក់ឈ្មោះពីមនុស្សនៅមុខកុំព្យូទ័រ ប៉ុន្តែមិនលាក់ពីអ្នកដែលចម្លងថាសទេ។</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Forms can now keep files up to %1 MB.</source>
        <translation>ឥឡូវនេះ ទម្រង់អាចរក្សាទុកឯកសារបានរហូតដល់ %1 MB។</translation>
    </message>
    <message>
        <source>From the next login, users type their name.</source>
        <translation>ចាប់ពីការចូលលើកក្រោយ អ្នកប្រើវាយឈ្មោះរបស់ខ្លួន។</translation>
    </message>
    <message>
        <source>From the next login, the login screen lists the users.</source>
        <translation>ចាប់ពីការចូលលើកក្រោយ អេក្រង់ចូលបង្ហាញបញ្ជីអ្នកប្រើ។</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>This looks like Burmese typed in the Zawgyi encoding, which other screens and search cannot read. In Unicode it reads:</source>
        <translation>វាហាក់ដូចជាអក្សរភូមាដែលវាយជាកូដ Zawgyi ដែលអេក្រង់ផ្សេងទៀត និងការស្វែងរកមិនអាចអានបាន។ ជាយូនីកូដ វាអានថា៖</translation>
    </message>
    <message>
        <source>Use Unicode</source>
        <translation>ប្រើយូនីកូដ</translation>
    </message>
    <message>
        <source>It is not Zawgyi</source>
        <translation>នេះមិនមែនជា Zawgyi ទេ</translation>
    </message>
</context>
</TS>
