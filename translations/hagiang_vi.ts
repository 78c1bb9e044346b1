<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
    <context>
        <name>CriteriaChecklist</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/criteria_checklist.py" line="+77" />
            <source>Plan 127/KH-UBND, clause %1:
%2</source>
            <translation>Kế hoạch 127/KH-UBND, mục %1:
%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Evidence (optional)</source>
            <translation>Minh chứng (nếu có)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineDashboardTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/deadline_dashboard.py" line="+63" />
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Đơn vị thực hiện</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Quy định</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days left</source>
            <translation>Số ngày còn lại</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>Đã nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+105" />
            <source>On time</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <location line="-104" />
            <location line="+105" />
            <source>Late (supplement)</source>
            <translation>Muộn (bổ sung)</translation>
        </message>
        <message>
            <location line="-104" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fields</source>
            <translation>Số lĩnh vực</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Eligible / not</source>
            <translation>Đủ / chưa đủ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Last received</source>
            <translation>Ngày nhận gần nhất</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Consequence (IV.1)</source>
            <translation>Hệ quả (mục IV.1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not considered for commendation</source>
            <translation>Không được xét khen thưởng chuyên đề, hằng năm</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;As of:</source>
            <translation>&amp;Tính đến ngày:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deadlines of the plan</source>
            <translation>Các mốc thời hạn của Kế hoạch</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Units</source>
            <translation>Các đơn vị</translation>
        </message>
        <message>
            <location line="+41" />
            <source>%1 of %2 units have registered; %3 late; %4 missing.</source>
            <translation>%1 / %2 đơn vị đã đăng ký; %3 nộp muộn; %4 chưa nộp.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>before %1: last day %2</source>
            <translation>trước ngày %1: hạn cuối %2</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>quá hạn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>today is the last day</source>
            <translation>hôm nay là ngày cuối</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>còn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not yet</source>
            <translation>Chưa nộp (còn hạn)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing</source>
            <translation>Chưa nộp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not expected</source>
            <translation>Không thuộc diện</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 selected (advisory)</source>
            <translation>đã chọn %1 (không bắt buộc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>met</source>
            <translation>đạt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>short</source>
            <translation>chưa đạt</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../hagiang_desktop/ui/main_window.py" line="+42" />
            <source>&amp;Unit directory</source>
            <translation>&amp;Danh mục đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Nominations</source>
            <translation>Mô &amp;hình đăng ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Deadline dashboard</source>
            <translation>&amp;Theo dõi thời hạn</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About</source>
            <translation>&amp;Giới thiệu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no office chosen</source>
            <translation>chưa chọn đơn vị</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Office: %1</source>
            <translation>Đơn vị: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>Tệp dữ liệu: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>About hagiang-desktop</source>
            <translation>Giới thiệu hagiang-desktop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hagiang-desktop %1
Plan: %2 – %3</source>
            <translation>hagiang-desktop %1
Kế hoạch: %2 – %3</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Unsaved changes</source>
            <translation>Thay đổi chưa lưu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The nomination form has changes that are not saved. Save them before closing?</source>
            <translation>Biểu mẫu mô hình có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
        </message>
    </context>
    <context>
        <name>NominationEntryTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_entry.py" line="+59" />
            <source>Search name, unit or achievements (Ctrl+F)</source>
            <translation>Tìm theo tên, đơn vị hoặc thành tích (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registering unit</source>
            <translation>Đơn vị đăng ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligible</source>
            <translation>Đủ tiêu chí</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Supplement</source>
            <translation>Bổ sung</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Received</source>
            <translation>Đã nhận</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Does not meet every criterion of its field and kind</source>
            <translation>Chưa đạt đủ tiêu chí của lĩnh vực và đối tượng</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;New</source>
            <translation>&amp;Mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete…</source>
            <translation>&amp;Xóa…</translation>
        </message>
        <message numerus="yes">
            <location line="+63" />
            <source>%n nomination(s)</source>
            <translation>
                <numerusform>%n mô hình</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>New nomination</source>
            <translation>Mô hình mới</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nomination #%1</source>
            <translation>Mô hình số %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Unsaved changes</source>
            <translation>Thay đổi chưa lưu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The form has changes that are not saved. Discard them?</source>
            <translation>Biểu mẫu có thay đổi chưa lưu. Bỏ các thay đổi đó?</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Cannot save</source>
            <translation>Chưa lưu được</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved nomination #%1.</source>
            <translation>Đã lưu mô hình số %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It does not meet every criterion yet.</source>
            <translation>Mô hình chưa đạt đủ tiêu chí.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received after the deadline: marked as a supplement.</source>
            <translation>Nhận sau thời hạn: được đánh dấu là bổ sung.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Possible duplicate</source>
            <translation>Có thể bị trùng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nominations with the same name in the same field and year:
%1

Check whether they are the same.</source>
            <translation>Đã có mô hình cùng tên, cùng lĩnh vực và cùng năm:
%1

Hãy kiểm tra xem có trùng không.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Delete nomination</source>
            <translation>Xóa mô hình</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete nomination #%1? A record of it is kept in the audit log.</source>
            <translation>Xóa mô hình số %1? Nội dung đã xóa vẫn được lưu trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>NominationForm</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/nomination_form.py" line="+64" />
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(not given)</source>
            <translation>(không ghi)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(không)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Kind:</source>
            <translation>&amp;Đối tượng:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Field:</source>
            <translation>&amp;Lĩnh vực:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registering &amp;unit:</source>
            <translation>Đơn vị đăng &amp;ký:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Individual</source>
            <translation>Cá nhân</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Position:</source>
            <translation>Chức vụ:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work unit:</source>
            <translation>Đơn vị công tác:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender:</source>
            <translation>Giới tính:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year of birth:</source>
            <translation>Năm sinh:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Collective</source>
            <translation>Tập thể</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit in the directory:</source>
            <translation>Đơn vị trong danh mục:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Hộ gia đình</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Head of household:</source>
            <translation>Chủ hộ:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Village:</source>
            <translation>Thôn, bản:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commune:</source>
            <translation>Xã:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Achievements and good practice</source>
            <translation>Thành tích và cách làm hay</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary of achievements:</source>
            <translation>Tóm tắt thành tích:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good practice (cách làm hay):</source>
            <translation>Cách làm hay:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replication plan:</source>
            <translation>Kế hoạch nhân rộng:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target honour:</source>
            <translation>Hướng tới danh hiệu:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Receipt</source>
            <translation>Tiếp nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received on:</source>
            <translation>Ngày nhận:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Channel:</source>
            <translation>Hình thức nhận:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Criteria of Plan 127</source>
            <translation>Tiêu chí theo Kế hoạch 127</translation>
        </message>
        <message>
            <location line="+84" />
            <source>General criteria (III.1)</source>
            <translation>Tiêu chí chung (mục III.1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criteria of field %1</source>
            <translation>Tiêu chí lĩnh vực %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ticks that no longer apply and were dropped: %1</source>
            <translation>Các tiêu chí không còn áp dụng đã được bỏ chọn: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Eligible: meets every general and field criterion.</source>
            <translation>Đủ tiêu chí: đạt tất cả tiêu chí chung và tiêu chí của lĩnh vực.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not eligible yet. Missing: %1</source>
            <translation>Chưa đủ tiêu chí. Còn thiếu: %1</translation>
        </message>
    </context>
    <context>
        <name>UnitDirectoryTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/unit_directory.py" line="+28" />
            <source>Search units, e.g. dong van</source>
            <extracomment>Wait this long after the last keystroke before searching (typing "hoang su phi" is one search).</extracomment>
            <translation>Tìm đơn vị, ví dụ: dong van</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Search:</source>
            <translation>&amp;Tìm:</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n unit(s) found</source>
            <translation>
                <numerusform>tìm thấy %n đơn vị</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../hagiang_desktop/ui/app.py" line="+49" />
            <source>Database from a newer version</source>
            <translation>Tệp dữ liệu của phiên bản mới hơn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file %1 was made by a newer version of the program. Install the newer version; the file was not changed.</source>
            <translation>Tệp %1 do phiên bản mới hơn của chương trình tạo ra. Hãy cài phiên bản mới hơn; tệp không bị thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../hagiang_desktop/ui/errors.py" line="+11" />
            <source>Enter the name of the model, collective, person or household.</source>
            <translation>Hãy nhập tên mô hình, tập thể, cá nhân hoặc hộ gia đình.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a field of the plan.</source>
            <translation>Hãy chọn lĩnh vực theo Kế hoạch.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This field does not accept this kind of nominee. Choose another field or kind.</source>
            <translation>Lĩnh vực này không áp dụng cho đối tượng đã chọn. Hãy chọn lĩnh vực hoặc đối tượng khác.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the registering unit from the list (type part of its name).</source>
            <translation>Hãy chọn đơn vị đăng ký trong danh sách (gõ một phần tên đơn vị).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some ticked criteria do not belong to this field and kind: %1</source>
            <translation>Một số tiêu chí đã đánh dấu không thuộc lĩnh vực và đối tượng này: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This nomination no longer exists; it may have been deleted.</source>
            <translation>Mô hình này không còn; có thể đã bị xóa.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../hagiang_desktop/ui/labels.py" line="+8" />
            <source>Province</source>
            <translation>Tỉnh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District / city</source>
            <translation>Huyện / thành phố</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commune / ward / town</source>
            <translation>Xã / phường / thị trấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Office</source>
            <translation>Phòng, ban</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Sở, ban, ngành</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mass organisation</source>
            <translation>Tổ chức chính trị - xã hội</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Association</source>
            <translation>Hội</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enterprise</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public unit</source>
            <translation>Đơn vị sự nghiệp</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Collective</source>
            <translation>Tập thể</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Individual</source>
            <translation>Cá nhân</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household</source>
            <translation>Hộ gia đình</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>Đã đăng ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selected</source>
            <translation>Đã lựa chọn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted</source>
            <translation>Đã gửi lên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Được chấp nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation>Bị trả lại</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paper</source>
            <translation>Văn bản giấy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel template</source>
            <translation>Mẫu Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed bundle</source>
            <translation>Gói hồ sơ có chữ ký số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>Thư điện tử</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Typed in</source>
            <translation>Nhập trực tiếp</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>Không</translation>
        </message>
    </context>
</TS>