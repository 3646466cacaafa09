<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Too many failed attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>ลองเข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป โปรดรอ %n วินาทีแล้วลองอีกครั้ง</numerusform>
        </translation>
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
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>Hello, %1</source>
        <translation>สวัสดี %1</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>ยังไม่มีเคส เคสใหม่จะแสดงที่นี่เมื่อรับเรื่องเสร็จแล้ว</translation>
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
        <source>Log in</source>
        <translation>เข้าสู่ระบบ</translation>
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
</TS>
