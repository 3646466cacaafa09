<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Too many failed attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Đã thử không thành công quá nhiều lần. Vui lòng đợi %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Vai trò của bạn không có quyền thực hiện việc này.</translation>
    </message>
    <message>
        <source>The disk is full. This change was not saved; nothing saved before was lost.</source>
        <translation>Ổ đĩa đã đầy. Không lưu được thay đổi này; những gì đã lưu trước đó vẫn còn nguyên.</translation>
    </message>
    <message>
        <source>A file of this workspace is damaged. Ask your supervisor for help.</source>
        <translation>Một tệp trong không gian làm việc này bị hỏng. Hãy nhờ người giám sát của bạn giúp đỡ.</translation>
    </message>
    <message>
        <source>This cannot be used: %1</source>
        <translation>Không thể dùng nội dung này: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Đã xảy ra lỗi: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <source>Welcome to fieldcase</source>
        <translation>Chào mừng bạn đến với fieldcase</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Create the workspace now: you will be its first supervisor and can add your colleagues later.</source>
        <translation>Mọi thông tin bạn ghi lại đều được mã hóa và lưu trên máy tính xách tay này. Hãy tạo không gian làm việc ngay bây giờ: bạn sẽ là người giám sát đầu tiên của không gian này và có thể thêm đồng nghiệp sau.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Tạo không gian làm việc</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Mã khôi phục của bạn</translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way back into the workspace. Write it on paper now and keep it somewhere safe, away from the laptop. It will not be shown again.</source>
        <translation>Nếu quên tất cả mật khẩu, mã này là cách duy nhất để vào lại không gian làm việc. Hãy chép mã ra giấy ngay bây giờ và cất ở nơi an toàn, để xa máy tính xách tay. Mã này sẽ không được hiển thị lại.</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>Tôi đã chép lại mã khôi phục</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Vui lòng nhập tên của bạn.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Mật khẩu cần có ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>Hello, %1</source>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>Chưa có hồ sơ nào. Hồ sơ mới sẽ hiện ở đây sau khi hoàn tất tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>fieldcase is locked</source>
        <translation>fieldcase đã khóa</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>N&amp;gôn ngữ</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
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
        <translation>&amp;Không gian làm việc</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>Đổi &amp;người dùng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>supervisor</source>
        <translation>người giám sát</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>nhân viên công tác xã hội</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>phiên dịch viên</translation>
    </message>
</context>
</TS>
