<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Too many failed attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>မအောင်မြင်သော ကြိုးစားမှု အကြိမ်ရေ များလွန်းပါသည်။ %n စက္ကန့် စောင့်ပြီးမှ ထပ်မံကြိုးစားပါ။</numerusform>
        </translation>
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
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>Hello, %1</source>
        <translation>မင်္ဂလာပါ %1</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>ကိစ္စရပ် မရှိသေးပါ။ လက်ခံမှတ်ပုံတင်ခြင်း ပြီးဆုံးသည်နှင့် ကိစ္စရပ်အသစ်များ ဤနေရာတွင် ပေါ်လာပါမည်။</translation>
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
        <source>Log in</source>
        <translation>ဝင်ရောက်ရန်</translation>
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
</TS>
