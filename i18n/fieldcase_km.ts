<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Too many failed attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>ការព្យាយាមមិនជោគជ័យច្រើនដងពេក។ សូមរង់ចាំ %n វិនាទី រួចព្យាយាមម្ដងទៀត។</numerusform>
            <numerusform>ការព្យាយាមមិនជោគជ័យច្រើនដងពេក។ សូមរង់ចាំ %n វិនាទី រួចព្យាយាមម្ដងទៀត។</numerusform>
        </translation>
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
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>Hello, %1</source>
        <translation>សួស្ដី %1</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>មិនទាន់មានករណីនៅឡើយទេ។ ករណីថ្មីនឹងបង្ហាញនៅទីនេះ នៅពេលការទទួលករណីត្រូវបានបញ្ចប់។</translation>
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
        <source>Log in</source>
        <translation>ចូល</translation>
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
</TS>
