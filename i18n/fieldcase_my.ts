<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>ဖိုင် ရွေးရန်…</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>ဓာတ်ပုံ ရိုက်ရန်…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>A scan or a document, kept encrypted in this workspace.</source>
        <translation>ဤအလုပ်ခွင်တွင် ကုဒ်ဝှက်၍ သိမ်းထားသော စကင်ဖတ်ထားသည့်ဖိုင် သို့မဟုတ် စာရွက်စာတမ်း။</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>ပုံများ (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ဖိုင်တစ်ခု ရွေးပါ</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ဖိုင်ကို ဖတ်၍ မရပါ- %1</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown. Choose a photo.</source>
        <translation>ဤဖိုင်သည် ပြသနိုင်သော ပုံ မဟုတ်ပါ။ ဓာတ်ပုံတစ်ပုံ ရွေးပါ။</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera</source>
        <translation>ကွန်ပျူတာ၏ ကင်မရာဖြင့် ဓာတ်ပုံရိုက်ပါ</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera, or choose a photo or a scan from a file (taken with a phone or a scanner).</source>
        <translation>ကွန်ပျူတာ၏ ကင်မရာဖြင့် ဓာတ်ပုံရိုက်ပါ၊ သို့မဟုတ် ဖိုင်မှ ဓာတ်ပုံ သို့မဟုတ် စကင်ဖတ်ထားသည့်ဖိုင်ကို ရွေးပါ (ဖုန်း သို့မဟုတ် စကင်နာဖြင့် ရိုက်ထားသည်)။</translation>
    </message>
    <message>
        <source>The file cannot be kept: the interview is not saved yet.</source>
        <translation>ဖိုင်ကို သိမ်းထား၍ မရပါ- အင်တာဗျူးကို မသိမ်းရသေးပါ။</translation>
    </message>
    <message>
        <source>The photo was %1 × %2 pixels; a smaller copy was kept.</source>
        <translation>ဓာတ်ပုံသည် %1 × %2 ပစ်ဇယ် ရှိသဖြင့် ပိုသေးသော မိတ္တူကို သိမ်းထားပါသည်။</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ဖိုင် မရွေးရသေးပါ။</translation>
    </message>
    <message>
        <source>The file %1 is not in this workspace.</source>
        <translation>ဖိုင် %1 သည် ဤအလုပ်ခွင်တွင် မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is %1; a form can keep files up to %2. Choose a smaller file, or scan the document at a lower resolution.</source>
        <translation>ဤဖိုင်သည် %1 ရှိပါသည်။ ပုံစံတစ်ခုတွင် %2 အထိသာ ဖိုင် သိမ်းနိုင်ပါသည်။ ပိုသေးသော ဖိုင်ကို ရွေးပါ၊ သို့မဟုတ် စာရွက်စာတမ်းကို ကြည်လင်ပြတ်သားမှု နိမ့်၍ စကင်ဖတ်ပါ။</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>ဤပုံကို ပြသ၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used on this laptop: a part of the system that fieldcase needs for it is missing. Photos can still be chosen from files.</source>
        <translation>ဤကွန်ပျူတာတွင် ကင်မရာကို အသုံးမပြုနိုင်ပါ- ကင်မရာအတွက် fieldcase လိုအပ်သော စနစ်၏ အစိတ်အပိုင်းတစ်ခု မရှိပါ။ ဖိုင်များမှ ဓာတ်ပုံများကို ဆက်၍ ရွေးနိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Plug one in, or choose the photo from a file.</source>
        <translation>ဤကွန်ပျူတာတွင် ကင်မရာ မတွေ့ပါ။ ကင်မရာတစ်ခု တပ်ဆင်ပါ၊ သို့မဟုတ် ဖိုင်မှ ဓာတ်ပုံကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>fieldcase is not allowed to use the camera. Allow it in the system&apos;s privacy settings, or choose the photo from a file.</source>
        <translation>fieldcase ကို ကင်မရာ အသုံးပြုခွင့် မပေးထားပါ။ စနစ်၏ ကိုယ်ရေးလုံခြုံမှု ဆက်တင်များတွင် ခွင့်ပြုပါ၊ သို့မဟုတ် ဖိုင်မှ ဓာတ်ပုံကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>ဓာတ်ပုံ ရိုက်ရန်</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>ကင်မရာ (&amp;C):</translation>
    </message>
    <message>
        <source>Hold the document flat, close enough to fill the picture, in good light. Take the photo when the writing is sharp. The photo is kept only in this workspace.</source>
        <translation>စာရွက်စာတမ်းကို ပြားပြားချထားပါ၊ ပုံပြည့်အောင် နီးနီးကပ်ကပ်၊ အလင်းကောင်းသောနေရာတွင် ရိုက်ပါ။ စာလုံးများ ပြတ်ပြတ်သားသား မြင်ရသောအခါ ဓာတ်ပုံရိုက်ပါ။ ဓာတ်ပုံကို ဤအလုပ်ခွင်တွင်သာ သိမ်းထားပါသည်။</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>ဓာတ်ပုံ ရိုက်ရန် (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>ပြန်ရိုက်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>ဤဓာတ်ပုံကို သုံးရန် (&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>ကင်မရာကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>The camera stopped working. Another program may be using it, or it was unplugged. Close the other program or plug the camera in, then try again.</source>
        <translation>ကင်မရာ အလုပ်မလုပ်တော့ပါ။ အခြားပရိုဂရမ်တစ်ခုက အသုံးပြုနေခြင်း သို့မဟုတ် ကင်မရာကို ဖြုတ်လိုက်ခြင်း ဖြစ်နိုင်ပါသည်။ ထိုပရိုဂရမ်ကို ပိတ်ပါ သို့မဟုတ် ကင်မရာကို ပြန်တပ်ပါ၊ ထို့နောက် ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>The photo could not be made. Take it again.</source>
        <translation>ဓာတ်ပုံကို ပြုလုပ်၍ မရပါ။ ထပ်ရိုက်ပါ။</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>ပူးတွဲဖိုင်များ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>မေးခွန်း</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>သိမ်းသည့်ရက်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>အမည်သစ်ဖြင့် သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy outside the workspace; the audit log records it.</source>
        <translation>ကုဒ်မဝှက်ထားသော မိတ္တူကို အလုပ်ခွင် အပြင်ဘက်တွင် ရေးသားပါမည်။ စစ်ဆေးရေး မှတ်တမ်းတွင် ၎င်းကို မှတ်တမ်းတင်ပါမည်။</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>မိတ္တူ သိမ်းရန်</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>မိတ္တူကို %1 တွင် သိမ်းပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Print case file</source>
        <translation>ကိစ္စမှတ်တမ်းဖိုင် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>A PDF of this case for a partner without the app: the person&apos;s details, consents, timeline and every interview, in one language or two side by side.</source>
        <translation>အက်ပ်မရှိသော မိတ်ဖက်အဖွဲ့အတွက် ဤကိစ္စ၏ PDF- ထိုသူ၏ အသေးစိတ်အချက်များ၊ သဘောတူခွင့်ပြုချက်များ၊ အဖြစ်အပျက်စဉ်နှင့် အင်တာဗျူးအားလုံး၊ ဘာသာစကားတစ်ခုတည်း သို့မဟုတ် နှစ်ခုကို ဘေးချင်းယှဉ်၍။</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ဘာသာစကား (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Beside it</source>
        <translation>ဘေးတွင် (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>အဖြစ် သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>ဒုတိယဘာသာစကား မပါ</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ရွေးရန်… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>PDF ရေးရန် (&amp;W)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Save the case file as</source>
        <translation>ကိစ္စမှတ်တမ်းဖိုင်ကို အောက်ပါအတိုင်း သိမ်းရန်</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the case file first.</source>
        <translation>ကိစ္စမှတ်တမ်းဖိုင်ကို သိမ်းမည့်နေရာ ဦးစွာ ရွေးပါ။</translation>
    </message>
    <message>
        <source>Print an identified case file</source>
        <translation>ကိုယ်ရေးအထောက်အထားပါသော ကိစ္စမှတ်တမ်းဖိုင် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>This file will leave the encryption: anyone who gets it, or a copy or a print of it, can read this person&apos;s name and story.</source>
        <translation>ဤဖိုင်သည် ကုဒ်ဝှက်ထားမှု အပြင်သို့ ရောက်သွားပါမည်- ၎င်းကို သို့မဟုတ် ၎င်း၏ မိတ္တူ သို့မဟုတ် ပုံနှိပ်စာကို ရရှိသူမည်သူမဆို ဤသူ၏ အမည်နှင့် ဖြစ်ရပ်ကို ဖတ်နိုင်ပါမည်။</translation>
    </message>
    <message>
        <source>Save it only on an encrypted drive, give it only to people allowed to see it, and delete it (and shred the paper) when it is no longer needed. Printing is recorded in the audit log.</source>
        <translation>ကုဒ်ဝှက်ထားသော ဒရိုက်ပေါ်တွင်သာ သိမ်းပါ၊ ကြည့်ခွင့်ရှိသူများကိုသာ ပေးပါ၊ မလိုအပ်တော့သည့်အခါ ဖျက်ပစ်ပါ (စာရွက်ကိုလည်း ဖျက်ဆီးပါ)။ ပုံနှိပ်ခြင်းကို စစ်ဆေးမှတ်တမ်းတွင် မှတ်တမ်းတင်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Write the unencrypted PDF</source>
        <translation>ကုဒ်မဝှက်ထားသော PDF ကို ရေးရန်</translation>
    </message>
    <message>
        <source>Writing the case file…</source>
        <translation>ကိစ္စမှတ်တမ်းဖိုင်ကို ရေးနေသည်…</translation>
    </message>
    <message numerus="yes">
        <source>The case file was saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>ကိစ္စမှတ်တမ်းဖိုင်ကို %1 အဖြစ် သိမ်းပြီးပါပြီ (စာမျက်နှာ %n)။</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: the case file was not written, and no part of it was left.</source>
        <translation>ဒစ်ခ် ပြည့်နေပါသည်- ကိစ္စမှတ်တမ်းဖိုင်ကို မရေးရသေးပါ၊ ၎င်း၏ မည်သည့်အပိုင်းမျှ ကျန်မနေပါ။</translation>
    </message>
    <message>
        <source>The case file cannot be written in the folder %1. Choose another folder: nothing was written.</source>
        <translation>ကိစ္စမှတ်တမ်းဖိုင်ကို %1 ဖိုင်တွဲတွင် မရေးနိုင်ပါ။ အခြားဖိုင်တွဲကို ရွေးပါ- မည်သည့်အရာမျှ မရေးရသေးပါ။</translation>
    </message>
</context>
<context>
    <name>CaseFilePdf</name>
    <message>
        <source>Confidential: do not copy or pass on</source>
        <translation>လျှို့ဝှက်- မိတ္တူမကူးရ၊ လက်ဆင့်မကမ်းရ</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>သဘောတူခွင့်ပြုချက် မှတ်တမ်းမရှိပါ</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>သဘောတူခွင့်ပြုချက်များ</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>ကိစ္စမှတ်တမ်းဖိုင်</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from fieldcase. This paper is outside the app&apos;s encryption: keep it locked away, give it only to people allowed to see it, and destroy it when it is no longer needed.</source>
        <translation>%1 က %2 တွင် fieldcase မှ ပုံနှိပ်သည်။ ဤစာရွက်သည် အက်ပ်၏ ကုဒ်ဝှက်ထားမှု အပြင်ဘက်တွင် ရှိသည်- သော့ခတ်၍ သိမ်းထားပါ၊ ကြည့်ခွင့်ရှိသူများကိုသာ ပေးပါ၊ မလိုအပ်တော့သည့်အခါ ဖျက်ဆီးပါ။</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>စာမျက်နှာ %1 / %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>ကိစ္စ %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>ပုံနှိပ်သည့်နေ့ %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>နောက်တစ်ကြိမ် စောင့်ကြည့်ရက်</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ကွဲလွဲချက်များ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ရက်ကျော်လွန်ပြီ</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>မကြာမီ ရောက်တော့မည်</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(အမည် မှတ်တမ်းမတင်ရသေးပါ)</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ထားဆဲ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>လွှဲပြောင်းပြီး</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>ကမ္ဘောဒီးယား</translation>
    </message>
    <message>
        <source>China</source>
        <translation>တရုတ်</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>လာအို</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ထိုင်း</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>ဗီယက်နမ်</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>လက်တင်အက္ခရာဖြင့် အမည်</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ကျား/မ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>အသက်</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>မွေးသက္ကရာဇ်</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>ပြန်လာသည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>အမြတ်ထုတ်ခံရမှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Place of recruitment</source>
        <translation>စုဆောင်းခံရသည့် နေရာ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>အဖွဲ့</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Status at closure</source>
        <translation>ပိတ်သိမ်းချိန် အခြေအနေ</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>ပိတ်သိမ်းရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>လွှဲပြောင်းပေးသည့် အဖွဲ့</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <translation>ပိတ်ပြီး၊ လွှဲပြောင်းပြီး</translation>
    </message>
    <message>
        <source>Reintegration goals reached</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး ပန်းတိုင်များ ပြည့်မီပြီ</translation>
    </message>
    <message>
        <source>The person asked to close the case</source>
        <translation>ထိုသူက ကိစ္စရပ်ကို ပိတ်ရန် တောင်းဆိုခဲ့သည်</translation>
    </message>
    <message>
        <source>Transferred to another organisation</source>
        <translation>အခြားအဖွဲ့အစည်းသို့ လွှဲပြောင်းသည်</translation>
    </message>
    <message>
        <source>The person moved out of the team&apos;s area</source>
        <translation>ထိုသူသည် အဖွဲ့၏ နယ်မြေမှ ပြောင်းရွှေ့သွားသည်</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>အဆက်အသွယ် ပြတ်သွားသည်</translation>
    </message>
    <message>
        <source>The person has died</source>
        <translation>ထိုသူ ကွယ်လွန်သွားပြီ</translation>
    </message>
    <message>
        <source>Assessed as not a victim of trafficking</source>
        <translation>လူကုန်ကူးခံရသူ မဟုတ်ဟု အကဲဖြတ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>အခြားအကြောင်းရင်း</translation>
    </message>
    <message>
        <source>Reintegration support</source>
        <translation>ပြန်လည်ပေါင်းစည်းရေး အထောက်အပံ့</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>ဥပဒေ အကူအညီ</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>ကျန်းမာရေး စောင့်ရှောက်မှု</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>ခိုလှုံရာ နေရာ</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>မိသားစုကို ရှာဖွေခြင်း</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>လက်ခံမှတ်ပုံတင်ခြင်း</translation>
    </message>
    <message>
        <source>Interview added to this case</source>
        <translation>ဤကိစ္စရပ်ထဲသို့ အင်တာဗျူး ထည့်ပြီး</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>အချက်အလက် ပြင်ဆင်ခဲ့သည်</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံခြင်း</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>%1 သို့ လွှဲပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <source>Referral accepted by %1</source>
        <translation>%1 က လွှဲပြောင်းမှုကို လက်ခံခဲ့သည်</translation>
    </message>
    <message>
        <source>Referral declined by %1</source>
        <translation>%1 က လွှဲပြောင်းမှုကို ငြင်းပယ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>ကိစ္စရပ်ကို ပိတ်လိုက်သည်</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>ကိစ္စရပ်ကို ပြန်ဖွင့်လိုက်သည်</translation>
    </message>
    <message>
        <source>Linked: possibly the same person</source>
        <translation>ချိတ်ဆက်ထားသည်- လူတစ်ဦးတည်း ဖြစ်နိုင်သည်</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>ကွဲလွဲချက်ကို ဖြေရှင်းပြီး</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>သဘောတူခွင့်ပြုချက်ကို ပြန်ရုပ်သိမ်းပြီး</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(အမည် မှတ်တမ်းမတင်ရသေးပါ)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>နောက်တစ်ကြိမ် စောင့်ကြည့်ရက်</translation>
    </message>
    <message>
        <source>In conflict: %1</source>
        <translation>ကွဲလွဲနေသည်- %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>အင်တာဗျူးကို ဖတ်ရန် နှစ်ချက်နှိပ်ပါ သို့မဟုတ် Enter ကို နှိပ်ပါ</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>ဖြေရှင်းရန်…</translation>
    </message>
    <message>
        <source>A supervisor will choose the right value.</source>
        <translation>ကြီးကြပ်သူက မှန်ကန်သော တန်ဖိုးကို ရွေးချယ်ပါမည်။</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>စာရင်းသို့ ပြန်သွားရန် (&amp;B)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>ပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>ကွဲလွဲနေသော တန်ဖိုးများ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ဖြစ်စဉ် အချိန်စဉ်</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ဖြစ်ခဲ့သည့်အရာ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ဆောင်ရွက်သူ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <source>New &amp;follow-up</source>
        <translation>နောက်ဆက်တွဲ အသစ် (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>လွှဲပြောင်းရန်… (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>ကိစ္စရပ် ပိတ်ရန်… (&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;open case…</source>
        <translation>ကိစ္စရပ် ပြန်ဖွင့်ရန်… (&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;nsent withdrawn…</source>
        <translation>သဘောတူခွင့်ပြုချက် ပြန်ရုပ်သိမ်းရန်… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Erase case…</source>
        <translation>ကိစ္စရပ်ကို ဖျက်ရန်… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print case file…</source>
        <translation>ကိစ္စမှတ်တမ်းဖိုင် ပုံနှိပ်ရန်… (&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P: a PDF of this case, to give to a partner</source>
        <translation>Ctrl+P- မိတ်ဖက်အဖွဲ့ကို ပေးရန် ဤကိစ္စ၏ PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>ကိစ္စရပ်ကို ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>ကိစ္စရပ် အခြေအနေ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>အကြောင်းရင်း</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
</context>
<context>
    <name>ConflictsWidget</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>ဖြေရှင်းရန် ကွဲလွဲချက်များ</translation>
    </message>
    <message>
        <source>Two laptops changed the same detail of a case before they synced. Both values are kept until you choose the right one.</source>
        <translation>ကွန်ပျူတာ နှစ်လုံးက ဒေတာ မချိန်ကိုက်မီ ကိစ္စရပ်တစ်ခု၏ အချက်တစ်ခုတည်းကို ပြင်ဆင်ခဲ့ကြသည်။ မှန်ကန်သော တန်ဖိုးကို သင် ရွေးချယ်သည်အထိ တန်ဖိုးနှစ်ခုစလုံးကို သိမ်းထားပါသည်။</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>အချက်အလက်</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>တန်ဖိုးများ</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>ဖြေရှင်းရန် ကွဲလွဲချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ကိစ္စရပ်စာရင်းသို့ ပြန်သွားရန် (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>ကိစ္စရပ် ဖွင့်ရန် (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>ဖြေရှင်းရန်… (&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>ထပ်ပြရန် (&amp;M)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Earlier</source>
        <translation>ယခင်</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Counting the cases…</source>
        <translation>ကိစ္စရပ်များကို ရေတွက်နေသည်…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>မှတ်တမ်းမတင်ထားပါ</translation>
    </message>
    <message>
        <source>Cases on this laptop: %1 (open %2, referred %3, closed %4)</source>
        <translation>ဤကွန်ပျူတာရှိ ကိစ္စရပ်များ- %1 (ဖွင့်ထားဆဲ %2၊ လွှဲပြောင်းပြီး %3၊ ပိတ်ပြီး %4)</translation>
    </message>
    <message>
        <source>Follow-ups due soon: %1 · overdue: %2 · cases with open conflicts: %3</source>
        <translation>မကြာမီ ရောက်မည့် နောက်ဆက်တွဲများ- %1 · ရက်ကျော်ပြီ- %2 · မဖြေရှင်းရသေးသော ကွဲလွဲချက်ရှိသည့် ကိစ္စရပ်များ- %3</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>%1 တွင် ရေတွက်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>မရေတွက်ရသေးပါ။</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>ဤကာလအတွက် ပြစရာ မရှိပါ။</translation>
    </message>
    <message>
        <source>People identified, by month and citizenship</source>
        <translation>ခွဲခြားသတ်မှတ်ခဲ့သော လူများ၊ လနှင့် နိုင်ငံသားအလိုက်</translation>
    </message>
    <message>
        <source>Returns, by month and citizenship</source>
        <translation>ပြန်လာမှုများ၊ လနှင့် နိုင်ငံသားအလိုက်</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ပြီးပြီ</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>မကြာမီ ရောက်တော့မည်</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ရက်ကျော်လွန်ပြီ</translation>
    </message>
    <message>
        <source>Follow-up visits: done, due soon and overdue, by month</source>
        <translation>နောက်ဆက်တွဲ သွားရောက်တွေ့ဆုံမှုများ- ပြီးပြီ၊ မကြာမီ ရောက်မည်နှင့် ရက်ကျော်ပြီ၊ လအလိုက်</translation>
    </message>
    <message>
        <source>Types of exploitation (all cases)</source>
        <translation>အမြတ်ထုတ်ခံရမှု အမျိုးအစားများ (ကိစ္စရပ်အားလုံး)</translation>
    </message>
    <message>
        <source>Cases with open conflicts, by team</source>
        <translation>မဖြေရှင်းရသေးသော ကွဲလွဲချက်ရှိသည့် ကိစ္စရပ်များ၊ အဖွဲ့အလိုက်</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>မဖြေရှင်းရသေးသော ကွဲလွဲချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>အဖွဲ့ မရှိ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ခြုံငုံသုံးသပ်ချက်</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ပြန်လည်ဆန်းသစ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>ပုံအဖြစ် သိမ်းရန်… (&amp;I)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF အဖြစ် သိမ်းရန်… (&amp;P)</translation>
    </message>
    <message>
        <source>V&amp;erification report</source>
        <translation>အတည်ပြုစစ်ဆေးမှု အစီရင်ခံစာ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ကိစ္စရပ်စာရင်းသို့ ပြန်သွားရန် (&amp;B)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG ပုံ (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF စာရွက်စာတမ်း (*.pdf)</translation>
    </message>
    <message>
        <source>Save the overview as</source>
        <translation>ခြုံငုံသုံးသပ်ချက်ကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>fieldcase: overview</source>
        <translation>fieldcase- ခြုံငုံသုံးသပ်ချက်</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>သိမ်းဆည်းနေသည်…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 တွင် သိမ်းပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>e.g. 15/3/2026 or 2026-03-15</source>
        <translation>ဥပမာ 15/3/2026 သို့မဟုတ် 2026-03-15</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ပြက္ခဒိန်</translation>
    </message>
</context>
<context>
    <name>DeviceApprovalDialog</name>
    <message>
        <source>Approve the team&apos;s laptops</source>
        <translation>အဖွဲ့၏ ကွန်ပျူတာများကို အတည်ပြုရန်</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>These laptops are enrolled with the server but were not approved on this laptop. Choose one, ask its user to read the fingerprint their own laptop shows, and type it below. It is approved only if every group is the same as the keys the server holds for it: this laptop then gives it the team key at its next sync. A laptop you do not know, or whose fingerprint differs, must not be approved.</source>
        <translation>ဤကွန်ပျူတာများသည် ဆာဗာတွင် စာရင်းသွင်းထားပြီးဖြစ်သော်လည်း ဤကွန်ပျူတာပေါ်တွင် အတည်မပြုရသေးပါ။ တစ်လုံးကို ရွေးပြီး ၎င်း၏ အသုံးပြုသူကို သူ့ကွန်ပျူတာက ပြသသော ဒစ်ဂျစ်တယ် လက်ဗွေကို ဖတ်ပြခိုင်းကာ အောက်တွင် ရိုက်ထည့်ပါ။ အုပ်စုတိုင်းသည် ဆာဗာက ၎င်းအတွက် သိမ်းထားသော သော့များနှင့် တူညီမှသာ အတည်ပြုပါမည်- ထို့နောက် ဤကွန်ပျူတာသည် နောက်တစ်ကြိမ် ထပ်တူပြုချိန်တွင် ၎င်းအား အဖွဲ့၏ သော့ကို ပေးပါမည်။ သင်မသိသော ကွန်ပျူတာ သို့မဟုတ် လက်ဗွေ မတူညီသော ကွန်ပျူတာကို အတည်မပြုရပါ။</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>ဆာဗာပေါ်တွင်</translation>
    </message>
    <message>
        <source>&amp;Fingerprint the chosen laptop shows:</source>
        <translation>ရွေးထားသော ကွန်ပျူတာက ပြသသော ဒစ်ဂျစ်တယ် လက်ဗွေ (&amp;F)-</translation>
    </message>
    <message>
        <source>Approved on this laptop:</source>
        <translation>ဤကွန်ပျူတာပေါ်တွင် အတည်ပြုထားသည်-</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>အတည်ပြုသူ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ပြန်လည်ဆန်းသစ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>အတည်ပြုရန် (&amp;A)</translation>
    </message>
    <message>
        <source>Approve as &amp;supervisor</source>
        <translation>ကြီးကြပ်သူအဖြစ် အတည်ပြုရန် (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>စောင့်ဆိုင်းနေသည်</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <source>member</source>
        <translation>အဖွဲ့ဝင်</translation>
    </message>
    <message>
        <source>%1 is approved: it receives the team key at this laptop&apos;s next sync.</source>
        <translation>%1 ကို အတည်ပြုပြီးပါပြီ- ဤကွန်ပျူတာ၏ နောက်တစ်ကြိမ် ထပ်တူပြုချိန်တွင် အဖွဲ့၏ သော့ကို ရရှိပါမည်။</translation>
    </message>
    <message>
        <source>No laptop waits for your approval.</source>
        <translation>သင်၏ အတည်ပြုချက်ကို စောင့်နေသော ကွန်ပျူတာ မရှိပါ။</translation>
    </message>
    <message>
        <source>Enrolled %1 · %2</source>
        <translation>စာရင်းသွင်းခဲ့သည် %1 · %2</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>ကွန်ပျူတာ %1</translation>
    </message>
    <message>
        <source>The fingerprint typed is not the one of the keys the server holds for this laptop. It was not approved. Ask its user to read it again; if it still differs, do not approve it and tell your coordinator.</source>
        <translation>ရိုက်ထည့်ထားသော ဒစ်ဂျစ်တယ် လက်ဗွေသည် ဆာဗာက ဤကွန်ပျူတာအတွက် သိမ်းထားသော သော့များ၏ လက်ဗွေ မဟုတ်ပါ။ အတည်မပြုခဲ့ပါ။ ၎င်း၏ အသုံးပြုသူကို ထပ်မံဖတ်ပြခိုင်းပါ။ မတူညီသေးပါက အတည်မပြုဘဲ သင့်ညှိနှိုင်းရေးမှူးကို အသိပေးပါ။</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>no name yet</source>
        <translation>အမည် မရှိသေး</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>မူကြမ်းများ (%1)</translation>
    </message>
    <message>
        <source>No interview is waiting.</source>
        <translation>စောင့်ဆိုင်းနေသော အင်တာဗျူး မရှိပါ။</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>ဆက်လုပ်ရန် (&amp;O)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>စွန့်ပစ်ရန်…</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>ဤမူကြမ်းကို စွန့်ပစ်မလား။</translation>
    </message>
    <message>
        <source>The answers of this interview will be deleted for good:
%1</source>
        <translation>ဤအင်တာဗျူး၏ အဖြေများကို အပြီးတိုင် ဖျက်ပစ်ပါမည် -
%1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ဆက်ထားရန်</translation>
    </message>
</context>
<context>
    <name>DuressBox</name>
    <message>
        <source>Duress password</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက်</translation>
    </message>
    <message>
        <source>Typed at the login screen like a normal password, the duress password erases this workspace at once and opens a look-alike in its place: the same users, roles and settings, but no cases. Work not yet synchronised is lost. Tell it only to people who may be forced to open this laptop.</source>
        <translation>ဝင်ရောက်သည့် မျက်နှာပြင်တွင် ပုံမှန် စကားဝှက်ကဲ့သို့ ရိုက်ထည့်လိုက်လျှင် ခြိမ်းခြောက်ခံရချိန် စကားဝှက်သည် ဤအလုပ်ခွင်ကို ချက်ချင်း ဖျက်ပစ်ပြီး ၎င်းနှင့် တူသော အလုပ်ခွင်တစ်ခုကို အစားထိုး ဖွင့်ပေးပါမည်- အသုံးပြုသူများ၊ အခန်းကဏ္ဍများနှင့် ဆက်တင်များ အတူတူပင် ဖြစ်သော်လည်း ကိစ္စ (case) တစ်ခုမျှ မပါပါ။ ဒေတာ မချိန်ကိုက်ရသေးသော အလုပ်များ ပျောက်ဆုံးသွားပါမည်။ ဤကွန်ပျူတာကို အတင်းအကျပ် ဖွင့်ခိုင်းခံရနိုင်သူများကိုသာ ပြောပြပါ။</translation>
    </message>
    <message>
        <source>D&amp;uress password</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက် (&amp;U)</translation>
    </message>
    <message>
        <source>Duress password a&amp;gain</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက် ထပ်မံရိုက်ထည့်ပါ (&amp;G)</translation>
    </message>
    <message>
        <source>Set duress password</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက် သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <source>Remove duress password</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက် ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>A duress password is set on this laptop.</source>
        <translation>ဤကွန်ပျူတာတွင် ခြိမ်းခြောက်ခံရချိန် စကားဝှက် သတ်မှတ်ထားပါသည်။</translation>
    </message>
    <message>
        <source>No duress password is set.</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက် သတ်မှတ်မထားပါ။</translation>
    </message>
    <message>
        <source>Please type the duress password twice.</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက်ကို နှစ်ကြိမ် ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
    </message>
    <message>
        <source>Setting the duress password…</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက်ကို သတ်မှတ်နေသည်…</translation>
    </message>
    <message>
        <source>The duress password is set.</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက်ကို သတ်မှတ်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>The duress password was removed.</source>
        <translation>ခြိမ်းခြောက်ခံရချိန် စကားဝှက်ကို ဖယ်ရှားပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this laptop with a sync server</source>
        <translation>ဤကွန်ပျူတာကို ဒေတာချိန်ကိုက်သည့် ဆာဗာတွင် စာရင်းသွင်းရန်</translation>
    </message>
    <message>
        <source>Paste the invitation your supervisor gave you, or type the server&apos;s address, the one-time code and the certificate fingerprint.</source>
        <translation>သင့်ကြီးကြပ်သူ ပေးထားသော ဖိတ်ကြားချက်ကို ကူးထည့်ပါ၊ သို့မဟုတ် ဆာဗာ လိပ်စာ၊ တစ်ကြိမ်သုံး ကုဒ်နှင့် အသိအမှတ်ပြုလက်မှတ်၏ ဒစ်ဂျစ်တယ် လက်ဗွေကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>ဖိတ်ကြားချက် (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>ဆာဗာ လိပ်စာ (&amp;S)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>တစ်ကြိမ်သုံး ကုဒ် (&amp;C)</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>အသိအမှတ်ပြုလက်မှတ်၏ ဒစ်ဂျစ်တယ် လက်ဗွေ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>စာရင်းသွင်းရန် (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Read this fingerprint to your supervisor. They compare it with the one their own laptop shows before approving this laptop:</source>
        <translation>ဤဒစ်ဂျစ်တယ် လက်ဗွေကို သင့်ကြီးကြပ်သူအား ဖတ်ပြပါ။ ကြီးကြပ်သူက ဤကွန်ပျူတာကို အတည်မပြုမီ ၎င်း၏ ကိုယ်ပိုင်ကွန်ပျူတာတွင် ပြသထားသော ဒစ်ဂျစ်တယ် လက်ဗွေနှင့် တိုက်ဆိုင်စစ်ဆေးပါမည်-</translation>
    </message>
    <message>
        <source>Once approved, this laptop joins its team and syncs by itself whenever the server can be reached.</source>
        <translation>အတည်ပြုပြီးသည်နှင့် ဤကွန်ပျူတာသည် ၎င်း၏ အဖွဲ့တွင် ပါဝင်သွားမည်ဖြစ်ပြီး ဆာဗာနှင့် ချိတ်ဆက်နိုင်သည့်အခါတိုင်း ဒေတာကို အလိုအလျောက် ချိန်ကိုက်ပါမည်။</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>This is not a fieldcase invitation.</source>
        <translation>ဤအရာသည် fieldcase ဖိတ်ကြားချက် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The server&apos;s address and the code are both needed.</source>
        <translation>ဆာဗာ လိပ်စာနှင့် ကုဒ် နှစ်ခုစလုံး လိုအပ်ပါသည်။</translation>
    </message>
    <message>
        <source>The server did not accept this code: it may be mistyped, already used or expired. Ask your supervisor for a new invitation.</source>
        <translation>ဆာဗာက ဤကုဒ်ကို လက်မခံပါ- ရိုက်မှားနေခြင်း၊ အသုံးပြုပြီးသား ဖြစ်နေခြင်း သို့မဟုတ် သက်တမ်းကုန်နေခြင်း ဖြစ်နိုင်ပါသည်။ ဖိတ်ကြားချက် အသစ်တစ်ခုကို သင့်ကြီးကြပ်သူထံ တောင်းပါ။</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Erase this case</source>
        <translation>ဤကိစ္စရပ်ကို ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Everything recorded about %1 will be erased from this laptop now, and from every laptop of the team when they next sync. Only a note that a case was erased remains. This cannot be undone. Copies already exported are not reached.</source>
        <translation>%1 နှင့်ပတ်သက်၍ မှတ်တမ်းတင်ထားသမျှကို ဤကွန်ပျူတာမှ ယခုပင် ဖျက်ပစ်မည်ဖြစ်ပြီး အဖွဲ့၏ ကွန်ပျူတာအားလုံးမှလည်း နောက်တစ်ကြိမ် ချိန်ကိုက်သောအခါ ဖျက်ပစ်မည်။ ကိစ္စရပ်တစ်ခု ဖျက်ခဲ့ကြောင်း မှတ်စုသာ ကျန်ရှိမည်။ ပြန်ပြင်၍ မရပါ။ ထုတ်ယူပြီးသော မိတ္တူများကို မဖျက်နိုင်ပါ။</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>ပြန်ပြင်၍ မရကြောင်း နားလည်ပါသည်</translation>
    </message>
    <message>
        <source>Why is it erased?</source>
        <translation>အဘယ်ကြောင့် ဖျက်သနည်း။</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The workspace folder is read-only: %1. The disk is mounted read-only, or you may not write there. Copy the folder to a writable disk to open it.</source>
        <translation>အလုပ်ခွင် ဖိုင်တွဲသည် ဖတ်ရန်သာ ဖြစ်နေပါသည်- %1။ ဒစ်ခ်ကို ဖတ်ရန်သာ တပ်ဆင်ထားသည်၊ သို့မဟုတ် သင် ထိုနေရာတွင် ရေးခွင့်မရှိပါ။ ဖွင့်ရန် ဖိုင်တွဲကို ရေးနိုင်သော ဒစ်ခ်သို့ ကူးယူပါ။</translation>
    </message>
    <message>
        <source>The folder is read-only: %1. The disk is mounted read-only, or you may not write there. Nothing was written.</source>
        <translation>ဖိုင်တွဲသည် ဖတ်ရန်သာ ဖြစ်နေပါသည်- %1။ ဒစ်ခ်ကို ဖတ်ရန်သာ တပ်ဆင်ထားသည်၊ သို့မဟုတ် သင် ထိုနေရာတွင် ရေးခွင့်မရှိပါ။ ဘာမျှ ရေးမထားပါ။</translation>
    </message>
    <message>
        <source>This cannot be written: %1. The disk is mounted read-only, or you may not write there.</source>
        <translation>ရေး၍ မရပါ- %1။ ဒစ်ခ်ကို ဖတ်ရန်သာ တပ်ဆင်ထားသည်၊ သို့မဟုတ် သင် ထိုနေရာတွင် ရေးခွင့်မရှိပါ။</translation>
    </message>
    <message>
        <source>The password cannot be read: it holds characters that are not text. Type it again.</source>
        <translation>စကားဝှက်ကို ဖတ်၍ မရပါ- စာသား မဟုတ်သော အက္ခရာများ ပါနေပါသည်။ ထပ်မံ ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The key file of this workspace is damaged: the password of this name cannot be checked. Another user or the recovery code may still open the workspace; ask your supervisor for help.</source>
        <translation>ဤအလုပ်ခွင်၏ သော့ဖိုင် ပျက်စီးနေပါသည်- ဤအမည်၏ စကားဝှက်ကို စစ်ဆေး၍ မရပါ။ အခြားအသုံးပြုသူ သို့မဟုတ် ပြန်လည်ရယူရန် ကုဒ်ဖြင့် အလုပ်ခွင်ကို ဖွင့်နိုင်ဦးမည် ဖြစ်သည်။ သင့်ကြီးကြပ်သူထံ အကူအညီ တောင်းပါ။</translation>
    </message>
    <message>
        <source>Your role in this workspace was changed outside the app, so this login is refused. Ask a supervisor to check the workspace.</source>
        <translation>ဤအလုပ်ခွင်ရှိ သင့်အခန်းကဏ္ဍကို အက်ပ်အပြင်ဘက်မှ ပြောင်းလဲထားသဖြင့် ဤဝင်ရောက်မှုကို ငြင်းပယ်လိုက်ပါသည်။ အလုပ်ခွင်ကို စစ်ဆေးရန် ကြီးကြပ်သူကို တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက် မှားနေပါသည်။</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>သင့်အခန်းကဏ္ဍဖြင့် ဤအရာကို ပြုလုပ်ခွင့် မရှိပါ။</translation>
    </message>
    <message>
        <source>The disk is full. This change was not saved; nothing saved before was lost.</source>
        <translation>ဒစ်ခ် ပြည့်နေပါသည်။ ဤပြောင်းလဲမှုကို သိမ်းဆည်း၍ မရခဲ့ပါ၊ ယခင်က သိမ်းဆည်းထားသမျှ မပျောက်ပါ။</translation>
    </message>
    <message>
        <source>A file of this workspace is damaged. Ask your supervisor for help.</source>
        <translation>ဤအလုပ်ခွင်၏ ဖိုင်တစ်ခု ပျက်စီးနေပါသည်။ သင့်ကြီးကြပ်သူထံ အကူအညီ တောင်းပါ။</translation>
    </message>
    <message>
        <source>This cannot be used: %1</source>
        <translation>ဤအရာကို အသုံးမပြုနိုင်ပါ- %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>တစ်ခုခု မှားယွင်းသွားပါသည်- %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV (Excel တွင် ဖွင့်နိုင်သည်)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel ဖိုင် (XLSX)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTCDS (common standard, CSV)</source>
        <translation>HTCDS (ဘုံစံနှုန်း၊ CSV)</translation>
    </message>
    <message>
        <source>De-identified, for research</source>
        <translation>သုတေသနအတွက် ကိုယ်ရေးအထောက်အထား ဖယ်ရှားထားသည်</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>k (&amp;K)-</translation>
    </message>
    <message>
        <source>None (codes)</source>
        <translation>မရှိ (ကုဒ်များအဖြစ်)</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>ဤရက်စွဲများသာ-</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>ပထမနေ့</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>နောက်ဆုံးနေ့</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>ကိစ္စရပ်အားလုံး</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>အဖွဲ့အားလုံး</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>ပုံစံအားလုံး</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ရွေးရန်… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ဖိုင်ပုံစံ (&amp;F)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>ကိုယ်ရေးလုံခြုံမှု</translation>
    </message>
    <message>
        <source>&amp;Labels in</source>
        <translation>အညွှန်းများ၏ ဘာသာစကား (&amp;L)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>ရက်စွဲများ</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation>ကိစ္စရပ် အခြေအနေ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>အဖွဲ့ (&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>ပုံစံ (&amp;O)</translation>
    </message>
    <message>
        <source>Save to fol&amp;der</source>
        <translation>သိမ်းမည့် ဖိုင်တွဲ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ထုတ်ယူရန် (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Save the export to</source>
        <translation>ထုတ်ယူထားသည်ကို သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <source>Choose a folder for the export first.</source>
        <translation>ထုတ်ယူရန်အတွက် ဖိုင်တွဲတစ်ခုကို ဦးစွာ ရွေးပါ။</translation>
    </message>
    <message>
        <source>Export identified data</source>
        <translation>ကိုယ်ရေးအထောက်အထားပါသော ဒေတာကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>These files will leave the encryption: anyone who gets the folder or a copy of it can read the names and stories of the people in it.</source>
        <translation>ဤဖိုင်များသည် ကုဒ်ဝှက်ထားမှု အပြင်သို့ ရောက်သွားပါမည်- ဖိုင်တွဲ သို့မဟုတ် ၎င်း၏မိတ္တူကို ရရှိသူမည်သူမဆို ထိုထဲရှိ လူများ၏ အမည်များနှင့် ဖြစ်ရပ်များကို ဖတ်နိုင်ပါမည်။</translation>
    </message>
    <message>
        <source>Save them only on an encrypted drive, share them only with people allowed to see them, and delete them when they are no longer needed. The export is recorded in the audit log.</source>
        <translation>ကုဒ်ဝှက်ထားသော ဒရိုက်ပေါ်တွင်သာ သိမ်းပါ၊ ကြည့်ခွင့်ရှိသူများနှင့်သာ မျှဝေပါ၊ မလိုအပ်တော့သည့်အခါ ဖျက်ပါ။ စစ်ဆေးရေး မှတ်တမ်းတွင် ဤထုတ်ယူမှုကို မှတ်တမ်းတင်ပါမည်။</translation>
    </message>
    <message>
        <source>Write unencrypted files</source>
        <translation>ကုဒ်မဝှက်ထားသော ဖိုင်များကို ရေးရန်</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>ထုတ်ယူနေသည်…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>ထုတ်ယူခြင်းကို ရပ်နေသည်…</translation>
    </message>
    <message>
        <source>Exporting… rows written: %1</source>
        <translation>ထုတ်ယူနေသည်… ရေးပြီးသော အတန်း- %1</translation>
    </message>
    <message>
        <source>The export is finished.</source>
        <translation>ထုတ်ယူခြင်း ပြီးဆုံးပါပြီ။</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>ဖိုင်များ- %1</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>ရေးပြီးသော အတန်း- %1</translation>
    </message>
    <message>
        <source>Cases left out because consent was withdrawn: %1</source>
        <translation>သဘောတူညီချက် ရုပ်သိမ်းထား၍ ချန်ထားသော ကိစ္စရပ်- %1</translation>
    </message>
    <message>
        <source>People left out because they did not agree to research use: %1</source>
        <translation>သုတေသနအတွက် အသုံးပြုရန် သဘောမတူသဖြင့် ချန်ထားသော လူများ- %1</translation>
    </message>
    <message>
        <source>Rows suppressed to protect identities: %1</source>
        <translation>ကိုယ်ရေးအထောက်အထား ကာကွယ်ရန် ဖယ်ထားသော အတန်း- %1</translation>
    </message>
    <message>
        <source>Forms not in this laptop&apos;s library, left out: %1</source>
        <translation>ဤကွန်ပျူတာတွင် မရှိသဖြင့် ချန်ထားသော ပုံစံများ- %1</translation>
    </message>
    <message>
        <source>A report of this export was saved as export-report.json.</source>
        <translation>ဤထုတ်ယူမှု၏ အစီရင်ခံစာကို export-report.json အဖြစ် သိမ်းထားပါသည်။</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was left behind.</source>
        <translation>ထုတ်ယူခြင်းကို ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်ဖိုင်မျှ ကျန်မနေပါ။</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Review and finish</source>
        <translation>ပြန်စစ်ဆေးပြီး အဆုံးသတ်ရန်</translation>
    </message>
    <message>
        <source>Undo the link: open a new case</source>
        <translation>ချိတ်ဆက်မှုကို ပြန်ဖျက်ရန်- ကိစ္စရပ်အသစ် ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Questions to complete</source>
        <translation>ဖြေရန် ကျန်သော မေးခွန်းများ</translation>
    </message>
    <message>
        <source>The answers, as they will be saved:</source>
        <translation>သိမ်းဆည်းမည့်အတိုင်း အဖြေများ-</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>မေးခွန်း</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>အဖြေ</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>အင်တာဗျူးကို အဆုံးသတ်ရန်</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction:</source>
        <translation>
            <numerusform>ဖြေရန် သို့မဟုတ် ပြင်ရန် မေးခွန်း %n ခု ကျန်ပါသေးသည်-</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is answered. Finishing saves the interview for good: it cannot be changed afterwards.</source>
        <translation>လိုအပ်သော မေးခွန်းအားလုံး ဖြေပြီးပါပြီ။ အဆုံးသတ်လိုက်လျှင် အင်တာဗျူးကို အပြီးတိုင် သိမ်းဆည်းမည်ဖြစ်ပြီး နောက်ပိုင်းတွင် ပြင်ဆင်၍ မရတော့ပါ။</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <source>Welcome to fieldcase</source>
        <translation>fieldcase သို့ ကြိုဆိုပါသည်</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Create the workspace now: you will be its first supervisor and can add your colleagues later.</source>
        <translation>သင် မှတ်တမ်းတင်သမျှကို ဤကွန်ပျူတာပေါ်တွင် ကုဒ်ဝှက်၍ သိမ်းဆည်းထားပါသည်။ ယခု အလုပ်ခွင်ကို ဖန်တီးပါ- သင်သည် ၎င်း၏ ပထမဆုံး ကြီးကြပ်သူ ဖြစ်လာမည်ဖြစ်ပြီး လုပ်ဖော်ကိုင်ဖက်များကို နောက်မှ ထည့်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>သင့်အမည်</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>စကားဝှက် ထပ်မံရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ရွေးရန်… (&amp;H)</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>အလုပ်ခွင် ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>သင့် ပြန်လည်ရယူရန် ကုဒ်</translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way back into the workspace. Write it on paper now and keep it somewhere safe, away from the laptop. It will not be shown again.</source>
        <translation>စကားဝှက်အားလုံးကို မေ့သွားပါက ဤကုဒ်သည် အလုပ်ခွင်ထဲသို့ ပြန်ဝင်နိုင်မည့် တစ်ခုတည်းသော နည်းလမ်း ဖြစ်ပါသည်။ ယခုပင် စက္ကူပေါ်တွင် ရေးမှတ်ပြီး ကွန်ပျူတာနှင့် ဝေးသော လုံခြုံသည့်နေရာတွင် သိမ်းထားပါ။ ဤကုဒ်ကို နောက်တစ်ကြိမ် ပြသမည် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>ပြန်လည်ရယူရန် ကုဒ်ကို ရေးမှတ်ပြီးပါပြီ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ဆက်လုပ်ရန်</translation>
    </message>
    <message>
        <source>This folder already holds a fieldcase workspace. Choose another folder.</source>
        <translation>ဤဖိုင်တွဲတွင် fieldcase အလုပ်ခွင် ရှိပြီးသား ဖြစ်သည်။ အခြားဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or type the name of a new one.</source>
        <translation>ဤဖိုင်တွဲသည် ဗလာမဟုတ်ပါ။ ဗလာဖိုင်တွဲကို ရွေးပါ သို့မဟုတ် ဖိုင်တွဲအသစ်၏ အမည်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>ဤအရာသည် ဖိုင်ဖြစ်ပြီး ဖိုင်တွဲ မဟုတ်ပါ။ ဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>fieldcase cannot write in this folder. Choose a folder of your own.</source>
        <translation>fieldcase သည် ဤဖိုင်တွဲတွင် မရေးနိုင်ပါ။ သင့်ကိုယ်ပိုင် ဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Choose a folder, or type its full path.</source>
        <translation>ဖိုင်တွဲကို ရွေးပါ သို့မဟုတ် ၎င်း၏ လမ်းကြောင်းအပြည့်အစုံကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Folder for the workspace</source>
        <translation>အလုပ်ခွင်အတွက် ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>သင့်အမည်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>စကားဝှက်တွင် အနည်းဆုံး စာလုံး 8 လုံး ရှိရပါမည်။</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
    </message>
    <message>
        <source>Deriving the key from your password…</source>
        <translation>သင့်စကားဝှက်မှ သော့ကို ထုတ်ယူနေသည်…</translation>
    </message>
    <message>
        <source>Protecting the workspace with the recovery code…</source>
        <translation>ပြန်လည်ရယူရန် ကုဒ်ဖြင့် အလုပ်ခွင်ကို ကာကွယ်နေသည်…</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>စာဝှက်ထားသော ဒေတာဘေ့စ်ကို ဖန်တီးနေသည်…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>အပြီးသတ်နေသည်…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>ပြင်ဆင်နေသည်…</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <source>Latitude, e.g. 13.7563</source>
        <translation>လတ္တီတွဒ် ဥပမာ 13.7563</translation>
    </message>
    <message>
        <source>Longitude, e.g. 100.5018</source>
        <translation>လောင်ဂျီတွဒ် ဥပမာ 100.5018</translation>
    </message>
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>No case matches this search and these filters.</source>
        <translation>ဤရှာဖွေမှုနှင့် စစ်ထုတ်မှုများနှင့် ကိုက်ညီသော ကိစ္စရပ် မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>ကိစ္စရပ်- %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n or more</source>
        <translation>
            <numerusform>ကိစ္စရပ်- %n နှင့်အထက်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>ရောက်ရှိနေသော နောက်ဆက်တွဲများ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>မင်္ဂလာပါ %1</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ရှာဖွေရန် (&amp;S)</translation>
    </message>
    <message>
        <source>A name, in any script or in Latin letters</source>
        <translation>အမည် (မည်သည့်အက္ခရာဖြင့်မဆို သို့မဟုတ် လက်တင်အက္ခရာဖြင့်)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>အခြေအနေ အားလုံး</translation>
    </message>
    <message>
        <source>All citizenships</source>
        <translation>နိုင်ငံသား အားလုံး</translation>
    </message>
    <message>
        <source>Any follow-up date</source>
        <translation>နောက်ဆက်တွဲ ရက်စွဲ အားလုံး</translation>
    </message>
    <message>
        <source>Follow-up due or overdue</source>
        <translation>နောက်ဆက်တွဲ ရောက်ပြီ သို့မဟုတ် ရက်ကျော်ပြီ</translation>
    </message>
    <message>
        <source>Follow-up due soon</source>
        <translation>နောက်ဆက်တွဲ မကြာမီ ရောက်မည်</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>နောက်ဆက်တွဲ ရက်ကျော်ပြီ</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>လက်ခံမှတ်ပုံတင်ခြင်း အသစ် (&amp;I)</translation>
    </message>
    <message>
        <source>No follow-up is due now.</source>
        <translation>ယခု ရောက်ရှိနေသော နောက်ဆက်တွဲ မရှိပါ။</translation>
    </message>
    <message>
        <source>You are logged in as an interpreter</source>
        <translation>သင်သည် စကားပြန်အဖြစ် ဝင်ရောက်ထားသည်</translation>
    </message>
    <message>
        <source>An interpreter helps in the interviews a social worker runs. You do not see the case list and cannot open or change a case: the interview happens on the social worker&apos;s login, with you beside her.</source>
        <translation>စကားပြန်သည် လူမှုဝန်ထမ်းက ဆောင်ရွက်သော တွေ့ဆုံမေးမြန်းမှုများတွင် ကူညီပါသည်။ သင်သည် ကိစ္စရပ်စာရင်းကို မမြင်ရဘဲ ကိစ္စရပ်ကို ဖွင့်ခြင်း သို့မဟုတ် ပြောင်းလဲခြင်း မပြုနိုင်ပါ- တွေ့ဆုံမေးမြန်းမှုကို လူမှုဝန်ထမ်း၏ ဝင်ရောက်မှုပေါ်တွင် သင် သူမဘေးတွင်ရှိစဉ် ပြုလုပ်ပါသည်။</translation>
    </message>
    <message>
        <source>How a social worker opens an interview for you:
1. Click &quot;Switch user&quot; below; the social worker logs in with her own name.
2. She opens the interview (New intake, or New follow-up in the person&apos;s case) and ticks &quot;Interpreter mode: show two languages&quot;.
3. She chooses the person&apos;s language: each question then shows in both languages, and she records your name as the interpreter.</source>
        <translation>လူမှုဝန်ထမ်းက သင့်အတွက် တွေ့ဆုံမေးမြန်းမှုကို ဖွင့်ပုံ-
1. အောက်ရှိ &quot;အသုံးပြုသူ ပြောင်းရန်&quot; ကို နှိပ်ပါ။ လူမှုဝန်ထမ်းသည် မိမိ၏ အမည်ဖြင့် ဝင်ရောက်ပါသည်။
2. သူမသည် တွေ့ဆုံမေးမြန်းမှုကို ဖွင့်ပြီး (လက်ခံမှတ်ပုံတင်ခြင်း အသစ်၊ သို့မဟုတ် ထိုသူ၏ ကိစ္စရပ်ထဲရှိ နောက်ဆက်တွဲ အသစ်) &quot;စကားပြန် မုဒ်- ဘာသာစကား နှစ်မျိုး ပြရန်&quot; ကို အမှန်ခြစ်ပါသည်။
3. သူမသည် ထိုသူ၏ ဘာသာစကားကို ရွေးပါသည်- ထို့နောက် မေးခွန်းတိုင်းကို ဘာသာစကား နှစ်မျိုးဖြင့် ပြပြီး သင့်အမည်ကို စကားပြန်အဖြစ် မှတ်တမ်းတင်ပါသည်။</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>အသုံးပြုသူ ပြောင်းရန် (&amp;S)</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>ကိစ္စရပ် မရှိသေးပါ။ လက်ခံမှတ်ပုံတင်ခြင်း ပြီးဆုံးသည်နှင့် ကိစ္စရပ်အသစ်များ ဤနေရာတွင် ပေါ်လာပါမည်။</translation>
    </message>
</context>
<context>
    <name>InterpreterScreen</name>
    <message>
        <source>%1 — with %2</source>
        <translation>%1 — %2 နှင့်</translation>
    </message>
    <message>
        <source>Interviews you assist</source>
        <translation>သင် ဘာသာပြန်ကူညီသော အင်တာဗျူးများ</translation>
    </message>
    <message>
        <source>These are the interviews a social worker named you in as interpreter. Open one to read each question and note the answers; the social worker sees what you saved when she opens the interview again, and she finishes it. You see nothing else of this workspace.</source>
        <translation>ဤအရာများသည် လူမှုဝန်ထမ်းတစ်ဦးက သင့်ကို စကားပြန်အဖြစ် အမည်တပ်ထားသော အင်တာဗျူးများ ဖြစ်သည်။ မေးခွန်းတစ်ခုချင်းကို ဖတ်ရန်နှင့် အဖြေများ မှတ်ရန် တစ်ခုကို ဖွင့်ပါ။ လူမှုဝန်ထမ်းသည် အင်တာဗျူးကို ထပ်ဖွင့်သောအခါ သင်သိမ်းထားသည်ကို မြင်ရမည်ဖြစ်ပြီး သူမက ၎င်းကို အပြီးသတ်မည်။ ဤလုပ်ငန်းခွင်၏ အခြားမည်သည့်အရာကိုမျှ သင်မမြင်ရပါ။</translation>
    </message>
    <message>
        <source>No interview names you yet. The social worker names you as the interpreter when she starts the interview on her login; then log in again.</source>
        <translation>သင့်အမည်ပါသော အင်တာဗျူး မရှိသေးပါ။ လူမှုဝန်ထမ်းက သူမ၏ အကောင့်ဖြင့် အင်တာဗျူးစတင်သောအခါ သင့်ကို စကားပြန်အဖြစ် အမည်တပ်ပါမည်။ ထို့နောက် ပြန်ဝင်ပါ။</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ဖွင့်ရန် (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>အသုံးပြုသူ ပြောင်းရန် (&amp;S)</translation>
    </message>
</context>
<context>
    <name>InterviewWidget</name>
    <message>
        <source>Interpreter: %1</source>
        <translation>စကားပြန်- %1</translation>
    </message>
    <message>
        <source>Interpreter mode: show two languages</source>
        <translation>စကားပြန် မုဒ်- ဘာသာစကား နှစ်မျိုး ပြရန်</translation>
    </message>
    <message>
        <source>Language of the person interviewed</source>
        <translation>အင်တာဗျူးခံသူ၏ ဘာသာစကား</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ရှေ့သို့</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>သိမ်းပြီး ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Nothing has been added here yet.</source>
        <translation>ဤနေရာတွင် ဘာမျှ မထည့်ရသေးပါ။</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>နောက်တစ်ခု ထပ်ထည့်ရန်</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>ဤတစ်ခုကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Remove these answers? This cannot be undone.</source>
        <translation>ဤအဖြေများကို ဖယ်ရှားမလား။ ပြန်ယူ၍ မရပါ။</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Form version %1</source>
        <translation>ပုံစံ ဗားရှင်း %1</translation>
    </message>
    <message>
        <source>Interpreter named in this interview</source>
        <translation>ဤအင်တာဗျူးတွင် အမည်တပ်ထားသော စကားပြန်</translation>
    </message>
    <message>
        <source>No interpreter named</source>
        <translation>စကားပြန် အမည်မတပ်ထားပါ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>စာမျက်နှာ %2 ခုအနက် %1</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>ပြန်စစ်ဆေးပြီး အဆုံးသတ်ရန်</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>မေးခွန်းများ</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>မဖြေရသေးပါ</translation>
    </message>
    <message>
        <source>the answer needs a correction</source>
        <translation>အဖြေကို ပြင်ရန် လိုသည်</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>သိမ်းဆည်းနေသည်…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>မူကြမ်း သိမ်းပြီးပါပြီ</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>မသိမ်းရသေးပါ- %1</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>အဆုံးသတ်နေသည်…</translation>
    </message>
    <message>
        <source>Finished and saved</source>
        <translation>အဆုံးသတ်ပြီး သိမ်းဆည်းပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Continue a &amp;draft</source>
        <translation>မူကြမ်းကို ဆက်လုပ်ရန် (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>အင်တာဗျူး အသစ် (&amp;N)</translation>
    </message>
    <message>
        <source>No intake form is open to new interviews on this laptop.</source>
        <translation>ဤကွန်ပျူတာတွင် အင်တာဗျူးအသစ်အတွက် ဖွင့်ထားသော လက်ခံမှတ်ပုံတင်ပုံစံ မရှိပါ။</translation>
    </message>
    <message>
        <source>No follow-up form is open to new interviews on this laptop.</source>
        <translation>ဤကွန်ပျူတာတွင် အင်တာဗျူးအသစ်အတွက် ဖွင့်ထားသော နောက်ဆက်တွဲပုံစံ မရှိပါ။</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>မူကြမ်း မရှိပါ</translation>
    </message>
    <message>
        <source>No form open to new interviews</source>
        <translation>အင်တာဗျူးအသစ်အတွက် ဖွင့်ထားသော ပုံစံ မရှိပါ</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (ဗားရှင်း %2)</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>A whole number, e.g. 25</source>
        <translation>ကိန်းပြည့် ဥပမာ 25</translation>
    </message>
    <message>
        <source>A number, e.g. 2.5</source>
        <translation>ကိန်းဂဏန်း ဥပမာ 2.5</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>ဥပမာ 14:30</translation>
    </message>
    <message>
        <source>e.g. 2026-03-15 14:30</source>
        <translation>ဥပမာ 2026-03-15 14:30</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>fieldcase is locked</source>
        <translation>fieldcase ကို သော့ခတ်ထားပါသည်</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>အသုံးပြုသူ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>စကားဝှက် (&amp;P)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>ဘာသာစကား (&amp;A)</translation>
    </message>
    <message>
        <source>Type your user name</source>
        <translation>သင့်အသုံးပြုသူအမည်ကို ရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ဝင်ရောက်ရန်</translation>
    </message>
    <message>
        <source>Emergency wipe…</source>
        <translation>အရေးပေါ် ဖျက်ရန်…</translation>
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
        <translation>အလုပ်ခွင် (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>သော့ခတ်ရန် (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>အသုံးပြုသူ ပြောင်းရန် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန် (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>ကိစ္စရပ်များ (&amp;C)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>ကိစ္စရပ် စာရင်း (&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>လက်ခံမှတ်ပုံတင်ခြင်း အသစ် (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Conflicts to resolve</source>
        <translation>ဖြေရှင်းရန် ကွဲလွဲချက်များ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ထုတ်ယူရန်… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>အသုံးပြုသူများနှင့် အခန်းကဏ္ဍများ… (&amp;U)</translation>
    </message>
    <message>
        <source>Workspace se&amp;ttings…</source>
        <translation>အလုပ်ခွင် ဆက်တင်များ… (&amp;T)</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>အရေးပေါ် ဖျက်ရန်… (&amp;W)</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Clear answer</source>
        <translation>အဖြေကို ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>မဖြစ်မနေ ဖြေရန်</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>ဤမေးခွန်းကို ဖြေပေးပါ။</translation>
    </message>
    <message>
        <source>The form could not check this answer (%1).</source>
        <translation>ဖောင်က ဤအဖြေကို စစ်ဆေး၍ မရပါ (%1)။</translation>
    </message>
    <message>
        <source>This answer is not allowed here. Please check it.</source>
        <translation>ဤအဖြေကို ဤနေရာတွင် လက်မခံပါ။ ပြန်စစ်ဆေးပေးပါ။</translation>
    </message>
    <message>
        <source>Type a whole number, for example 25.</source>
        <translation>ကိန်းပြည့် ရိုက်ထည့်ပါ၊ ဥပမာ 25။</translation>
    </message>
    <message>
        <source>Type a number, for example 2.5.</source>
        <translation>ကိန်းဂဏန်း ရိုက်ထည့်ပါ၊ ဥပမာ 2.5။</translation>
    </message>
    <message>
        <source>Type a date, for example 15/3/2026, 15/3/2569 or 2026-03-15.</source>
        <translation>ရက်စွဲ ရိုက်ထည့်ပါ၊ ဥပမာ 15/3/2026၊ 15/3/2569 သို့မဟုတ် 2026-03-15။</translation>
    </message>
    <message>
        <source>Type a time, for example 14:30.</source>
        <translation>အချိန် ရိုက်ထည့်ပါ၊ ဥပမာ 14:30။</translation>
    </message>
    <message>
        <source>Type a date and a time, for example 2026-03-15 14:30.</source>
        <translation>ရက်စွဲနှင့် အချိန် ရိုက်ထည့်ပါ၊ ဥပမာ 2026-03-15 14:30။</translation>
    </message>
    <message>
        <source>Latitude is between -90 and 90, longitude between -180 and 180.</source>
        <translation>လတ္တီတွဒ်သည် -90 နှင့် 90 ကြား၊ လောင်ဂျီတွဒ်သည် -180 နှင့် 180 ကြား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>This answer cannot be used here.</source>
        <translation>ဤအဖြေကို ဤနေရာတွင် အသုံးပြု၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer the case</source>
        <translation>ကိစ္စရပ်ကို လွှဲပြောင်းရန်</translation>
    </message>
    <message>
        <source>I compared this fingerprint with that team&apos;s supervisor: it is the same.</source>
        <translation>ဤဒစ်ဂျစ်တယ် လက်ဗွေကို ထိုအဖွဲ့၏ ကြီးကြပ်သူနှင့် တိုက်ဆိုင်စစ်ဆေးပြီးပါပြီ - တူညီပါသည်။</translation>
    </message>
    <message>
        <source>The person agreed that their case goes to this team, for this purpose.</source>
        <translation>ထိုသူသည် မိမိ၏ ကိစ္စရပ်ကို ဤရည်ရွယ်ချက်အတွက် ဤအဖွဲ့သို့ ပေးပို့ရန် သဘောတူခဲ့သည်။</translation>
    </message>
    <message>
        <source>Without the person&apos;s consent the case cannot be referred.</source>
        <translation>ထိုသူ၏ သဘောတူညီချက် မရှိဘဲ ကိစ္စရပ်ကို လွှဲပြောင်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>လွှဲပြောင်းရန်</translation>
    </message>
    <message>
        <source>To the team</source>
        <translation>လက်ခံမည့် အဖွဲ့</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>ရည်ရွယ်ချက်</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>No one has compared this team&apos;s fingerprint yet: %1</source>
        <translation>ဤအဖွဲ့၏ ဒစ်ဂျစ်တယ် လက်ဗွေကို မည်သူမျှ တိုက်ဆိုင်စစ်ဆေးရသေးခြင်း မရှိပါ - %1</translation>
    </message>
</context>
<context>
    <name>ReferralBox</name>
    <message>
        <source>Referred to this team</source>
        <translation>ဤအဖွဲ့သို့ လွှဲပြောင်းထားသည်</translation>
    </message>
    <message>
        <source>&amp;Accept the case</source>
        <translation>ကိစ္စရပ်ကို လက်ခံရန် (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>ငြင်းပယ်ရန် (&amp;D)</translation>
    </message>
    <message>
        <source>Sent by %1 of team %2 (laptop %3)</source>
        <translation>%2 အဖွဲ့မှ %1 ပို့ထားသည် (ကွန်ပျူတာ %3)</translation>
    </message>
    <message>
        <source>Waiting for this team&apos;s decision.</source>
        <translation>ဤအဖွဲ့၏ ဆုံးဖြတ်ချက်ကို စောင့်နေပါသည်။</translation>
    </message>
    <message>
        <source>This team accepted the case.</source>
        <translation>ဤအဖွဲ့က ကိစ္စရပ်ကို လက်ခံခဲ့သည်။</translation>
    </message>
    <message>
        <source>This team declined the case.</source>
        <translation>ဤအဖွဲ့က ကိစ္စရပ်ကို ငြင်းပယ်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>Team %1&apos;s fingerprint has not been compared on this laptop.</source>
        <translation>%1 အဖွဲ့၏ ဒစ်ဂျစ်တယ် လက်ဗွေကို ဤကွန်ပျူတာတွင် တိုက်ဆိုင်စစ်ဆေးရသေးခြင်း မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>ကိစ္စရပ်ကို ပြန်ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>ပြန်ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>ကိစ္စရပ်ကို အဘယ်ကြောင့် ပြန်ဖွင့်သနည်း။</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>ကွဲလွဲချက်ကို ဖြေရှင်းရန်</translation>
    </message>
    <message>
        <source>Two laptops recorded different values for “%1” of %2. Which one is right?</source>
        <translation>ကွန်ပျူတာ နှစ်လုံးက %2 ၏ “%1” အတွက် မတူညီသော တန်ဖိုးများကို မှတ်တမ်းတင်ခဲ့သည်။ မည်သည့်တန်ဖိုးက မှန်ကန်သနည်း။</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>ဤတန်ဖိုးကို ထားရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>%1 (recorded by %2, %3)</source>
        <translation>%1 (%2 မှတ်တမ်းတင်သည်၊ %3)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>supervisor</source>
        <translation>ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>လူမှုဝန်ထမ်း</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>စကားပြန်</translation>
    </message>
</context>
<context>
    <name>SamePerson</name>
    <message>
        <source>same name</source>
        <translation>အမည်တူ</translation>
    </message>
    <message>
        <source>the name written in another script</source>
        <translation>အခြားအက္ခရာဖြင့် ရေးထားသော အမည်</translation>
    </message>
    <message>
        <source>a name that sounds alike</source>
        <translation>အသံထွက်ဆင်တူသော အမည်</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>မွေးသက္ကရာဇ်တူ</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>မွေးနှစ်တူ</translation>
    </message>
    <message>
        <source>about the same age</source>
        <translation>အသက်အရွယ် ခန့်မှန်းတူ</translation>
    </message>
    <message>
        <source>same gender</source>
        <translation>လိင်တူ</translation>
    </message>
    <message>
        <source>same citizenship</source>
        <translation>နိုင်ငံသားတူ</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ခန့်မှန်း %1</translation>
    </message>
    <message>
        <source>Possibly the same person as:</source>
        <translation>တစ်ဦးတည်းသောသူ ဖြစ်နိုင်သည်-</translation>
    </message>
    <message>
        <source>An earlier case may be about this person. Open it to compare; if it is the same person, link this intake to it and no second case is opened. Nothing is merged unless you link.</source>
        <translation>ယခင်ကိစ္စရပ်တစ်ခုသည် ဤသူနှင့် သက်ဆိုင်နိုင်သည်။ နှိုင်းယှဉ်ရန် ဖွင့်ကြည့်ပါ။ တစ်ဦးတည်းဖြစ်ပါက ဤလက်ခံမှတ်ပုံတင်ခြင်းကို ၎င်းနှင့် ချိတ်ဆက်ပါ၊ ဒုတိယကိစ္စရပ် မဖွင့်ပါ။ သင်ချိတ်ဆက်မှသာ ပေါင်းစည်းမည်။</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>မွေးဖွား</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ကိစ္စရပ်</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>နောက်ဆုံးမှတ်တမ်း</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>အကြောင်းရင်း</translation>
    </message>
    <message>
        <source>Open the case (read only)…</source>
        <translation>ကိစ္စရပ်ကို ဖွင့်ရန် (ဖတ်ရန်သာ)…</translation>
    </message>
    <message>
        <source>Link this intake to this case</source>
        <translation>ဤလက်ခံမှတ်ပုံတင်ခြင်းကို ဤကိစ္စရပ်နှင့် ချိတ်ဆက်ရန်</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ဖျောက်ရန်</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ပြရန်</translation>
    </message>
    <message>
        <source>Undo the link</source>
        <translation>ချိတ်ဆက်မှုကို ပြန်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>The same person as an earlier case</source>
        <translation>ယခင်ကိစ္စရပ်နှင့် တစ်ဦးတည်းသောသူ</translation>
    </message>
    <message>
        <source>Possibly the same person as an earlier case (found: %1)</source>
        <translation>ယခင်ကိစ္စရပ်နှင့် တစ်ဦးတည်းသောသူ ဖြစ်နိုင်သည် (တွေ့ရှိ- %1)</translation>
    </message>
    <message>
        <source>Will be added to the case of %1 (case %2, born %3, %4): finishing records this intake&apos;s answers on that case and opens no new case.</source>
        <translation>%1 ၏ ကိစ္စရပ်ထဲသို့ ထည့်မည် (ကိစ္စရပ် %2၊ မွေးဖွား %3၊ %4)- ပြီးဆုံးသည့်အခါ ဤလက်ခံမှတ်ပုံတင်ခြင်း၏ အဖြေများကို ထိုကိစ္စရပ်တွင် မှတ်တမ်းတင်ပြီး ကိစ္စရပ်အသစ် မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>အမည်မရှိ</translation>
    </message>
    <message>
        <source>Earlier case (read only)</source>
        <translation>ယခင်ကိစ္စရပ် (ဖတ်ရန်သာ)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>လက်တင်အက္ခရာဖြင့် အမည်</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ဖြစ်စဉ် အချိန်စဉ်</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ဖြစ်ခဲ့သည့်အရာ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ဆောင်ရွက်သူ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>အင်တာဗျူးကို ဖတ်ရန် နှစ်ချက်နှိပ်ပါ သို့မဟုတ် Enter ကို နှိပ်ပါ</translation>
    </message>
    <message>
        <source>Will be added to the earlier case %1.</source>
        <translation>ယခင်ကိစ္စရပ် %1 ထဲသို့ ထည့်မည်။</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Interview: %1 (read-only)</source>
        <translation>အင်တာဗျူး- %1 (ဖတ်ရန်သာ)</translation>
    </message>
    <message>
        <source>Filled in by %1</source>
        <translation>%1 က ဖြည့်သွင်းခဲ့သည်</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>စကားပြန်- %1</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>စကားပြန် မရှိပါ</translation>
    </message>
    <message>
        <source>&amp;Show in</source>
        <translation>ပြသမည့် ဘာသာ (&amp;S)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>မေးခွန်း</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>အဖြေ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>%1 (the person&apos;s language)</source>
        <translation>%1 (ထိုသူ၏ ဘာသာစကား)</translation>
    </message>
</context>
<context>
    <name>SupervisorScreens</name>
    <message>
        <source>&amp;Overview</source>
        <translation>ခြုံငုံသုံးသပ်ချက် (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Verification report</source>
        <translation>အတည်ပြုစစ်ဆေးမှု အစီရင်ခံစာ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Approve laptops…</source>
        <translation>ကွန်ပျူတာများကို အတည်ပြုရန်… (&amp;A)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync now</source>
        <translation>ယခု ဒေတာ ချိန်ကိုက်ရန်</translation>
    </message>
    <message>
        <source>Enrol with a server…</source>
        <translation>ဆာဗာတွင် စာရင်းသွင်းရန်…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ဒေတာ ချိန်ကိုက်နေသည်…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>ပို့ရန် စောင့်နေသည်- %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>ပို့ပြီး- %1</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a sync server.</source>
        <translation>ဤကွန်ပျူတာကို ဒေတာချိန်ကိုက်သည့် ဆာဗာတွင် စာရင်းမသွင်းရသေးပါ။</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>နောက်ဆုံး ဒေတာချိန်ကိုက်ချိန်- %1</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>ဒေတာ မချိန်ကိုက်ရသေးပါ။</translation>
    </message>
    <message>
        <source>Received items to fetch again: %1</source>
        <translation>ထပ်မံရယူရမည့် လက်ခံရရှိသည့်အရာများ- %1</translation>
    </message>
    <message>
        <source>Offline: syncs by itself when the server can be reached.</source>
        <translation>ချိတ်ဆက်မှု မရှိပါ - ဆာဗာနှင့် ချိတ်ဆက်နိုင်သည့်အခါ ဒေတာကို အလိုအလျောက် ချိန်ကိုက်ပါမည်။</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to approve this laptop on the server.</source>
        <translation>ဤကွန်ပျူတာကို ဆာဗာပေါ်တွင် ကြီးကြပ်သူက အတည်ပြုရန် စောင့်နေပါသည်။</translation>
    </message>
    <message>
        <source>Refused by the server and kept aside: %1</source>
        <translation>ဆာဗာက လက်မခံ၍ သီးခြားထားရှိသည်- %1</translation>
    </message>
    <message>
        <source>Received items that did not check out: %1. They are fetched again at each sync until a good copy arrives.</source>
        <translation>စစ်ဆေးမှု မအောင်မြင်သော လက်ခံရရှိသည့်အရာများ- %1။ မှန်ကန်သော မိတ္တူ ရောက်လာသည်အထိ ဒေတာ ချိန်ကိုက်တိုင်း ထပ်မံရယူပါမည်။</translation>
    </message>
    <message>
        <source>Laptops waiting for your approval: %1 (Workspace › Approve laptops…)</source>
        <translation>သင်၏ အတည်ပြုချက်ကို စောင့်နေသော ကွန်ပျူတာများ- %1 (အလုပ်ခွင် › ကွန်ပျူတာများကို အတည်ပြုရန်…)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>No connection to the server. Your work is kept here; try again later.</source>
        <translation>ဆာဗာနှင့် ချိတ်ဆက်၍ မရပါ။ သင့်အလုပ်ကို ဤနေရာတွင် သိမ်းထားပါသည်။ နောက်မှ ထပ်စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <source>The server has a problem. Your work is kept here; try again later.</source>
        <translation>ဆာဗာတွင် ပြဿနာရှိနေပါသည်။ သင့်အလုပ်ကို ဤနေရာတွင် သိမ်းထားပါသည်။ နောက်မှ ထပ်စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <source>The server needs an update before this laptop can sync.</source>
        <translation>ဤကွန်ပျူတာ ဒေတာချိန်ကိုက်နိုင်ရန် ဆာဗာကို အရင် အပ်ဒိတ်လုပ်ရန် လိုအပ်ပါသည်။</translation>
    </message>
    <message>
        <source>This laptop was removed from the team and can no longer sync. Ask your supervisor.</source>
        <translation>ဤကွန်ပျူတာကို အဖွဲ့မှ ဖယ်ရှားထားသဖြင့် ဒေတာ ဆက်၍ ချိန်ကိုက်၍ မရတော့ပါ။ သင့်ကြီးကြပ်သူကို မေးပါ။</translation>
    </message>
    <message>
        <source>The server does not recognise this laptop. Ask your supervisor.</source>
        <translation>ဆာဗာက ဤကွန်ပျူတာကို မသိပါ။ သင့်ကြီးကြပ်သူကို မေးပါ။</translation>
    </message>
    <message>
        <source>Some data could not be synced: %1</source>
        <translation>ဒေတာအချို့ကို ချိန်ကိုက်၍ မရပါ- %1</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;View</source>
        <translation>ကြည့်ရှုရန် (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>စာလုံး ပိုကြီးရန် (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>စာလုံး ပိုသေးရန် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>ပုံမှန် စာလုံးအရွယ် (&amp;N)</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Choose the update: its folder, or its .zip or .tar.gz file</source>
        <translation>အပ်ဒိတ်ကို ရွေးရန်- ၎င်း၏ ဖိုင်တွဲ သို့မဟုတ် .zip သို့မဟုတ် .tar.gz ဖိုင်</translation>
    </message>
    <message>
        <source>fieldcase updates</source>
        <translation>fieldcase အပ်ဒိတ်များ</translation>
    </message>
    <message>
        <source>Checking the update…</source>
        <translation>အပ်ဒိတ်ကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <source>Downloading the update from your team&apos;s server…</source>
        <translation>သင့်အဖွဲ့၏ ဆာဗာမှ အပ်ဒိတ်ကို ဒေါင်းလုဒ်လုပ်နေသည်…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>ထည့်သွင်းနေသည်…</translation>
    </message>
    <message>
        <source>fieldcase %1 · signed by release key %2 · verified</source>
        <translation>fieldcase %1 · ထုတ်ဝေမှုသော့ %2 ဖြင့် လက်မှတ်ထိုးထားသည် · စစ်ဆေးပြီး</translation>
    </message>
    <message>
        <source>Installed: fieldcase %1 starts the next time fieldcase is opened (%2 is kept).</source>
        <translation>ထည့်သွင်းပြီး- fieldcase ကို နောက်တစ်ကြိမ်ဖွင့်သောအခါ fieldcase %1 စတင်မည် (%2 ကို ဆက်ထားသည်)။</translation>
    </message>
    <message>
        <source>Refused: this folder holds no signed fieldcase release. Nothing was installed.</source>
        <translation>ငြင်းပယ်သည်- ဤဖိုင်တွဲတွင် လက်မှတ်ထိုးထားသော fieldcase ထုတ်ဝေမှု မရှိပါ။ မည်သည့်အရာမျှ မထည့်သွင်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Refused: the update is signed by a key fieldcase does not trust. Nothing was installed.</source>
        <translation>ငြင်းပယ်သည်- အပ်ဒိတ်ကို fieldcase မယုံကြည်သော သော့ဖြင့် လက်မှတ်ထိုးထားသည်။ မည်သည့်အရာမျှ မထည့်သွင်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Refused: the update was changed after it was signed. Nothing was installed.</source>
        <translation>ငြင်းပယ်သည်- လက်မှတ်ထိုးပြီးနောက် အပ်ဒိတ်ကို ပြောင်းလဲထားသည်။ မည်သည့်အရာမျှ မထည့်သွင်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Refused: the update&apos;s files do not match its signed list (changed, missing, added or cut short). Nothing was installed.</source>
        <translation>ငြင်းပယ်သည်- အပ်ဒိတ်၏ ဖိုင်များသည် လက်မှတ်ထိုးထားသော စာရင်းနှင့် မကိုက်ညီပါ (ပြောင်းလဲ၊ ပျောက်ဆုံး၊ ထပ်ထည့် သို့မဟုတ် ဖြတ်တောက်ထားသည်)။ မည်သည့်အရာမျှ မထည့်သွင်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Refused: this update is for another kind of computer. Nothing was installed.</source>
        <translation>ငြင်းပယ်သည်- ဤအပ်ဒိတ်သည် အခြားကွန်ပျူတာအမျိုးအစားအတွက် ဖြစ်သည်။ မည်သည့်အရာမျှ မထည့်သွင်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Refused: version %1 is the version running already. Nothing was installed.</source>
        <translation>ငြင်းပယ်သည်- ဗားရှင်း %1 သည် လက်ရှိအသုံးပြုနေသော ဗားရှင်းဖြစ်သည်။ မည်သည့်အရာမျှ မထည့်သွင်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Refused: version %1 is older than the running version %2. Nothing was installed.</source>
        <translation>ငြင်းပယ်သည်- ဗားရှင်း %1 သည် လက်ရှိ ဗားရှင်း %2 ထက် ဟောင်းသည်။ မည်သည့်အရာမျှ မထည့်သွင်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>This fieldcase runs from a developer&apos;s copy: it cannot install updates. Nothing was changed.</source>
        <translation>ဤ fieldcase သည် ဆော့ဖ်ဝဲရေးသူ၏ မိတ္တူမှ အလုပ်လုပ်နေသည်- အပ်ဒိတ်များ ထည့်သွင်း၍ မရပါ။ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Install an update</source>
        <translation>အပ်ဒိတ် ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <source>This laptop runs fieldcase %1. Choose the folder of a newer version (on a USB stick, for instance) or its .zip or .tar.gz file: it is installed only if it is signed by the fieldcase project and nothing in it was changed.</source>
        <translation>ဤလက်ပ်တော့သည် fieldcase %1 ကို အသုံးပြုနေသည်။ ပိုသစ်သော ဗားရှင်း၏ ဖိုင်တွဲ (ဥပမာ USB ပေါ်တွင်) သို့မဟုတ် ၎င်း၏ .zip သို့မဟုတ် .tar.gz ဖိုင်ကို ရွေးပါ- fieldcase စီမံကိန်းက လက်မှတ်ထိုးထားပြီး အထဲရှိ မည်သည့်အရာမျှ မပြောင်းလဲထားမှသာ ထည့်သွင်းမည်။</translation>
    </message>
    <message>
        <source>&amp;Choose a folder or file…</source>
        <translation>ဖိုင်တွဲ သို့မဟုတ် ဖိုင် ရွေးရန်… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Download %1 from your team&apos;s server</source>
        <translation>သင့်အဖွဲ့၏ ဆာဗာမှ %1 ကို ဒေါင်းလုဒ်လုပ်ရန် (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>ထည့်သွင်းရန် (&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Go back to an earlier version</source>
        <translation>ယခင် ဗားရှင်းသို့ ပြန်သွားရန်</translation>
    </message>
    <message>
        <source>Go back to fieldcase %1?</source>
        <translation>fieldcase %1 သို့ ပြန်သွားမလား။</translation>
    </message>
    <message>
        <source>fieldcase %1 will start the next time fieldcase is opened, instead of %2. Version %2 stays installed.</source>
        <translation>fieldcase ကို နောက်တစ်ကြိမ်ဖွင့်သောအခါ %2 အစား fieldcase %1 စတင်မည်။ ဗားရှင်း %2 ကို ဆက်ထည့်သွင်းထားမည်။</translation>
    </message>
    <message>
        <source>&amp;Go back to %1</source>
        <translation>%1 သို့ ပြန်သွားရန် (&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>fieldcase %1 starts the next time fieldcase is opened.</source>
        <translation>fieldcase ကို နောက်တစ်ကြိမ်ဖွင့်သောအခါ fieldcase %1 စတင်မည်။</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <source>Install &amp;update…</source>
        <translation>အပ်ဒိတ် ထည့်သွင်းရန်… (&amp;U)</translation>
    </message>
    <message>
        <source>Go &amp;back to version %1…</source>
        <translation>ဗားရှင်း %1 သို့ ပြန်သွားရန်… (&amp;B)</translation>
    </message>
    <message>
        <source>A newer version %1 is available from your team&apos;s server.</source>
        <translation>ပိုသစ်သော ဗားရှင်း %1 ကို သင့်အဖွဲ့၏ ဆာဗာတွင် ရနိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>အသုံးပြုသူများနှင့် အခန်းကဏ္ဍများ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>အသုံးပြုသူ ထည့်ရန်</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>အမည် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>အခန်းကဏ္ဍ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>စကားဝှက် (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>စကားဝှက် ထပ်မံ (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>အသုံးပြုသူ ထည့်ရန် (&amp;D)</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>ရွေးထားသော အသုံးပြုသူ</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>စကားဝှက်အသစ်</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>စကားဝှက်အသစ် ထပ်မံ</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>အခန်းကဏ္ဍ ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>စကားဝှက် သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <source>Enable with this password</source>
        <translation>ဤစကားဝှက်ဖြင့် ပြန်ဖွင့်ပေးရန်</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>ပိတ်ထားရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ပိတ်ထားသည်</translation>
    </message>
    <message>
        <source>active</source>
        <translation>အသုံးပြုနေသည်</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
    </message>
    <message>
        <source>Please type the password twice.</source>
        <translation>စကားဝှက်ကို နှစ်ကြိမ် ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>%1 can now log in on this laptop.</source>
        <translation>%1 သည် ဤကွန်ပျူတာတွင် ယခု ဝင်ရောက်နိုင်ပါပြီ။</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 သည် ယခု- %2</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 ၏ စကားဝှက်ကို ပြောင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>%1 can log in again with the new password.</source>
        <translation>%1 သည် စကားဝှက်အသစ်ဖြင့် ပြန်လည် ဝင်ရောက်နိုင်ပါပြီ။</translation>
    </message>
    <message>
        <source>%1 can no longer open this workspace.</source>
        <translation>%1 သည် ဤအလုပ်ခွင်ကို ဆက်၍ ဖွင့်၍ မရတော့ပါ။</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Sent by a laptop this one does not know. Approve the device on the server, or confirm its fingerprint, then import or sync again.</source>
        <translation>ဤကွန်ပျူတာ မသိသော ကွန်ပျူတာတစ်လုံးမှ ပို့ထားသည်။ ထိုစက်ကို ဆာဗာပေါ်တွင် အတည်ပြုပါ၊ သို့မဟုတ် ၎င်း၏ ဒစ်ဂျစ်တယ် လက်ဗွေကို အတည်ပြုပါ၊ ထို့နောက် ထပ်မံ တင်သွင်းပါ သို့မဟုတ် ဒေတာ ချိန်ကိုက်ပါ။</translation>
    </message>
    <message>
        <source>Sent by a laptop that was removed from the team.</source>
        <translation>အဖွဲ့မှ ဖယ်ရှားထားသော ကွန်ပျူတာမှ ပို့ထားသည်။</translation>
    </message>
    <message>
        <source>The signature does not match the laptop it claims to come from: it may have been changed on the way.</source>
        <translation>လက်မှတ်သည် ပို့သည်ဟု ဆိုထားသော ကွန်ပျူတာနှင့် မကိုက်ညီပါ- လမ်းတွင် ပြောင်းလဲခံထားရနိုင်သည်။</translation>
    </message>
    <message>
        <source>Sealed for other keys: this laptop cannot open it.</source>
        <translation>အခြား သော့များအတွက် ပိတ်ထားသည်- ဤကွန်ပျူတာက ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Its encrypted content was damaged or changed on the way.</source>
        <translation>ကုဒ်ဝှက်ထားသော အကြောင်းအရာသည် လမ်းတွင် ပျက်စီးသွားသည် သို့မဟုတ် ပြောင်းလဲခံရသည်။</translation>
    </message>
    <message>
        <source>A copy of another item, or an item claiming to be from another laptop (replayed).</source>
        <translation>အခြား ဒေတာအထုပ်၏ မိတ္တူ၊ သို့မဟုတ် အခြား ကွန်ပျူတာမှ လာသည်ဟု ဆိုထားသော ဒေတာအထုပ် (ထပ်ပို့ထားသည်)။</translation>
    </message>
    <message>
        <source>The server refused it: it was not sent by the laptop or team named.</source>
        <translation>ဆာဗာက လက်မခံပါ- ဖော်ပြထားသော ကွန်ပျူတာ သို့မဟုတ် အဖွဲ့က ပို့ထားခြင်း မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Only a supervisor&apos;s laptop may erase a case: this erasure was ignored.</source>
        <translation>ကြီးကြပ်သူ၏ ကွန်ပျူတာသာ ကိစ္စရပ်ကို ဖျက်နိုင်သည်- ဤဖျက်ခြင်းကို လျစ်လျူရှုလိုက်ပါသည်။</translation>
    </message>
    <message>
        <source>A kind of item this version of fieldcase does not handle yet. Update fieldcase.</source>
        <translation>fieldcase ၏ ဤဗားရှင်းက မကိုင်တွယ်နိုင်သေးသော ဒေတာအထုပ် အမျိုးအစား။ fieldcase ကို အပ်ဒိတ်လုပ်ပါ။</translation>
    </message>
    <message>
        <source>Not a readable fieldcase item (damaged file).</source>
        <translation>ဖတ်၍ရသော fieldcase ဒေတာအထုပ် မဟုတ်ပါ (ပျက်စီးနေသော ဖိုင်)။</translation>
    </message>
    <message>
        <source>A referral from a team this laptop does not know yet. It is tried again at the next sync, once the team is in the directory.</source>
        <translation>ဤကွန်ပျူတာ မသိသေးသော အဖွဲ့တစ်ခုမှ လွှဲပြောင်းမှု။ ထိုအဖွဲ့ကို အဖွဲ့စာရင်းတွင် ထည့်ပြီးနောက် နောက်တစ်ကြိမ် ဒေတာ ချိန်ကိုက်သည့်အခါ ထပ်မံ ကြိုးစားပါမည်။</translation>
    </message>
    <message>
        <source>An answer to a referral this team did not make (or that has not reached this laptop yet): ignored for now.</source>
        <translation>ဤအဖွဲ့က မပြုလုပ်ခဲ့သော (သို့မဟုတ် ဤကွန်ပျူတာသို့ မရောက်သေးသော) လွှဲပြောင်းမှုအတွက် အဖြေ- ယခုအတွက် လျစ်လျူရှုထားပါသည်။</translation>
    </message>
    <message>
        <source>Another team&apos;s entry is signed by a different key than before: not used. Compare that team&apos;s fingerprint with its supervisor.</source>
        <translation>အခြားအဖွဲ့တစ်ခု၏ အချက်အလက်ကို ယခင်နှင့် မတူသော သော့ဖြင့် လက်မှတ်ထိုးထားသည်- အသုံးမပြုပါ။ ထိုအဖွဲ့၏ ဒစ်ဂျစ်တယ် လက်ဗွေကို ၎င်း၏ ကြီးကြပ်သူနှင့် တိုက်ဆိုင်စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Refused for another reason (see details).</source>
        <translation>အခြား အကြောင်းကြောင့် လက်မခံပါ (အသေးစိတ်ကို ကြည့်ပါ)။</translation>
    </message>
    <message>
        <source>Sent by this laptop, refused by the server</source>
        <translation>ဤကွန်ပျူတာမှ ပို့သည်၊ ဆာဗာက လက်မခံပါ</translation>
    </message>
    <message>
        <source>Received, not applied</source>
        <translation>လက်ခံရရှိသည်၊ မထည့်သွင်းရသေးပါ</translation>
    </message>
    <message>
        <source>Case change</source>
        <translation>ကိစ္စရပ် ပြောင်းလဲမှု</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ပုံစံ</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>ကိစ္စရပ် ဖျက်ခြင်း</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>ပုံစံ ဗားရှင်း</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>လွှဲပြောင်းမှု</translation>
    </message>
</context>
<context>
    <name>VerificationWidget</name>
    <message>
        <source>Import a transfer file</source>
        <translation>ဒေတာ သယ်ယူဖိုင် တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Transfer files (*)</source>
        <translation>ဒေတာ သယ်ယူဖိုင်များ (*)</translation>
    </message>
    <message>
        <source>No sync or import in this session yet. Items refused earlier are listed below.</source>
        <translation>ဤအကြိမ် အသုံးပြုစဉ်တွင် ဒေတာ ချိန်ကိုက်ခြင်း သို့မဟုတ် တင်သွင်းခြင်း မရှိသေးပါ။ ယခင်က လက်မခံခဲ့သော ဒေတာအထုပ်များကို အောက်တွင် ဖော်ပြထားပါသည်။</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>နောက်ဆုံး ဒေတာချိန်ကိုက်မှု</translation>
    </message>
    <message>
        <source>Last USB import</source>
        <translation>နောက်ဆုံး USB တင်သွင်းမှု</translation>
    </message>
    <message>
        <source>%1: received %2, applied %3, already here (duplicates) %4, refused %5.</source>
        <translation>%1- လက်ခံရရှိ %2၊ ထည့်သွင်းပြီး %3၊ ရှိပြီးသား (ထပ်နေသည်) %4၊ လက်မခံ %5။</translation>
    </message>
    <message>
        <source>Sent: %1, already on the server %2, refused by the server %3.</source>
        <translation>ပို့ပြီး- %1၊ ဆာဗာပေါ်တွင် ရှိပြီးသား %2၊ ဆာဗာက လက်မခံ %3။</translation>
    </message>
    <message>
        <source>This laptop is waiting for a supervisor&apos;s approval.</source>
        <translation>ဤကွန်ပျူတာသည် ကြီးကြပ်သူ၏ အတည်ပြုချက်ကို စောင့်နေပါသည်။</translation>
    </message>
    <message>
        <source>Cases erased by a supervisor: %1</source>
        <translation>ကြီးကြပ်သူက ဖျက်ခဲ့သော ကိစ္စရပ်များ- %1</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>အတည်ပြုစစ်ဆေးမှု အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>မည်သည့်အချိန်</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ပို့/လက်ခံ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ဒေတာအထုပ်</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>စက်</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>လက်မခံရသည့် အကြောင်းရင်း</translation>
    </message>
    <message numerus="yes">
        <source>Refused items kept aside: %n</source>
        <translation>
            <numerusform>လက်မခံဘဲ သီးခြားထားရှိသော ဒေတာအထုပ်များ- %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused items kept aside</source>
        <translation>လက်မခံဘဲ သီးခြားထားရှိသော ဒေတာအထုပ်များ</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>လက်မခံသည့် ဒေတာအထုပ် မရှိပါ။</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ပြန်လည်ဆန်းသစ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a transfer file…</source>
        <translation>ဒေတာ သယ်ယူဖိုင် တင်သွင်းရန်… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ကိစ္စရပ်စာရင်းသို့ ပြန်သွားရန် (&amp;B)</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>အရေးပေါ် ဖျက်ခြင်း</translation>
    </message>
    <message>
        <source>An emergency wipe erases this workspace from this laptop for good: every case, form and password on it. Work already synced stays safe on the server. To continue, a supervisor or a social worker types their password.</source>
        <translation>အရေးပေါ် ဖျက်ခြင်းသည် ဤအလုပ်ခွင်ကို ဤကွန်ပျူတာမှ အပြီးတိုင် ဖျက်ပစ်ပါမည်- ၎င်းပေါ်ရှိ ကိစ္စရပ်၊ ပုံစံနှင့် စကားဝှက် အားလုံး။ ဒေတာ ချိန်ကိုက်ပြီးသော အလုပ်များမှာ ဆာဗာပေါ်တွင် လုံခြုံစွာ ရှိနေပါမည်။ ဆက်လုပ်ရန် ကြီးကြပ်သူ သို့မဟုတ် လူမှုဝန်ထမ်းက မိမိ၏ စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>အသုံးပြုသူ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>စကားဝှက် (&amp;P)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ဆက်လုပ်ရန်</translation>
    </message>
    <message>
        <source>Erase this workspace</source>
        <translation>ဤအလုပ်ခွင်ကို ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>The workspace will be erased from this laptop now. It cannot be undone, and no password or recovery code will open it again.</source>
        <translation>အလုပ်ခွင်ကို ဤကွန်ပျူတာမှ ယခု ဖျက်ပါမည်။ ပြန်ပြင်၍ မရနိုင်ဘဲ မည်သည့် စကားဝှက် သို့မဟုတ် ပြန်လည်ရယူရန် ကုဒ်ဖြင့်မျှ ထပ်မံ ဖွင့်၍ မရတော့ပါ။</translation>
    </message>
    <message>
        <source>Drafts and records not yet sent to the server, which will be lost: %1</source>
        <translation>ဆာဗာသို့ မပို့ရသေးသဖြင့် ပျောက်ဆုံးသွားမည့် မူကြမ်းနှင့် မှတ်တမ်းများ- %1</translation>
    </message>
    <message>
        <source>Only a supervisor or a social worker may wipe this workspace. Ask one of them to type their own password here.</source>
        <translation>ကြီးကြပ်သူ သို့မဟုတ် လူမှုဝန်ထမ်းသာ ဤအလုပ်ခွင်ကို ဖျက်နိုင်ပါသည်။ ၎င်းတို့ထဲမှ တစ်ဦးကို ဤနေရာတွင် မိမိ၏ စကားဝှက် ရိုက်ထည့်ခိုင်းပါ။</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>သဘောတူခွင့်ပြုချက်ကို ပြန်ရုပ်သိမ်းပြီး</translation>
    </message>
    <message>
        <source>Everything: no more use of the person&apos;s information</source>
        <translation>အားလုံး- ထိုသူ၏ အချက်အလက်များကို ဆက်လက် အသုံးမပြုတော့ရန်</translation>
    </message>
    <message>
        <source>Use for statistics and research</source>
        <translation>စာရင်းအင်းနှင့် သုတေသနအတွက် အသုံးပြုခြင်း</translation>
    </message>
    <message>
        <source>Sharing with other organisations</source>
        <translation>အခြားအဖွဲ့အစည်းများနှင့် မျှဝေခြင်း</translation>
    </message>
    <message>
        <source>What did the person withdraw?</source>
        <translation>ထိုသူက မည်သည့်အရာကို ပြန်ရုပ်သိမ်းသနည်း။</translation>
    </message>
    <message>
        <source>When</source>
        <translation>မည်သည့်အချိန်</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>အလုပ်ခွင် ဆက်တင်များ</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>ဓာတ်ပုံများနှင့် စကင်ဖတ်ထားသည့်ဖိုင်များ</translation>
    </message>
    <message>
        <source>&amp;Largest file a form may keep</source>
        <translation>ပုံစံတစ်ခုတွင် သိမ်းနိုင်သော အကြီးဆုံး ဖိုင်အရွယ်အစား (&amp;L)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Between 1 and 60 MB; 20 MB unless a supervisor changes it. Files kept before stay as they are. This setting is for this laptop&apos;s workspace only.</source>
        <translation>1 မှ 60 MB အထိ၊ ကြီးကြပ်သူက မပြောင်းလျှင် 20 MB ဖြစ်သည်။ ယခင်က သိမ်းထားသော ဖိုင်များ မပြောင်းလဲပါ။ ဤဆက်တင်သည် ဤကွန်ပျူတာ၏ အလုပ်ခွင်အတွက်သာ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Login screen</source>
        <translation>ဝင်ရောက်ရန် မျက်နှာပြင်</translation>
    </message>
    <message>
        <source>As&amp;k users to type their name at login</source>
        <translation>ဝင်ရောက်ချိန်တွင် အသုံးပြုသူများကို ၎င်းတို့၏ အမည် ရိုက်ထည့်ခိုင်းရန် (&amp;K)</translation>
    </message>
    <message>
        <source>When this is on, the login screen shows no names: each user types their own, in any letter case. A wrong name gives the same message as a wrong password.</source>
        <translation>ဤဆက်တင်ကို ဖွင့်ထားလျှင် ဝင်ရောက်ရန် မျက်နှာပြင်တွင် မည်သည့်အမည်ကိုမျှ မပြပါ- အသုံးပြုသူတိုင်း မိမိအမည်ကို စာလုံးအကြီးအသေး မည်သို့ပင်ဖြစ်စေ ရိုက်ထည့်ရသည်။ အမည်မှားလျှင် စကားဝှက်မှားသကဲ့သို့ တူညီသော စာတိုကိုသာ ပြသည်။</translation>
    </message>
    <message>
        <source>When it is off, the login screen lists every user, which is quicker on a laptop shared by several workers.</source>
        <translation>ပိတ်ထားလျှင် ဝင်ရောက်ရန် မျက်နှာပြင်တွင် အသုံးပြုသူအားလုံးကို စာရင်းပြသည်။ ဝန်ထမ်းအများအပြား မျှဝေသုံးသော လက်ပ်တော့တွင် ပိုမြန်သည်။</translation>
    </message>
    <message>
        <source>It hides the names from people at the laptop, not from someone who copies the disk.</source>
        <translation>၎င်းသည် လက်ပ်တော့ရှေ့ရှိ လူများထံမှ အမည်များကို ဖုံးကွယ်ပေးသော်လည်း ဒစ်ခ်ကို ကူးယူသူထံမှ မဖုံးကွယ်နိုင်ပါ။</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Forms can now keep files up to %1 MB.</source>
        <translation>ယခု ပုံစံများတွင် %1 MB အထိ ဖိုင် သိမ်းနိုင်ပါပြီ။</translation>
    </message>
    <message>
        <source>From the next login, users type their name.</source>
        <translation>နောက်တစ်ကြိမ် ဝင်ရောက်ချိန်မှစ၍ အသုံးပြုသူများ မိမိအမည်ကို ရိုက်ထည့်ရမည်။</translation>
    </message>
    <message>
        <source>From the next login, the login screen lists the users.</source>
        <translation>နောက်တစ်ကြိမ် ဝင်ရောက်ချိန်မှစ၍ ဝင်ရောက်ရန် မျက်နှာပြင်တွင် အသုံးပြုသူများကို စာရင်းပြမည်။</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>This looks like Burmese typed in the Zawgyi encoding, which other screens and search cannot read. In Unicode it reads:</source>
        <translation>ဤစာသားသည် Zawgyi ဖြင့် ရိုက်ထားသော မြန်မာစာ ဖြစ်ပုံရပါသည်။ အခြားမျက်နှာပြင်များနှင့် ရှာဖွေမှုတွင် ဖတ်၍မရပါ။ ယူနီကုဒ်ဖြင့် ဤသို့ ဖြစ်ပါသည် -</translation>
    </message>
    <message>
        <source>Use Unicode</source>
        <translation>ယူနီကုဒ် သုံးရန်</translation>
    </message>
    <message>
        <source>It is not Zawgyi</source>
        <translation>Zawgyi မဟုတ်ပါ</translation>
    </message>
</context>
</TS>
