<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>Chụp ảnh…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>A scan or a document, kept encrypted in this workspace.</source>
        <translation>Bản quét hoặc tài liệu, được lưu dưới dạng mã hóa trong không gian làm việc này.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Hình ảnh (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Chọn một tệp</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown. Choose a photo.</source>
        <translation>Tệp này không phải là hình ảnh có thể hiển thị. Hãy chọn một bức ảnh.</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera</source>
        <translation>Chụp ảnh bằng camera của máy tính xách tay</translation>
    </message>
    <message>
        <source>Take the photo with the laptop&apos;s camera, or choose a photo or a scan from a file (taken with a phone or a scanner).</source>
        <translation>Chụp ảnh bằng camera của máy tính xách tay, hoặc chọn ảnh hay bản quét từ tệp (chụp bằng điện thoại hoặc máy quét).</translation>
    </message>
    <message>
        <source>The file cannot be kept: the interview is not saved yet.</source>
        <translation>Chưa thể lưu tệp: cuộc phỏng vấn chưa được lưu.</translation>
    </message>
    <message>
        <source>The photo was %1 × %2 pixels; a smaller copy was kept.</source>
        <translation>Ảnh có kích thước %1 × %2 điểm ảnh; một bản nhỏ hơn đã được lưu.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <source>The file %1 is not in this workspace.</source>
        <translation>Tệp %1 không có trong không gian làm việc này.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is %1; a form can keep files up to %2. Choose a smaller file, or scan the document at a lower resolution.</source>
        <translation>Tệp này có dung lượng %1; mỗi biểu mẫu chỉ lưu được tệp tối đa %2. Hãy chọn tệp nhỏ hơn, hoặc quét tài liệu ở độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Không hiển thị được hình ảnh này.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used on this laptop: a part of the system that fieldcase needs for it is missing. Photos can still be chosen from files.</source>
        <translation>Không thể dùng camera trên máy tính xách tay này: thiếu một thành phần của hệ thống mà fieldcase cần để dùng camera. Vẫn có thể chọn ảnh từ tệp.</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Plug one in, or choose the photo from a file.</source>
        <translation>Không tìm thấy camera trên máy tính xách tay này. Hãy cắm một camera, hoặc chọn ảnh từ tệp.</translation>
    </message>
    <message>
        <source>fieldcase is not allowed to use the camera. Allow it in the system&apos;s privacy settings, or choose the photo from a file.</source>
        <translation>fieldcase không được phép dùng camera. Hãy cho phép trong phần cài đặt quyền riêng tư của hệ thống, hoặc chọn ảnh từ tệp.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>Ca&amp;mera:</translation>
    </message>
    <message>
        <source>Hold the document flat, close enough to fill the picture, in good light. Take the photo when the writing is sharp. The photo is kept only in this workspace.</source>
        <translation>Đặt tài liệu phẳng, đủ gần để lấp đầy khung hình, ở nơi đủ sáng. Chụp khi chữ rõ nét. Ảnh chỉ được lưu trong không gian làm việc này.</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;Chụp ảnh</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>Chụp &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>&amp;Dùng ảnh này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Đang khởi động camera…</translation>
    </message>
    <message>
        <source>The camera stopped working. Another program may be using it, or it was unplugged. Close the other program or plug the camera in, then try again.</source>
        <translation>Camera đã ngừng hoạt động. Có thể một chương trình khác đang dùng nó, hoặc camera đã bị rút ra. Hãy đóng chương trình kia hoặc cắm lại camera, rồi thử lại.</translation>
    </message>
    <message>
        <source>The photo could not be made. Take it again.</source>
        <translation>Không tạo được ảnh. Hãy chụp lại.</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Ngày lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy outside the workspace; the audit log records it.</source>
        <translation>Ghi một bản sao không mã hóa ra ngoài không gian làm việc; nhật ký kiểm tra sẽ ghi lại việc này.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Đã lưu bản sao vào %1.</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Print case file</source>
        <translation>In hồ sơ trường hợp</translation>
    </message>
    <message>
        <source>A PDF of this case for a partner without the app: the person&apos;s details, consents, timeline and every interview, in one language or two side by side.</source>
        <translation>Một tệp PDF của trường hợp này cho đối tác không có ứng dụng: thông tin của người đó, các sự đồng ý, dòng thời gian và mọi cuộc phỏng vấn, bằng một ngôn ngữ hoặc hai ngôn ngữ song song.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Beside it</source>
        <translation>&amp;Bên cạnh</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Lưu thành</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Không có ngôn ngữ thứ hai</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>&amp;Ghi PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save the case file as</source>
        <translation>Lưu hồ sơ trường hợp thành</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the case file first.</source>
        <translation>Hãy chọn nơi lưu hồ sơ trường hợp trước.</translation>
    </message>
    <message>
        <source>Print an identified case file</source>
        <translation>In hồ sơ trường hợp có danh tính</translation>
    </message>
    <message>
        <source>This file will leave the encryption: anyone who gets it, or a copy or a print of it, can read this person&apos;s name and story.</source>
        <translation>Tệp này sẽ ra khỏi vùng mã hóa: bất kỳ ai có được nó, một bản sao hay một bản in của nó, đều có thể đọc tên và câu chuyện của người này.</translation>
    </message>
    <message>
        <source>Save it only on an encrypted drive, give it only to people allowed to see it, and delete it (and shred the paper) when it is no longer needed. Printing is recorded in the audit log.</source>
        <translation>Chỉ lưu nó trên ổ đĩa được mã hóa, chỉ đưa cho người được phép xem, và xóa nó (và hủy bản giấy) khi không còn cần. Việc in được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Write the unencrypted PDF</source>
        <translation>Ghi tệp PDF không mã hóa</translation>
    </message>
    <message>
        <source>Writing the case file…</source>
        <translation>Đang ghi hồ sơ trường hợp…</translation>
    </message>
    <message numerus="yes">
        <source>The case file was saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Hồ sơ trường hợp đã được lưu thành %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: the case file was not written, and no part of it was left.</source>
        <translation>Đĩa đã đầy: hồ sơ trường hợp chưa được ghi, và không còn phần nào của nó bị để lại.</translation>
    </message>
    <message>
        <source>The case file cannot be written in the folder %1. Choose another folder: nothing was written.</source>
        <translation>Không thể ghi hồ sơ trường hợp vào thư mục %1. Hãy chọn thư mục khác: chưa có gì được ghi.</translation>
    </message>
</context>
<context>
    <name>CaseFilePdf</name>
    <message>
        <source>Confidential: do not copy or pass on</source>
        <translation>Mật: không sao chép hoặc chuyển cho người khác</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Chưa ghi nhận sự đồng ý nào</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Các sự đồng ý</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Hồ sơ trường hợp</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from fieldcase. This paper is outside the app&apos;s encryption: keep it locked away, give it only to people allowed to see it, and destroy it when it is no longer needed.</source>
        <translation>Được %1 in lúc %2 từ fieldcase. Bản giấy này nằm ngoài vùng mã hóa của ứng dụng: hãy cất giữ có khóa, chỉ đưa cho người được phép xem, và hủy khi không còn cần.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Trường hợp %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>In ngày %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Lần theo dõi tới</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(chưa ghi tên)</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Đã chuyển tuyến</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Campuchia</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Trung Quốc</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>Lào</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Họ tên viết bằng chữ Latinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Ngày trở về</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>Hình thức bóc lột</translation>
    </message>
    <message>
        <source>Place of recruitment</source>
        <translation>Nơi bị tuyển mộ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Status at closure</source>
        <translation>Tình trạng khi đóng hồ sơ</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Lý do đóng hồ sơ</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Đã chuyển tuyến đến</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <translation>Đã đóng, đã chuyển tuyến</translation>
    </message>
    <message>
        <source>Reintegration goals reached</source>
        <translation>Đã đạt mục tiêu tái hòa nhập</translation>
    </message>
    <message>
        <source>The person asked to close the case</source>
        <translation>Người đó đề nghị đóng hồ sơ</translation>
    </message>
    <message>
        <source>Transferred to another organisation</source>
        <translation>Đã chuyển cho tổ chức khác</translation>
    </message>
    <message>
        <source>The person moved out of the team&apos;s area</source>
        <translation>Người đó đã chuyển khỏi địa bàn của nhóm</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>Mất liên lạc</translation>
    </message>
    <message>
        <source>The person has died</source>
        <translation>Người đó đã qua đời</translation>
    </message>
    <message>
        <source>Assessed as not a victim of trafficking</source>
        <translation>Được đánh giá không phải nạn nhân bị mua bán</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Reintegration support</source>
        <translation>Hỗ trợ tái hòa nhập</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>Trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Chăm sóc sức khỏe</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Nơi tạm trú</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Tìm kiếm gia đình</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Interview added to this case</source>
        <translation>Đã thêm cuộc phỏng vấn vào hồ sơ này</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>Đã sửa thông tin</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Thăm theo dõi</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>Đã chuyển tuyến đến %1</translation>
    </message>
    <message>
        <source>Referral accepted by %1</source>
        <translation>%1 đã nhận hồ sơ chuyển tuyến</translation>
    </message>
    <message>
        <source>Referral declined by %1</source>
        <translation>%1 đã từ chối hồ sơ chuyển tuyến</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Đã đóng hồ sơ</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Đã mở lại hồ sơ</translation>
    </message>
    <message>
        <source>Linked: possibly the same person</source>
        <translation>Đã liên kết: có thể là cùng một người</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Đã giải quyết xung đột</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Đã rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(chưa ghi tên)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Lần theo dõi tới</translation>
    </message>
    <message>
        <source>In conflict: %1</source>
        <translation>Đang xung đột: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>Nhấp đúp hoặc nhấn Enter để đọc cuộc phỏng vấn</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Giải quyết…</translation>
    </message>
    <message>
        <source>A supervisor will choose the right value.</source>
        <translation>Người giám sát sẽ chọn giá trị đúng.</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Quay lại danh sách</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Người được hỗ trợ</translation>
    </message>
    <message>
        <source>Conflicting values</source>
        <translation>Giá trị xung đột</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>New &amp;follow-up</source>
        <translation>&amp;Theo dõi mới</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>&amp;Chuyển tuyến…</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Đó&amp;ng hồ sơ…</translation>
    </message>
    <message>
        <source>Re&amp;open case…</source>
        <translation>&amp;Mở lại hồ sơ…</translation>
    </message>
    <message>
        <source>Co&amp;nsent withdrawn…</source>
        <translation>&amp;Rút lại sự đồng ý…</translation>
    </message>
    <message>
        <source>&amp;Erase case…</source>
        <translation>Xó&amp;a hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;Print case file…</source>
        <translation>In hồ sơ trường hợ&amp;p…</translation>
    </message>
    <message>
        <source>Ctrl+P: a PDF of this case, to give to a partner</source>
        <translation>Ctrl+P: tệp PDF của trường hợp này, để đưa cho đối tác</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>ConflictsWidget</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Xung đột cần giải quyết</translation>
    </message>
    <message>
        <source>Two laptops changed the same detail of a case before they synced. Both values are kept until you choose the right one.</source>
        <translation>Hai máy tính xách tay đã sửa cùng một thông tin của hồ sơ trước khi đồng bộ. Cả hai giá trị được giữ lại cho đến khi bạn chọn giá trị đúng.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Các giá trị</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Không có xung đột nào cần giải quyết.</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>&amp;Quay lại danh sách hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Giải quyết…</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Xem thêm</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Earlier</source>
        <translation>Trước đó</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Counting the cases…</source>
        <translation>Đang đếm hồ sơ…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <source>Cases on this laptop: %1 (open %2, referred %3, closed %4)</source>
        <translation>Hồ sơ trên máy tính xách tay này: %1 (đang mở %2, đã chuyển tuyến %3, đã đóng %4)</translation>
    </message>
    <message>
        <source>Follow-ups due soon: %1 · overdue: %2 · cases with open conflicts: %3</source>
        <translation>Lần theo dõi sắp đến hạn: %1 · quá hạn: %2 · hồ sơ có xung đột chưa giải quyết: %3</translation>
    </message>
    <message>
        <source>Counted on %1.</source>
        <translation>Đếm vào ngày %1.</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>Chưa đếm gì.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Không có gì để hiển thị trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>People identified, by month and citizenship</source>
        <translation>Số người được xác định là nạn nhân, theo tháng và quốc tịch</translation>
    </message>
    <message>
        <source>Returns, by month and citizenship</source>
        <translation>Số lượt trở về, theo tháng và quốc tịch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Follow-up visits: done, due soon and overdue, by month</source>
        <translation>Thăm theo dõi: đã thực hiện, sắp đến hạn và quá hạn, theo tháng</translation>
    </message>
    <message>
        <source>Types of exploitation (all cases)</source>
        <translation>Hình thức bóc lột (tất cả hồ sơ)</translation>
    </message>
    <message>
        <source>Cases with open conflicts, by team</source>
        <translation>Hồ sơ có xung đột chưa giải quyết, theo nhóm</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Không có xung đột nào chưa giải quyết.</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Không thuộc nhóm nào</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>Lưu thành ả&amp;nh…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>V&amp;erification report</source>
        <translation>Báo cáo xác &amp;minh</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>&amp;Quay lại danh sách hồ sơ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the overview as</source>
        <translation>Lưu trang tổng quan thành</translation>
    </message>
    <message>
        <source>fieldcase: overview</source>
        <translation>fieldcase: tổng quan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>e.g. 15/3/2026 or 2026-03-15</source>
        <translation>VD: 15/3/2026 hoặc 2026-03-15</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
</context>
<context>
    <name>DeviceApprovalDialog</name>
    <message>
        <source>Approve the team&apos;s laptops</source>
        <translation>Phê duyệt máy tính xách tay của nhóm</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Máy tính xách tay</translation>
    </message>
    <message>
        <source>These laptops are enrolled with the server but were not approved on this laptop. Choose one, ask its user to read the fingerprint their own laptop shows, and type it below. It is approved only if every group is the same as the keys the server holds for it: this laptop then gives it the team key at its next sync. A laptop you do not know, or whose fingerprint differs, must not be approved.</source>
        <translation>Các máy tính xách tay này đã đăng ký với máy chủ nhưng chưa được phê duyệt trên máy này. Hãy chọn một máy, nhờ người dùng của máy đó đọc dấu vân tay số mà chính máy của họ hiển thị, rồi gõ vào bên dưới. Máy chỉ được phê duyệt khi mọi nhóm đều giống với khóa mà máy chủ giữ cho máy đó: khi đó máy này sẽ trao khóa nhóm cho nó ở lần đồng bộ tiếp theo. Không được phê duyệt một máy bạn không biết, hoặc có dấu vân tay khác.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Trên máy chủ</translation>
    </message>
    <message>
        <source>&amp;Fingerprint the chosen laptop shows:</source>
        <translation>&amp;Dấu vân tay số mà máy được chọn hiển thị:</translation>
    </message>
    <message>
        <source>Approved on this laptop:</source>
        <translation>Đã phê duyệt trên máy này:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>Approve as &amp;supervisor</source>
        <translation>Phê duyệt làm người &amp;giám sát</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã phê duyệt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>người giám sát</translation>
    </message>
    <message>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>%1 is approved: it receives the team key at this laptop&apos;s next sync.</source>
        <translation>%1 đã được phê duyệt: máy đó sẽ nhận khóa nhóm ở lần đồng bộ tiếp theo của máy này.</translation>
    </message>
    <message>
        <source>No laptop waits for your approval.</source>
        <translation>Không có máy nào đang chờ bạn phê duyệt.</translation>
    </message>
    <message>
        <source>Enrolled %1 · %2</source>
        <translation>Đăng ký %1 · %2</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>Máy %1</translation>
    </message>
    <message>
        <source>The fingerprint typed is not the one of the keys the server holds for this laptop. It was not approved. Ask its user to read it again; if it still differs, do not approve it and tell your coordinator.</source>
        <translation>Dấu vân tay số đã gõ không phải của khóa mà máy chủ giữ cho máy này. Máy chưa được phê duyệt. Hãy nhờ người dùng của máy đọc lại; nếu vẫn khác, đừng phê duyệt và báo cho điều phối viên của bạn.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>no name yet</source>
        <translation>chưa có tên</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Bản nháp (%1)</translation>
    </message>
    <message>
        <source>No interview is waiting.</source>
        <translation>Không có cuộc phỏng vấn nào đang chờ.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Tiế&amp;p tục</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Hủy bỏ…</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Hủy bỏ bản nháp này?</translation>
    </message>
    <message>
        <source>The answers of this interview will be deleted for good:
%1</source>
        <translation>Các câu trả lời của cuộc phỏng vấn này sẽ bị xóa vĩnh viễn:
%1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>DuressBox</name>
    <message>
        <source>Duress password</source>
        <translation>Mật khẩu khi bị ép buộc</translation>
    </message>
    <message>
        <source>Typed at the login screen like a normal password, the duress password erases this workspace at once and opens a look-alike in its place: the same users, roles and settings, but no cases. Work not yet synchronised is lost. Tell it only to people who may be forced to open this laptop.</source>
        <translation>Khi được nhập ở màn hình đăng nhập như một mật khẩu bình thường, mật khẩu khi bị ép buộc sẽ xóa ngay không gian làm việc này và mở một không gian trông giống hệt thay vào đó: cùng người dùng, vai trò và cài đặt, nhưng không có hồ sơ nào. Công việc chưa đồng bộ sẽ bị mất. Chỉ cho biết mật khẩu này với những người có thể bị ép mở máy tính xách tay này.</translation>
    </message>
    <message>
        <source>D&amp;uress password</source>
        <translation>Mật khẩu khi bị ép &amp;buộc</translation>
    </message>
    <message>
        <source>Duress password a&amp;gain</source>
        <translation>Nhập &amp;lại mật khẩu khi bị ép buộc</translation>
    </message>
    <message>
        <source>Set duress password</source>
        <translation>Đặt mật khẩu khi bị ép buộc</translation>
    </message>
    <message>
        <source>Remove duress password</source>
        <translation>Gỡ mật khẩu khi bị ép buộc</translation>
    </message>
    <message>
        <source>A duress password is set on this laptop.</source>
        <translation>Máy tính xách tay này đã có mật khẩu khi bị ép buộc.</translation>
    </message>
    <message>
        <source>No duress password is set.</source>
        <translation>Chưa đặt mật khẩu khi bị ép buộc.</translation>
    </message>
    <message>
        <source>Please type the duress password twice.</source>
        <translation>Hãy nhập mật khẩu khi bị ép buộc hai lần.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Setting the duress password…</source>
        <translation>Đang đặt mật khẩu khi bị ép buộc…</translation>
    </message>
    <message>
        <source>The duress password is set.</source>
        <translation>Đã đặt mật khẩu khi bị ép buộc.</translation>
    </message>
    <message>
        <source>The duress password was removed.</source>
        <translation>Đã gỡ mật khẩu khi bị ép buộc.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this laptop with a sync server</source>
        <translation>Đăng ký máy tính xách tay này với máy chủ đồng bộ</translation>
    </message>
    <message>
        <source>Paste the invitation your supervisor gave you, or type the server&apos;s address, the one-time code and the certificate fingerprint.</source>
        <translation>Hãy dán lời mời mà người giám sát đã đưa cho bạn, hoặc nhập địa chỉ máy chủ, mã dùng một lần và dấu vân tay số của chứng chỉ.</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>&amp;Lời mời</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Địa chỉ &amp;máy chủ</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>Mã &amp;dùng một lần</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>Dấu &amp;vân tay số của chứng chỉ</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>Đăng &amp;ký</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Read this fingerprint to your supervisor. They compare it with the one their own laptop shows before approving this laptop:</source>
        <translation>Hãy đọc dấu vân tay số này cho người giám sát của bạn. Người giám sát sẽ đối chiếu nó với dấu vân tay số mà máy tính của chính họ hiển thị trước khi phê duyệt máy tính xách tay này:</translation>
    </message>
    <message>
        <source>Once approved, this laptop joins its team and syncs by itself whenever the server can be reached.</source>
        <translation>Sau khi được phê duyệt, máy tính xách tay này sẽ tham gia nhóm của mình và tự đồng bộ mỗi khi kết nối được với máy chủ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>This is not a fieldcase invitation.</source>
        <translation>Đây không phải là lời mời của fieldcase.</translation>
    </message>
    <message>
        <source>The server&apos;s address and the code are both needed.</source>
        <translation>Cần nhập cả địa chỉ máy chủ và mã.</translation>
    </message>
    <message>
        <source>The server did not accept this code: it may be mistyped, already used or expired. Ask your supervisor for a new invitation.</source>
        <translation>Máy chủ không chấp nhận mã này: có thể mã bị nhập sai, đã được dùng hoặc đã hết hạn. Hãy xin người giám sát của bạn một lời mời mới.</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Erase this case</source>
        <translation>Xóa hồ sơ này</translation>
    </message>
    <message>
        <source>Everything recorded about %1 will be erased from this laptop now, and from every laptop of the team when they next sync. Only a note that a case was erased remains. This cannot be undone. Copies already exported are not reached.</source>
        <translation>Mọi thông tin đã ghi về %1 sẽ bị xóa khỏi máy tính này ngay bây giờ, và khỏi mọi máy tính của nhóm khi đồng bộ lần tới. Chỉ còn lại ghi chú rằng một hồ sơ đã bị xóa. Không thể hoàn tác. Các bản đã xuất ra trước đó không bị xóa.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Tôi hiểu rằng việc này không thể hoàn tác</translation>
    </message>
    <message>
        <source>Why is it erased?</source>
        <translation>Vì sao xóa?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The workspace folder is read-only: %1. The disk is mounted read-only, or you may not write there. Copy the folder to a writable disk to open it.</source>
        <translation>Thư mục không gian làm việc chỉ đọc: %1. Ổ đĩa được gắn ở chế độ chỉ đọc, hoặc bạn không có quyền ghi vào đó. Hãy sao chép thư mục sang một ổ đĩa ghi được để mở.</translation>
    </message>
    <message>
        <source>The folder is read-only: %1. The disk is mounted read-only, or you may not write there. Nothing was written.</source>
        <translation>Thư mục chỉ đọc: %1. Ổ đĩa được gắn ở chế độ chỉ đọc, hoặc bạn không có quyền ghi vào đó. Chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>This cannot be written: %1. The disk is mounted read-only, or you may not write there.</source>
        <translation>Không ghi được: %1. Ổ đĩa được gắn ở chế độ chỉ đọc, hoặc bạn không có quyền ghi vào đó.</translation>
    </message>
    <message>
        <source>The password cannot be read: it holds characters that are not text. Type it again.</source>
        <translation>Không đọc được mật khẩu: mật khẩu có ký tự không phải là văn bản. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>The key file of this workspace is damaged: the password of this name cannot be checked. Another user or the recovery code may still open the workspace; ask your supervisor for help.</source>
        <translation>Tệp khóa của không gian làm việc này bị hỏng: không kiểm tra được mật khẩu của tên này. Người dùng khác hoặc mã khôi phục có thể vẫn mở được không gian làm việc; hãy nhờ người giám sát của bạn giúp đỡ.</translation>
    </message>
    <message>
        <source>Your role in this workspace was changed outside the app, so this login is refused. Ask a supervisor to check the workspace.</source>
        <translation>Vai trò của bạn trong không gian làm việc này đã bị thay đổi bên ngoài ứng dụng, nên lần đăng nhập này bị từ chối. Hãy nhờ người giám sát kiểm tra không gian làm việc.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV (mở được bằng Excel)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Tệp Excel (XLSX)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTCDS (common standard, CSV)</source>
        <translation>HTCDS (chuẩn chung, CSV)</translation>
    </message>
    <message>
        <source>De-identified, for research</source>
        <translation>Ẩn danh, dùng cho nghiên cứu</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <source>None (codes)</source>
        <translation>Không (dùng mã)</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>Chỉ trong khoảng ngày:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tất cả hồ sơ</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Tất cả biểu mẫu</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Quyền riêng tư</translation>
    </message>
    <message>
        <source>&amp;Labels in</source>
        <translation>&amp;Nhãn bằng tiếng</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation>&amp;Tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>N&amp;hóm</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>&amp;Biểu mẫu</translation>
    </message>
    <message>
        <source>Save to fol&amp;der</source>
        <translation>Lưu &amp;vào thư mục</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save the export to</source>
        <translation>Lưu dữ liệu xuất vào</translation>
    </message>
    <message>
        <source>Choose a folder for the export first.</source>
        <translation>Hãy chọn thư mục để lưu dữ liệu xuất trước.</translation>
    </message>
    <message>
        <source>Export identified data</source>
        <translation>Xuất dữ liệu có danh tính</translation>
    </message>
    <message>
        <source>These files will leave the encryption: anyone who gets the folder or a copy of it can read the names and stories of the people in it.</source>
        <translation>Các tệp này sẽ ra khỏi vùng mã hóa: bất kỳ ai có được thư mục hoặc một bản sao của nó đều có thể đọc tên và câu chuyện của những người trong đó.</translation>
    </message>
    <message>
        <source>Save them only on an encrypted drive, share them only with people allowed to see them, and delete them when they are no longer needed. The export is recorded in the audit log.</source>
        <translation>Chỉ lưu chúng trên ổ đĩa được mã hóa, chỉ chia sẻ với những người được phép xem, và xóa chúng khi không còn cần. Nhật ký kiểm tra sẽ ghi lại lần xuất này.</translation>
    </message>
    <message>
        <source>Write unencrypted files</source>
        <translation>Ghi các tệp không mã hóa</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Đang dừng xuất dữ liệu…</translation>
    </message>
    <message>
        <source>Exporting… rows written: %1</source>
        <translation>Đang xuất… đã ghi %1 dòng</translation>
    </message>
    <message>
        <source>The export is finished.</source>
        <translation>Đã xuất xong.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>Số dòng đã ghi: %1</translation>
    </message>
    <message>
        <source>Cases left out because consent was withdrawn: %1</source>
        <translation>Hồ sơ không đưa vào vì đã rút lại sự đồng ý: %1</translation>
    </message>
    <message>
        <source>People left out because they did not agree to research use: %1</source>
        <translation>Người không đưa vào vì không đồng ý cho dùng vào nghiên cứu: %1</translation>
    </message>
    <message>
        <source>Rows suppressed to protect identities: %1</source>
        <translation>Số dòng bị lược bỏ để bảo vệ danh tính: %1</translation>
    </message>
    <message>
        <source>Forms not in this laptop&apos;s library, left out: %1</source>
        <translation>Biểu mẫu không có trên máy tính xách tay này nên không đưa vào: %1</translation>
    </message>
    <message>
        <source>A report of this export was saved as export-report.json.</source>
        <translation>Báo cáo của lần xuất này đã được lưu thành export-report.json.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was left behind.</source>
        <translation>Đã hủy xuất dữ liệu. Không còn tệp nào sót lại.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Review and finish</source>
        <translation>Xem lại và hoàn tất</translation>
    </message>
    <message>
        <source>Undo the link: open a new case</source>
        <translation>Hủy liên kết: mở hồ sơ mới</translation>
    </message>
    <message>
        <source>Questions to complete</source>
        <translation>Các câu hỏi cần hoàn thành</translation>
    </message>
    <message>
        <source>The answers, as they will be saved:</source>
        <translation>Các câu trả lời, như sẽ được lưu:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Hoàn tất phỏng vấn</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction:</source>
        <translation>
            <numerusform>Còn %n câu hỏi cần trả lời hoặc sửa lại:</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is answered. Finishing saves the interview for good: it cannot be changed afterwards.</source>
        <translation>Đã trả lời đủ các câu cần thiết. Khi hoàn tất, cuộc phỏng vấn được lưu chính thức và không thể sửa đổi sau đó.</translation>
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
        <source>Folder</source>
        <translation>Thư mục</translation>
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
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
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
        <source>This folder already holds a fieldcase workspace. Choose another folder.</source>
        <translation>Thư mục này đã chứa một không gian làm việc fieldcase. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty folder, or type the name of a new one.</source>
        <translation>Thư mục này không trống. Hãy chọn một thư mục trống, hoặc gõ tên một thư mục mới.</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>Đây là một tệp, không phải thư mục. Hãy chọn một thư mục.</translation>
    </message>
    <message>
        <source>fieldcase cannot write in this folder. Choose a folder of your own.</source>
        <translation>fieldcase không thể ghi vào thư mục này. Hãy chọn một thư mục của riêng bạn.</translation>
    </message>
    <message>
        <source>Choose a folder, or type its full path.</source>
        <translation>Hãy chọn một thư mục, hoặc gõ đường dẫn đầy đủ của nó.</translation>
    </message>
    <message>
        <source>Folder for the workspace</source>
        <translation>Thư mục cho không gian làm việc</translation>
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
    <message>
        <source>Deriving the key from your password…</source>
        <translation>Đang tạo khóa từ mật khẩu của bạn…</translation>
    </message>
    <message>
        <source>Protecting the workspace with the recovery code…</source>
        <translation>Đang bảo vệ không gian làm việc bằng mã khôi phục…</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Đang tạo cơ sở dữ liệu được mã hóa…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Đang hoàn tất…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <source>Latitude, e.g. 13.7563</source>
        <translation>Vĩ độ, VD: 13.7563</translation>
    </message>
    <message>
        <source>Longitude, e.g. 100.5018</source>
        <translation>Kinh độ, VD: 100.5018</translation>
    </message>
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>No case matches this search and these filters.</source>
        <translation>Không có hồ sơ nào khớp với tìm kiếm và bộ lọc này.</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>Số hồ sơ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n or more</source>
        <translation>
            <numerusform>Số hồ sơ: %n trở lên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Lần theo dõi đến hạn (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>A name, in any script or in Latin letters</source>
        <translation>Họ tên, viết bằng chữ nào cũng được hoặc chữ Latinh</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>All citizenships</source>
        <translation>Mọi quốc tịch</translation>
    </message>
    <message>
        <source>Any follow-up date</source>
        <translation>Mọi ngày theo dõi</translation>
    </message>
    <message>
        <source>Follow-up due or overdue</source>
        <translation>Theo dõi đến hạn hoặc quá hạn</translation>
    </message>
    <message>
        <source>Follow-up due soon</source>
        <translation>Theo dõi sắp đến hạn</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Theo dõi quá hạn</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>T&amp;iếp nhận mới</translation>
    </message>
    <message>
        <source>No follow-up is due now.</source>
        <translation>Hiện không có lần theo dõi nào đến hạn.</translation>
    </message>
    <message>
        <source>You are logged in as an interpreter</source>
        <translation>Bạn đã đăng nhập với vai trò phiên dịch viên</translation>
    </message>
    <message>
        <source>An interpreter helps in the interviews a social worker runs. You do not see the case list and cannot open or change a case: the interview happens on the social worker&apos;s login, with you beside her.</source>
        <translation>Phiên dịch viên hỗ trợ trong các cuộc phỏng vấn do nhân viên công tác xã hội thực hiện. Bạn không thấy danh sách hồ sơ và không thể mở hay thay đổi hồ sơ: cuộc phỏng vấn diễn ra trên phiên đăng nhập của nhân viên công tác xã hội, với bạn ngồi bên cạnh.</translation>
    </message>
    <message>
        <source>How a social worker opens an interview for you:
1. Click &quot;Switch user&quot; below; the social worker logs in with her own name.
2. She opens the interview (New intake, or New follow-up in the person&apos;s case) and ticks &quot;Interpreter mode: show two languages&quot;.
3. She chooses the person&apos;s language: each question then shows in both languages, and she records your name as the interpreter.</source>
        <translation>Cách nhân viên công tác xã hội mở một cuộc phỏng vấn cho bạn:
1. Bấm &quot;Đổi người dùng&quot; bên dưới; nhân viên công tác xã hội đăng nhập bằng tên của chính mình.
2. Chị ấy mở cuộc phỏng vấn (Tiếp nhận mới, hoặc Theo dõi mới trong hồ sơ của người đó) và đánh dấu &quot;Chế độ phiên dịch: hiện hai ngôn ngữ&quot;.
3. Chị ấy chọn ngôn ngữ của người đó: mỗi câu hỏi khi đó hiện bằng cả hai ngôn ngữ, và chị ấy ghi tên bạn là phiên dịch viên.</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>Đổi &amp;người dùng</translation>
    </message>
    <message>
        <source>No cases yet. New cases appear here once an intake is finished.</source>
        <translation>Chưa có hồ sơ nào. Hồ sơ mới sẽ hiện ở đây sau khi hoàn tất tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>InterpreterScreen</name>
    <message>
        <source>%1 — with %2</source>
        <translation>%1 — cùng %2</translation>
    </message>
    <message>
        <source>Interviews you assist</source>
        <translation>Các cuộc phỏng vấn bạn hỗ trợ</translation>
    </message>
    <message>
        <source>These are the interviews a social worker named you in as interpreter. Open one to read each question and note the answers; the social worker sees what you saved when she opens the interview again, and she finishes it. You see nothing else of this workspace.</source>
        <translation>Đây là các cuộc phỏng vấn mà một nhân viên công tác xã hội đã ghi tên bạn làm phiên dịch. Mở một cuộc để đọc từng câu hỏi và ghi câu trả lời; nhân viên công tác xã hội sẽ thấy những gì bạn đã lưu khi cô ấy mở lại cuộc phỏng vấn, và cô ấy là người hoàn tất. Bạn không thấy gì khác của không gian làm việc này.</translation>
    </message>
    <message>
        <source>No interview names you yet. The social worker names you as the interpreter when she starts the interview on her login; then log in again.</source>
        <translation>Chưa có cuộc phỏng vấn nào ghi tên bạn. Nhân viên công tác xã hội ghi tên bạn làm phiên dịch khi cô ấy bắt đầu cuộc phỏng vấn trên phiên đăng nhập của mình; sau đó hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>Đổi &amp;người dùng</translation>
    </message>
</context>
<context>
    <name>InterviewWidget</name>
    <message>
        <source>Interpreter: %1</source>
        <translation>Phiên dịch viên: %1</translation>
    </message>
    <message>
        <source>Interpreter mode: show two languages</source>
        <translation>Chế độ phiên dịch: hiện hai ngôn ngữ</translation>
    </message>
    <message>
        <source>Language of the person interviewed</source>
        <translation>Ngôn ngữ của người được phỏng vấn</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Lưu và đóng</translation>
    </message>
    <message>
        <source>Nothing has been added here yet.</source>
        <translation>Chưa có mục nào được thêm ở đây.</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Thêm mục khác</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>Bỏ mục này</translation>
    </message>
    <message>
        <source>Remove these answers? This cannot be undone.</source>
        <translation>Bỏ các câu trả lời này? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Form version %1</source>
        <translation>Biểu mẫu phiên bản %1</translation>
    </message>
    <message>
        <source>Interpreter named in this interview</source>
        <translation>Phiên dịch được ghi tên trong cuộc phỏng vấn này</translation>
    </message>
    <message>
        <source>No interpreter named</source>
        <translation>Chưa ghi tên phiên dịch</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>Xem lại và hoàn tất</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <source>the answer needs a correction</source>
        <translation>câu trả lời cần sửa lại</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Đã lưu bản nháp</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Đang hoàn tất…</translation>
    </message>
    <message>
        <source>Finished and saved</source>
        <translation>Đã hoàn tất và lưu</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Continue a &amp;draft</source>
        <translation>Tiếp tục bản &amp;nháp</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Phỏng vấn mới</translation>
    </message>
    <message>
        <source>No intake form is open to new interviews on this laptop.</source>
        <translation>Không có biểu mẫu tiếp nhận nào dùng được cho cuộc phỏng vấn mới trên máy này.</translation>
    </message>
    <message>
        <source>No follow-up form is open to new interviews on this laptop.</source>
        <translation>Không có biểu mẫu theo dõi nào dùng được cho cuộc phỏng vấn mới trên máy này.</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Không có bản nháp</translation>
    </message>
    <message>
        <source>No form open to new interviews</source>
        <translation>Không có biểu mẫu nào đang mở cho phỏng vấn mới</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>A whole number, e.g. 25</source>
        <translation>Số nguyên, VD: 25</translation>
    </message>
    <message>
        <source>A number, e.g. 2.5</source>
        <translation>Số, VD: 2.5</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>VD: 14:30</translation>
    </message>
    <message>
        <source>e.g. 2026-03-15 14:30</source>
        <translation>VD: 2026-03-15 14:30</translation>
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
        <source>Type your user name</source>
        <translation>Gõ tên người dùng của bạn</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Emergency wipe…</source>
        <translation>Xóa khẩn cấp…</translation>
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
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>New &amp;intake</source>
        <translation>T&amp;iếp nhận mới</translation>
    </message>
    <message>
        <source>&amp;Conflicts to resolve</source>
        <translation>&amp;Xung đột cần giải quyết</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Người dùng và vai trò…</translation>
    </message>
    <message>
        <source>Workspace se&amp;ttings…</source>
        <translation>&amp;Cài đặt không gian làm việc…</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>&amp;Xóa khẩn cấp…</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Clear answer</source>
        <translation>Xóa câu trả lời</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>Vui lòng trả lời câu hỏi này.</translation>
    </message>
    <message>
        <source>The form could not check this answer (%1).</source>
        <translation>Biểu mẫu không kiểm tra được câu trả lời này (%1).</translation>
    </message>
    <message>
        <source>This answer is not allowed here. Please check it.</source>
        <translation>Câu trả lời này không hợp lệ ở đây. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <source>Type a whole number, for example 25.</source>
        <translation>Hãy nhập số nguyên, ví dụ 25.</translation>
    </message>
    <message>
        <source>Type a number, for example 2.5.</source>
        <translation>Hãy nhập một số, ví dụ 2.5.</translation>
    </message>
    <message>
        <source>Type a date, for example 15/3/2026, 15/3/2569 or 2026-03-15.</source>
        <translation>Hãy nhập ngày, ví dụ 15/3/2026, 15/3/2569 hoặc 2026-03-15.</translation>
    </message>
    <message>
        <source>Type a time, for example 14:30.</source>
        <translation>Hãy nhập giờ, ví dụ 14:30.</translation>
    </message>
    <message>
        <source>Type a date and a time, for example 2026-03-15 14:30.</source>
        <translation>Hãy nhập ngày và giờ, ví dụ 2026-03-15 14:30.</translation>
    </message>
    <message>
        <source>Latitude is between -90 and 90, longitude between -180 and 180.</source>
        <translation>Vĩ độ nằm trong khoảng -90 đến 90, kinh độ trong khoảng -180 đến 180.</translation>
    </message>
    <message>
        <source>This answer cannot be used here.</source>
        <translation>Không thể dùng câu trả lời này ở đây.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer the case</source>
        <translation>Chuyển tuyến hồ sơ</translation>
    </message>
    <message>
        <source>I compared this fingerprint with that team&apos;s supervisor: it is the same.</source>
        <translation>Tôi đã đối chiếu dấu vân tay số này với người giám sát của nhóm đó: hai bên giống nhau.</translation>
    </message>
    <message>
        <source>The person agreed that their case goes to this team, for this purpose.</source>
        <translation>Người đó đã đồng ý chuyển hồ sơ của mình đến nhóm này, cho mục đích này.</translation>
    </message>
    <message>
        <source>Without the person&apos;s consent the case cannot be referred.</source>
        <translation>Không có sự đồng ý của người đó thì không thể chuyển tuyến hồ sơ.</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Chuyển tuyến</translation>
    </message>
    <message>
        <source>To the team</source>
        <translation>Đến nhóm</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No one has compared this team&apos;s fingerprint yet: %1</source>
        <translation>Chưa ai đối chiếu dấu vân tay số của nhóm này: %1</translation>
    </message>
</context>
<context>
    <name>ReferralBox</name>
    <message>
        <source>Referred to this team</source>
        <translation>Được chuyển tuyến đến nhóm này</translation>
    </message>
    <message>
        <source>&amp;Accept the case</source>
        <translation>Nhận hồ &amp;sơ</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Từ chố&amp;i</translation>
    </message>
    <message>
        <source>Sent by %1 of team %2 (laptop %3)</source>
        <translation>Do %1 thuộc nhóm %2 gửi (máy tính xách tay %3)</translation>
    </message>
    <message>
        <source>Waiting for this team&apos;s decision.</source>
        <translation>Đang chờ quyết định của nhóm này.</translation>
    </message>
    <message>
        <source>This team accepted the case.</source>
        <translation>Nhóm này đã nhận hồ sơ.</translation>
    </message>
    <message>
        <source>This team declined the case.</source>
        <translation>Nhóm này đã từ chối hồ sơ.</translation>
    </message>
    <message>
        <source>Team %1&apos;s fingerprint has not been compared on this laptop.</source>
        <translation>Dấu vân tay số của nhóm %1 chưa được đối chiếu trên máy tính xách tay này.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>Mở lại hồ sơ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>Vì sao mở lại hồ sơ?</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <source>Two laptops recorded different values for “%1” of %2. Which one is right?</source>
        <translation>Hai máy tính xách tay đã ghi hai giá trị khác nhau cho “%1” của %2. Giá trị nào đúng?</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Giữ giá trị này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 (recorded by %2, %3)</source>
        <translation>%1 (do %2 ghi, %3)</translation>
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
<context>
    <name>SamePerson</name>
    <message>
        <source>same name</source>
        <translation>cùng tên</translation>
    </message>
    <message>
        <source>the name written in another script</source>
        <translation>tên viết bằng chữ khác</translation>
    </message>
    <message>
        <source>a name that sounds alike</source>
        <translation>tên đọc gần giống</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>cùng ngày sinh</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>cùng năm sinh</translation>
    </message>
    <message>
        <source>about the same age</source>
        <translation>tuổi gần bằng nhau</translation>
    </message>
    <message>
        <source>same gender</source>
        <translation>cùng giới tính</translation>
    </message>
    <message>
        <source>same citizenship</source>
        <translation>cùng quốc tịch</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>khoảng %1</translation>
    </message>
    <message>
        <source>Possibly the same person as:</source>
        <translation>Có thể là cùng một người với:</translation>
    </message>
    <message>
        <source>An earlier case may be about this person. Open it to compare; if it is the same person, link this intake to it and no second case is opened. Nothing is merged unless you link.</source>
        <translation>Một hồ sơ trước đây có thể là của người này. Hãy mở ra để so sánh; nếu là cùng một người, hãy liên kết phiếu tiếp nhận này với hồ sơ đó và sẽ không mở hồ sơ thứ hai. Không có gì được gộp trừ khi bạn liên kết.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Sinh</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>Ghi nhận gần nhất</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Open the case (read only)…</source>
        <translation>Mở hồ sơ (chỉ đọc)…</translation>
    </message>
    <message>
        <source>Link this intake to this case</source>
        <translation>Liên kết phiếu tiếp nhận này với hồ sơ này</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Undo the link</source>
        <translation>Hủy liên kết</translation>
    </message>
    <message>
        <source>The same person as an earlier case</source>
        <translation>Cùng một người với một hồ sơ trước đây</translation>
    </message>
    <message>
        <source>Possibly the same person as an earlier case (found: %1)</source>
        <translation>Có thể là cùng một người với một hồ sơ trước đây (tìm thấy: %1)</translation>
    </message>
    <message>
        <source>Will be added to the case of %1 (case %2, born %3, %4): finishing records this intake&apos;s answers on that case and opens no new case.</source>
        <translation>Sẽ được thêm vào hồ sơ của %1 (hồ sơ %2, sinh %3, %4): khi hoàn tất, các câu trả lời của phiếu tiếp nhận này được ghi vào hồ sơ đó và không mở hồ sơ mới.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>không có tên</translation>
    </message>
    <message>
        <source>Earlier case (read only)</source>
        <translation>Hồ sơ trước đây (chỉ đọc)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Họ tên viết bằng chữ Latinh</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the interview</source>
        <translation>Nhấp đúp hoặc nhấn Enter để đọc cuộc phỏng vấn</translation>
    </message>
    <message>
        <source>Will be added to the earlier case %1.</source>
        <translation>Sẽ được thêm vào hồ sơ trước đây %1.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Interview: %1 (read-only)</source>
        <translation>Cuộc phỏng vấn: %1 (chỉ đọc)</translation>
    </message>
    <message>
        <source>Filled in by %1</source>
        <translation>Người điền: %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>Phiên dịch viên: %1</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Không có phiên dịch viên</translation>
    </message>
    <message>
        <source>&amp;Show in</source>
        <translation>&amp;Hiển thị bằng</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 (the person&apos;s language)</source>
        <translation>%1 (ngôn ngữ của người đó)</translation>
    </message>
</context>
<context>
    <name>SupervisorScreens</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Verification report</source>
        <translation>Báo cáo &amp;xác minh</translation>
    </message>
    <message>
        <source>&amp;Approve laptops…</source>
        <translation>Phê duyệt &amp;máy tính xách tay…</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Enrol with a server…</source>
        <translation>Đăng ký với máy chủ…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Đang chờ gửi: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Đã gửi: %1</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a sync server.</source>
        <translation>Máy tính xách tay này chưa đăng ký với máy chủ đồng bộ.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>Chưa đồng bộ lần nào.</translation>
    </message>
    <message>
        <source>Received items to fetch again: %1</source>
        <translation>Mục đã nhận sẽ tải lại: %1</translation>
    </message>
    <message>
        <source>Offline: syncs by itself when the server can be reached.</source>
        <translation>Ngoại tuyến: sẽ tự đồng bộ khi kết nối được với máy chủ.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to approve this laptop on the server.</source>
        <translation>Đang chờ người giám sát phê duyệt máy tính xách tay này trên máy chủ.</translation>
    </message>
    <message>
        <source>Refused by the server and kept aside: %1</source>
        <translation>Bị máy chủ từ chối và được để riêng: %1</translation>
    </message>
    <message>
        <source>Received items that did not check out: %1. They are fetched again at each sync until a good copy arrives.</source>
        <translation>Mục đã nhận không qua được kiểm tra: %1. Chúng được tải lại mỗi lần đồng bộ cho đến khi nhận được bản đúng.</translation>
    </message>
    <message>
        <source>Laptops waiting for your approval: %1 (Workspace › Approve laptops…)</source>
        <translation>Máy tính xách tay đang chờ bạn phê duyệt: %1 (Không gian làm việc › Phê duyệt máy tính xách tay…)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>No connection to the server. Your work is kept here; try again later.</source>
        <translation>Không kết nối được với máy chủ. Công việc của bạn vẫn được lưu ở đây; hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The server has a problem. Your work is kept here; try again later.</source>
        <translation>Máy chủ đang gặp sự cố. Công việc của bạn vẫn được lưu ở đây; hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The server needs an update before this laptop can sync.</source>
        <translation>Máy chủ cần được cập nhật trước khi máy tính xách tay này có thể đồng bộ.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team and can no longer sync. Ask your supervisor.</source>
        <translation>Máy tính xách tay này đã bị loại khỏi nhóm và không thể đồng bộ nữa. Hãy hỏi người giám sát của bạn.</translation>
    </message>
    <message>
        <source>The server does not recognise this laptop. Ask your supervisor.</source>
        <translation>Máy chủ không nhận ra máy tính xách tay này. Hãy hỏi người giám sát của bạn.</translation>
    </message>
    <message>
        <source>Some data could not be synced: %1</source>
        <translation>Một số dữ liệu không đồng bộ được: %1</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;lớn hơn</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Cỡ chữ &amp;bình thường</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Choose the update: its folder, or its .zip or .tar.gz file</source>
        <translation>Chọn bản cập nhật: thư mục của nó, hoặc tệp .zip hay .tar.gz của nó</translation>
    </message>
    <message>
        <source>fieldcase updates</source>
        <translation>Bản cập nhật fieldcase</translation>
    </message>
    <message>
        <source>Checking the update…</source>
        <translation>Đang kiểm tra bản cập nhật…</translation>
    </message>
    <message>
        <source>Downloading the update from your team&apos;s server…</source>
        <translation>Đang tải bản cập nhật từ máy chủ của nhóm bạn…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Đang cài đặt…</translation>
    </message>
    <message>
        <source>fieldcase %1 · signed by release key %2 · verified</source>
        <translation>fieldcase %1 · được ký bằng khóa phát hành %2 · đã xác minh</translation>
    </message>
    <message>
        <source>Installed: fieldcase %1 starts the next time fieldcase is opened (%2 is kept).</source>
        <translation>Đã cài đặt: fieldcase %1 sẽ chạy vào lần tới khi mở fieldcase (vẫn giữ %2).</translation>
    </message>
    <message>
        <source>Refused: this folder holds no signed fieldcase release. Nothing was installed.</source>
        <translation>Bị từ chối: thư mục này không chứa bản phát hành fieldcase nào đã được ký. Không có gì được cài đặt.</translation>
    </message>
    <message>
        <source>Refused: the update is signed by a key fieldcase does not trust. Nothing was installed.</source>
        <translation>Bị từ chối: bản cập nhật được ký bằng một khóa mà fieldcase không tin cậy. Không có gì được cài đặt.</translation>
    </message>
    <message>
        <source>Refused: the update was changed after it was signed. Nothing was installed.</source>
        <translation>Bị từ chối: bản cập nhật đã bị thay đổi sau khi được ký. Không có gì được cài đặt.</translation>
    </message>
    <message>
        <source>Refused: the update&apos;s files do not match its signed list (changed, missing, added or cut short). Nothing was installed.</source>
        <translation>Bị từ chối: các tệp của bản cập nhật không khớp với danh sách đã ký (bị thay đổi, thiếu, thêm vào hoặc bị cắt ngắn). Không có gì được cài đặt.</translation>
    </message>
    <message>
        <source>Refused: this update is for another kind of computer. Nothing was installed.</source>
        <translation>Bị từ chối: bản cập nhật này dành cho loại máy tính khác. Không có gì được cài đặt.</translation>
    </message>
    <message>
        <source>Refused: version %1 is the version running already. Nothing was installed.</source>
        <translation>Bị từ chối: phiên bản %1 là phiên bản đang chạy. Không có gì được cài đặt.</translation>
    </message>
    <message>
        <source>Refused: version %1 is older than the running version %2. Nothing was installed.</source>
        <translation>Bị từ chối: phiên bản %1 cũ hơn phiên bản đang chạy %2. Không có gì được cài đặt.</translation>
    </message>
    <message>
        <source>This fieldcase runs from a developer&apos;s copy: it cannot install updates. Nothing was changed.</source>
        <translation>fieldcase này chạy từ bản sao của nhà phát triển: không thể cài đặt bản cập nhật. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Install an update</source>
        <translation>Cài đặt bản cập nhật</translation>
    </message>
    <message>
        <source>This laptop runs fieldcase %1. Choose the folder of a newer version (on a USB stick, for instance) or its .zip or .tar.gz file: it is installed only if it is signed by the fieldcase project and nothing in it was changed.</source>
        <translation>Máy tính này đang chạy fieldcase %1. Hãy chọn thư mục của một phiên bản mới hơn (ví dụ trên USB) hoặc tệp .zip hay .tar.gz của nó: nó chỉ được cài đặt nếu được dự án fieldcase ký và không có gì bên trong bị thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Choose a folder or file…</source>
        <translation>&amp;Chọn thư mục hoặc tệp…</translation>
    </message>
    <message>
        <source>&amp;Download %1 from your team&apos;s server</source>
        <translation>&amp;Tải %1 từ máy chủ của nhóm bạn</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>Cà&amp;i đặt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Go back to an earlier version</source>
        <translation>Quay lại phiên bản trước</translation>
    </message>
    <message>
        <source>Go back to fieldcase %1?</source>
        <translation>Quay lại fieldcase %1?</translation>
    </message>
    <message>
        <source>fieldcase %1 will start the next time fieldcase is opened, instead of %2. Version %2 stays installed.</source>
        <translation>fieldcase %1 sẽ chạy vào lần tới khi mở fieldcase, thay cho %2. Phiên bản %2 vẫn được cài đặt.</translation>
    </message>
    <message>
        <source>&amp;Go back to %1</source>
        <translation>&amp;Quay lại %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>fieldcase %1 starts the next time fieldcase is opened.</source>
        <translation>fieldcase %1 sẽ chạy vào lần tới khi mở fieldcase.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Install &amp;update…</source>
        <translation>Cài đặt &amp;bản cập nhật…</translation>
    </message>
    <message>
        <source>Go &amp;back to version %1…</source>
        <translation>&amp;Quay lại phiên bản %1…</translation>
    </message>
    <message>
        <source>A newer version %1 is available from your team&apos;s server.</source>
        <translation>Có phiên bản mới hơn %1 trên máy chủ của nhóm bạn.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Người dùng và vai trò</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Nhập lại mật &amp;khẩu</translation>
    </message>
    <message>
        <source>A&amp;dd user</source>
        <translation>Thêm người &amp;dùng</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Người dùng đã chọn</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Enable with this password</source>
        <translation>Cho dùng lại với mật khẩu này</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Please type the password twice.</source>
        <translation>Hãy nhập mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>%1 can now log in on this laptop.</source>
        <translation>%1 giờ đã có thể đăng nhập trên máy tính xách tay này.</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 giờ là: %2</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>%1 can log in again with the new password.</source>
        <translation>%1 có thể đăng nhập lại bằng mật khẩu mới.</translation>
    </message>
    <message>
        <source>%1 can no longer open this workspace.</source>
        <translation>%1 không thể mở không gian làm việc này nữa.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Sent by a laptop this one does not know. Approve the device on the server, or confirm its fingerprint, then import or sync again.</source>
        <translation>Được gửi từ một máy tính xách tay mà máy này không biết. Hãy phê duyệt thiết bị đó trên máy chủ, hoặc xác nhận dấu vân tay số của thiết bị, rồi nhập hoặc đồng bộ lại.</translation>
    </message>
    <message>
        <source>Sent by a laptop that was removed from the team.</source>
        <translation>Được gửi từ một máy tính xách tay đã bị loại khỏi nhóm.</translation>
    </message>
    <message>
        <source>The signature does not match the laptop it claims to come from: it may have been changed on the way.</source>
        <translation>Chữ ký không khớp với máy tính xách tay được ghi là nơi gửi: có thể dữ liệu đã bị thay đổi trên đường truyền.</translation>
    </message>
    <message>
        <source>Sealed for other keys: this laptop cannot open it.</source>
        <translation>Được niêm phong cho khóa khác: máy tính xách tay này không mở được.</translation>
    </message>
    <message>
        <source>Its encrypted content was damaged or changed on the way.</source>
        <translation>Nội dung mã hóa đã bị hỏng hoặc bị thay đổi trên đường truyền.</translation>
    </message>
    <message>
        <source>A copy of another item, or an item claiming to be from another laptop (replayed).</source>
        <translation>Bản sao của một mục khác, hoặc một mục tự nhận là đến từ máy tính xách tay khác (gửi lặp lại).</translation>
    </message>
    <message>
        <source>The server refused it: it was not sent by the laptop or team named.</source>
        <translation>Máy chủ đã từ chối: mục này không phải do máy tính xách tay hoặc nhóm được nêu tên gửi.</translation>
    </message>
    <message>
        <source>Only a supervisor&apos;s laptop may erase a case: this erasure was ignored.</source>
        <translation>Chỉ máy tính xách tay của người giám sát mới được xóa hồ sơ: lệnh xóa này đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>A kind of item this version of fieldcase does not handle yet. Update fieldcase.</source>
        <translation>Loại mục mà phiên bản fieldcase này chưa xử lý được. Hãy cập nhật fieldcase.</translation>
    </message>
    <message>
        <source>Not a readable fieldcase item (damaged file).</source>
        <translation>Không phải là mục fieldcase đọc được (tệp bị hỏng).</translation>
    </message>
    <message>
        <source>A referral from a team this laptop does not know yet. It is tried again at the next sync, once the team is in the directory.</source>
        <translation>Hồ sơ chuyển tuyến từ một nhóm mà máy tính xách tay này chưa biết. Sẽ thử lại ở lần đồng bộ tới, khi nhóm đó đã có trong danh bạ nhóm.</translation>
    </message>
    <message>
        <source>An answer to a referral this team did not make (or that has not reached this laptop yet): ignored for now.</source>
        <translation>Phản hồi cho một hồ sơ chuyển tuyến mà nhóm này không gửi (hoặc chưa đến máy tính xách tay này): tạm thời bỏ qua.</translation>
    </message>
    <message>
        <source>Another team&apos;s entry is signed by a different key than before: not used. Compare that team&apos;s fingerprint with its supervisor.</source>
        <translation>Thông tin của một nhóm khác được ký bằng khóa khác với trước đây: không được sử dụng. Hãy đối chiếu dấu vân tay số của nhóm đó với người giám sát của nhóm đó.</translation>
    </message>
    <message>
        <source>Refused for another reason (see details).</source>
        <translation>Bị từ chối vì lý do khác (xem chi tiết).</translation>
    </message>
    <message>
        <source>Sent by this laptop, refused by the server</source>
        <translation>Do máy tính xách tay này gửi, bị máy chủ từ chối</translation>
    </message>
    <message>
        <source>Received, not applied</source>
        <translation>Đã nhận, chưa áp dụng</translation>
    </message>
    <message>
        <source>Case change</source>
        <translation>Thay đổi hồ sơ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Phiên bản biểu mẫu</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Chuyển tuyến</translation>
    </message>
</context>
<context>
    <name>VerificationWidget</name>
    <message>
        <source>Import a transfer file</source>
        <translation>Nhập tệp chuyển dữ liệu</translation>
    </message>
    <message>
        <source>Transfer files (*)</source>
        <translation>Tệp chuyển dữ liệu (*)</translation>
    </message>
    <message>
        <source>No sync or import in this session yet. Items refused earlier are listed below.</source>
        <translation>Chưa đồng bộ hoặc nhập dữ liệu lần nào trong phiên làm việc này. Các mục bị từ chối trước đây được liệt kê bên dưới.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Đồng bộ lần cuối</translation>
    </message>
    <message>
        <source>Last USB import</source>
        <translation>Nhập từ USB lần cuối</translation>
    </message>
    <message>
        <source>%1: received %2, applied %3, already here (duplicates) %4, refused %5.</source>
        <translation>%1: đã nhận %2, đã áp dụng %3, đã có sẵn (trùng lặp) %4, bị từ chối %5.</translation>
    </message>
    <message>
        <source>Sent: %1, already on the server %2, refused by the server %3.</source>
        <translation>Đã gửi: %1, đã có trên máy chủ %2, bị máy chủ từ chối %3.</translation>
    </message>
    <message>
        <source>This laptop is waiting for a supervisor&apos;s approval.</source>
        <translation>Máy tính xách tay này đang chờ người giám sát phê duyệt.</translation>
    </message>
    <message>
        <source>Cases erased by a supervisor: %1</source>
        <translation>Hồ sơ đã bị người giám sát xóa: %1</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Báo cáo xác minh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Lý do bị từ chối</translation>
    </message>
    <message numerus="yes">
        <source>Refused items kept aside: %n</source>
        <translation>
            <numerusform>Các mục bị từ chối được để riêng: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused items kept aside</source>
        <translation>Các mục bị từ chối được để riêng</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>Không có mục nào bị từ chối.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Import a transfer file…</source>
        <translation>&amp;Nhập tệp chuyển dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>&amp;Quay lại danh sách hồ sơ</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>Xóa khẩn cấp</translation>
    </message>
    <message>
        <source>An emergency wipe erases this workspace from this laptop for good: every case, form and password on it. Work already synced stays safe on the server. To continue, a supervisor or a social worker types their password.</source>
        <translation>Xóa khẩn cấp sẽ xóa vĩnh viễn không gian làm việc này khỏi máy tính xách tay này: mọi hồ sơ, biểu mẫu và mật khẩu trên đó. Công việc đã đồng bộ vẫn an toàn trên máy chủ. Để tiếp tục, người giám sát hoặc nhân viên công tác xã hội hãy nhập mật khẩu của mình.</translation>
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
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Erase this workspace</source>
        <translation>Xóa không gian làm việc này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The workspace will be erased from this laptop now. It cannot be undone, and no password or recovery code will open it again.</source>
        <translation>Không gian làm việc sẽ bị xóa khỏi máy tính xách tay này ngay bây giờ. Việc này không thể hoàn tác, và không mật khẩu hay mã khôi phục nào mở lại được nữa.</translation>
    </message>
    <message>
        <source>Drafts and records not yet sent to the server, which will be lost: %1</source>
        <translation>Bản nháp và bản ghi chưa gửi lên máy chủ, sẽ bị mất: %1</translation>
    </message>
    <message>
        <source>Only a supervisor or a social worker may wipe this workspace. Ask one of them to type their own password here.</source>
        <translation>Chỉ người giám sát hoặc nhân viên công tác xã hội mới được xóa không gian làm việc này. Hãy nhờ một người trong số họ nhập mật khẩu của chính mình tại đây.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>Đã rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>Everything: no more use of the person&apos;s information</source>
        <translation>Tất cả: không sử dụng thông tin của người đó nữa</translation>
    </message>
    <message>
        <source>Use for statistics and research</source>
        <translation>Sử dụng cho thống kê và nghiên cứu</translation>
    </message>
    <message>
        <source>Sharing with other organisations</source>
        <translation>Chia sẻ với các tổ chức khác</translation>
    </message>
    <message>
        <source>What did the person withdraw?</source>
        <translation>Người đó đã rút lại điều gì?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Cài đặt không gian làm việc</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>Ảnh và bản quét</translation>
    </message>
    <message>
        <source>&amp;Largest file a form may keep</source>
        <translation>&amp;Dung lượng tệp tối đa mỗi biểu mẫu được lưu</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Between 1 and 60 MB; 20 MB unless a supervisor changes it. Files kept before stay as they are. This setting is for this laptop&apos;s workspace only.</source>
        <translation>Từ 1 đến 60 MB; mặc định là 20 MB trừ khi người giám sát thay đổi. Các tệp đã lưu trước đó vẫn giữ nguyên. Cài đặt này chỉ áp dụng cho không gian làm việc trên máy tính xách tay này.</translation>
    </message>
    <message>
        <source>Login screen</source>
        <translation>Màn hình đăng nhập</translation>
    </message>
    <message>
        <source>As&amp;k users to type their name at login</source>
        <translation>Yêu cầu người dùng gõ tên &amp;khi đăng nhập</translation>
    </message>
    <message>
        <source>When this is on, the login screen shows no names: each user types their own, in any letter case. A wrong name gives the same message as a wrong password.</source>
        <translation>Khi bật, màn hình đăng nhập không hiện tên nào: mỗi người tự gõ tên mình, chữ hoa hay chữ thường đều được. Gõ sai tên cũng nhận cùng thông báo như gõ sai mật khẩu.</translation>
    </message>
    <message>
        <source>When it is off, the login screen lists every user, which is quicker on a laptop shared by several workers.</source>
        <translation>Khi tắt, màn hình đăng nhập liệt kê mọi người dùng, nhanh hơn trên máy tính xách tay mà nhiều nhân viên dùng chung.</translation>
    </message>
    <message>
        <source>It hides the names from people at the laptop, not from someone who copies the disk.</source>
        <translation>Tùy chọn này giấu tên khỏi người đứng trước máy, không giấu được khỏi người sao chép ổ đĩa.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Forms can now keep files up to %1 MB.</source>
        <translation>Giờ đây mỗi biểu mẫu có thể lưu tệp tối đa %1 MB.</translation>
    </message>
    <message>
        <source>From the next login, users type their name.</source>
        <translation>Từ lần đăng nhập tới, người dùng sẽ gõ tên của mình.</translation>
    </message>
    <message>
        <source>From the next login, the login screen lists the users.</source>
        <translation>Từ lần đăng nhập tới, màn hình đăng nhập sẽ liệt kê người dùng.</translation>
    </message>
</context>
<context>
    <name>ZawgyiPrompt</name>
    <message>
        <source>This looks like Burmese typed in the Zawgyi encoding, which other screens and search cannot read. In Unicode it reads:</source>
        <translation>Có vẻ đây là tiếng Miến Điện được gõ bằng mã Zawgyi, mà các màn hình khác và chức năng tìm kiếm không đọc được. Ở dạng Unicode, nội dung là:</translation>
    </message>
    <message>
        <source>Use Unicode</source>
        <translation>Dùng Unicode</translation>
    </message>
    <message>
        <source>It is not Zawgyi</source>
        <translation>Đây không phải Zawgyi</translation>
    </message>
</context>
</TS>
