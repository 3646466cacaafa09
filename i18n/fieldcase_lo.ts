<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Too many failed attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>ພະຍາຍາມບໍ່ສຳເລັດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ %n ວິນາທີ ແລ້ວລອງໃໝ່ອີກຄັ້ງ.</numerusform>
            <numerusform>ພະຍາຍາມບໍ່ສຳເລັດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ %n ວິນາທີ ແລ້ວລອງໃໝ່ອີກຄັ້ງ.</numerusform>
        </translation>
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
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>Hello, %1</source>
        <translation>ສະບາຍດີ %1</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>ຍັງບໍ່ມີກໍລະນີເທື່ອ. ກໍລະນີໃໝ່ຈະສະແດງຢູ່ບ່ອນນີ້ ເມື່ອການຮັບກໍລະນີສຳເລັດແລ້ວ.</translation>
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
        <source>Log in</source>
        <translation>ເຂົ້າສູ່ລະບົບ</translation>
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
</TS>
