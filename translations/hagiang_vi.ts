<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/about.py" line="+33" />
            <source>Tinos fonts (regular, bold, italic, bold italic), © Google, under the SIL Open Font License 1.1 (resources/fonts/OFL.txt).</source>
            <extracomment>(distribution, licence) of every library the program ships; fonts are listed separately.</extracomment>
            <translation>Phông chữ Tinos (thường, đậm, nghiêng, đậm nghiêng), © Google, theo giấy phép SIL Open Font License 1.1 (resources/fonts/OFL.txt).</translation>
        </message>
        <message>
            <location line="+23" />
            <source>About hagiang-desktop</source>
            <translation>Giới thiệu hagiang-desktop</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Registering and following exemplary models under %1 – %2.</source>
            <translation>Đăng ký và theo dõi mô hình, gương điển hình tiên tiến theo %1 – %2.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Library</source>
            <translation>Thư viện</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Licence</source>
            <translation>Giấy phép</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Plan file: %1</source>
            <translation>Tệp Kế hoạch: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resources: %1</source>
            <translation>Thư mục tài nguyên: %1</translation>
        </message>
    </context>
    <context>
        <name>CallPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/call_pane.py" line="+32" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Contact person</source>
            <translation>Người liên hệ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>Thư điện tử</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last received</source>
            <translation>Ngày nhận gần nhất</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Units that have sent nothing yet, are overdue, sent only after the deadline, or are short of a hard quota. Contacts are kept in the unit directory.</source>
            <translation>Các đơn vị chưa nộp, đã quá hạn, nộp sau thời hạn hoặc chưa đủ chỉ tiêu bắt buộc. Thông tin liên hệ lấy từ danh mục đơn vị.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nothing sent – %1</source>
            <translation>Chưa nộp – %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not yet – %1</source>
            <translation>Chưa nộp – %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent late (supplement)</source>
            <translation>Nộp muộn (bổ sung)</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/close.py" line="+19" />
            <source>Close %1</source>
            <translation>Đóng %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A closed unit stays in the history and in old lists; it is no longer offered for new registrations after that day.</source>
            <translation>Đơn vị đã đóng vẫn còn trong lịch sử và trong các danh sách cũ; sau ngày đó không còn được chọn cho đăng ký mới.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Last day:</source>
            <translation>Ngày &amp;cuối:</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/edit_conflict.py" line="+148" />
            <source>Save my version over theirs</source>
            <extracomment>The clerk's choices. Pixels added to a row's wrapped text, above and below it together. The background of a field that differs (a soft yellow, readable in the light and dark themes' text).</extracomment>
            <translation>Lưu bản của tôi thay cho bản kia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep their version (drop my changes)</source>
            <translation>Giữ bản kia (bỏ phần tôi sửa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go on editing</source>
            <translation>Tiếp tục sửa</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Item of the form</source>
            <translation>Mục</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved by %1</source>
            <translation>Bản %1 đã lưu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your version</source>
            <translation>Bản của anh/chị</translation>
        </message>
    </context>
    <context>
        <name>CoveragePane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/coverage_pane.py" line="+38" />
            <source>Field</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Total</source>
            <translation>Tổng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0 – none yet</source>
            <translation>0 – chưa có</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Registrations by field and kind (plan III.2)</source>
            <translation>Đăng ký theo lĩnh vực và đối tượng (mục III.2)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 registrations; %2 of %3 fields covered. By kind: %4</source>
            <translation>%1 mô hình đăng ký; có ở %2/%3 lĩnh vực. Theo đối tượng: %4</translation>
        </message>
    </context>
    <context>
        <name>CriteriaChecklist</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/criteria_checklist.py" line="+84" />
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
        <name>DashboardCharts</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/dashboard_charts.py" line="+110" />
            <source>Registrations received (running total)</source>
            <extracomment>Dash patterns for the deadlines, in plan order (black ink only). Hatch patterns for the kinds of nominee in the field chart.</extracomment>
            <translation>Số mô hình đã nhận (cộng dồn)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Registrations</source>
            <translation>Mô hình đăng ký</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Last day %1</source>
            <translation>Hạn cuối %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>As of %1</source>
            <translation>Tính đến %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Registrations by field</source>
            <translation>Mô hình theo lĩnh vực</translation>
        </message>
    </context>
    <context>
        <name>DashboardTexts</name>
        <message numerus="yes">
            <location filename="../hagiang_desktop/ui/tabs/dashboard/texts.py" line="+35" />
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
            <location line="+10" />
            <source>sent %1 – on time</source>
            <translation>đã gửi %1 – đúng hạn</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sent %1 – late</source>
            <translation>đã gửi %1 – muộn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not sent yet</source>
            <translation>chưa gửi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>missing</source>
            <translation>quá hạn, chưa gửi</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 selected (advisory)</source>
            <translation>đã chọn %1 (không bắt buộc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location line="+2" />
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
        <name>DataPage</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="+216" />
            <source>Start</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with the office's &amp;database</source>
            <translation>Bắt đầu với &amp;dữ liệu của đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the demo data to &amp;practise</source>
            <translation>Mở dữ liệu mẫu để &amp;thực hành</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The demo data is a separate practice file (%1) for Phòng Nội vụ huyện Đồng Văn; the office's database stays untouched. Open the office's database again from File → Recent databases.</source>
            <translation>Dữ liệu mẫu là một tệp thực hành riêng (%1) của Phòng Nội vụ huyện Đồng Văn; dữ liệu của đơn vị không bị thay đổi. Mở lại dữ liệu của đơn vị từ Tệp → Dữ liệu gần đây.</translation>
        </message>
    </context>
    <context>
        <name>DatabasePage</name>
        <message>
            <location line="-144" />
            <source>Where the data is kept</source>
            <translation>Nơi lưu dữ liệu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The office's database is one file. Keep the suggested place unless your office keeps its data elsewhere (e.g. a folder that is backed up). A file that does not exist yet is created.</source>
            <translation>Dữ liệu của đơn vị nằm trong một tệp. Hãy giữ vị trí được gợi ý, trừ khi đơn vị lưu dữ liệu ở nơi khác (ví dụ một thư mục được sao lưu). Nếu tệp chưa có, chương trình sẽ tạo mới.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This window works on a database on the server. The office, the signing key and the signer you choose are kept there; to work on another database, open it with File → Recent databases or start the program with its address.</source>
            <translation>Cửa sổ này đang làm việc trên cơ sở dữ liệu đặt trên máy chủ. Đơn vị, khóa ký số và người ký bạn chọn được lưu tại đó; muốn làm việc trên cơ sở dữ liệu khác, hãy mở từ Tệp → Dữ liệu gần đây hoặc khởi động chương trình với địa chỉ của nó.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Database file</source>
            <translation>Tệp dữ liệu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database (*.sqlite3)</source>
            <translation>Tệp dữ liệu (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineDashboardTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/deadline_dashboard.py" line="+91" />
            <source>&amp;Today</source>
            <extracomment>A file was written: the message naming it, and its path (the window adds "Open the file").</extracomment>
            <translation>&amp;Hôm nay</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who to call → E&amp;xcel…</source>
            <translation>Danh sách cần liên hệ → Exc&amp;el…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print who to call (PDF)…</source>
            <translation>&amp;In danh sách cần liên hệ (PDF)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print c&amp;harts (PDF)…</source>
            <translation>In &amp;biểu đồ (PDF)…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Deadlines and stages</source>
            <translation>Thời hạn và các giai đoạn</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Coverage and our list</source>
            <translation>Lĩnh vực và danh sách của đơn vị</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts</source>
            <translation>Biểu đồ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who to call</source>
            <translation>Cần liên hệ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Receipts register</source>
            <translation>Sổ theo dõi văn bản đến</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Computing the figures as of %1…</source>
            <translation>Đang tính số liệu đến ngày %1…</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Writing the who-to-call list…</source>
            <translation>Đang ghi danh sách đơn vị cần liên hệ…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who to call: %1 unit(s) written to %2</source>
            <translation>Danh sách cần liên hệ: đã ghi %1 đơn vị vào %2</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 – as of %2</source>
            <translation>%1 – tính đến ngày %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts written to %1</source>
            <translation>Đã ghi biểu đồ vào %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>charts</source>
            <translation>bieu-do</translation>
        </message>
        <message>
            <location line="+0" />
            <source>who-to-call</source>
            <translation>can-lien-he</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the charts</source>
            <translation>Lưu biểu đồ</translation>
        </message>
        <message>
            <location line="-40" />
            <location line="+10" />
            <location line="+30" />
            <source>Save the who-to-call list</source>
            <translation>Lưu danh sách đơn vị cần liên hệ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Cannot write %1: %2. No partial file was left.</source>
            <translation>Không ghi được %1: %2. Không có tệp nào bị ghi dở.</translation>
        </message>
        <message numerus="yes">
            <location line="+63" />
            <source>%n model(s) changed since sent: send a supplement bundle</source>
            <translation>
                <numerusform>%n mô hình đã sửa sau khi gửi: cần gửi gói bổ sung</numerusform>
            </translation>
        </message>
        <message>
            <location line="-220" />
            <source>&amp;As of:</source>
            <translation>&amp;Tính đến ngày:</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Units</source>
            <translation>Các đơn vị</translation>
        </message>
        <message>
            <location line="+218" />
            <source>%1/%2 units have sent</source>
            <translation>%1/%2 đơn vị đã nộp</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n with late models</source>
            <translation>
                <numerusform>%n có mô hình nộp muộn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n not sent yet</source>
            <translation>
                <numerusform>%n chưa nộp</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2/%3 models selected</source>
            <translation>%1: đã chọn %2/%3 mô hình</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2 models selected</source>
            <translation>%1: đã chọn %2 mô hình</translation>
        </message>
        <message>
            <location line="+6" />
            <source>list sent (bundle built)</source>
            <translation>đã gửi danh sách (đã đóng gói)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n day(s) left to %1</source>
            <translation>
                <numerusform>còn %n ngày đến hạn %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n day(s) past %1</source>
            <translation>
                <numerusform>quá hạn %1: %n ngày</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/deadlines_pane.py" line="+50" />
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+26" />
            <source>Days left</source>
            <translation>Số ngày còn lại</translation>
        </message>
        <message>
            <location line="-21" />
            <source>To</source>
            <translation>Nơi nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+21" />
            <source>Clause</source>
            <translation>Căn cứ</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Who sends</source>
            <translation>Đơn vị thực hiện</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Stage</source>
            <translation>Giai đoạn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessed / due</source>
            <translation>Đã đánh giá / cần đánh giá</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Late</source>
            <translation>Muộn</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+20" />
            <source>Replication activities</source>
            <translation>Hoạt động nhân rộng</translation>
        </message>
        <message>
            <location line="-19" />
            <location line="+20" />
            <source>Commendations</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Due (estimated)</source>
            <translation>Thời hạn (dự kiến)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Assessed %1</source>
            <translation>Đã đánh giá %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Models</source>
            <translation>Số mô hình</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Deadlines of the plan (“trước ngày X”: the last day is X − 1)</source>
            <translation>Các mốc thời hạn của Kế hoạch (“trước ngày X”: hạn cuối là ngày X − 1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Follow-up stages: models assessed</source>
            <translation>Các giai đoạn theo dõi: mô hình đã được đánh giá</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Follow-up per unit and field</source>
            <translation>Theo dõi theo đơn vị và lĩnh vực</translation>
        </message>
        <message>
            <location line="+19" />
            <source>(under: %1)</source>
            <translation>(trực thuộc: %1)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>no model to assess</source>
            <translation>không có mô hình cần đánh giá</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 / %2 (%3%)</source>
            <translation>%1 / %2 (%3%)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>about %1</source>
            <translation>khoảng %1</translation>
        </message>
    </context>
    <context>
        <name>DeleteController</name>
        <message numerus="yes">
            <location filename="../hagiang_desktop/ui/tabs/nomination_delete.py" line="+43" />
            <source>Delete %n nomination(s)? A record of each is kept in the audit log.</source>
            <translation>
                <numerusform>Xóa %n mô hình? Bản ghi của từng mô hình vẫn được lưu trong nhật ký.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete nomination #%1 “%2” (%3)? A record of it is kept in the audit log.</source>
            <translation>Xóa mô hình số %1 “%2” (%3)? Bản ghi của mô hình vẫn được lưu trong nhật ký.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete nomination</source>
            <translation>Xóa mô hình</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot delete</source>
            <translation>Chưa xóa được</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nomination #%1 no longer exists (it may have been deleted in another window). Nothing was deleted; the list has been refreshed.</source>
            <translation>Mô hình số %1 không còn (có thể đã bị xóa ở cửa sổ khác). Chưa xóa mô hình nào; danh sách đã được làm mới.</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/edit_conflict.py" line="+57" />
            <source>Someone else saved this nomination</source>
            <translation>Người khác đã lưu hồ sơ này</translation>
        </message>
        <message>
            <location line="-2" />
            <source>another clerk</source>
            <translation>một cán bộ khác</translation>
        </message>
        <message>
            <location line="+5" />
            <source>While you were editing nomination #%1, %2 saved a change to it. Nothing of yours is saved yet. Compare the two versions and choose.</source>
            <translation>Trong lúc anh/chị đang sửa hồ sơ số %1, %2 đã lưu một thay đổi của hồ sơ này. Phần anh/chị sửa chưa được lưu. Hãy so sánh hai bản rồi chọn.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="+141" />
            <source>Setting up hagiang-desktop</source>
            <translation>Thiết lập ban đầu hagiang-desktop</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp theo &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish</source>
            <translation>&amp;Hoàn tất</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>FollowupPanel</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/followup_panel.py" line="+172" />
            <source>Save the nomination first; its follow-up is kept with it.</source>
            <translation>Hãy lưu mô hình trước; việc theo dõi được lưu cùng mô hình.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+10" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Assessments per stage of the plan</source>
            <translation>Đánh giá theo từng giai đoạn của Kế hoạch</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stage</source>
            <translation>Giai đoạn</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+17" />
            <location line="+17" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Rating</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <location line="+12" />
            <source>What, where, who took part</source>
            <translation>Nội dung, địa điểm, thành phần tham gia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replication activities</source>
            <translation>Hoạt động nhân rộng</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Activity</source>
            <translation>Hoạt động</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Title (e.g. Bằng khen của Chủ tịch UBND tỉnh)</source>
            <translation>Hình thức (ví dụ: Bằng khen của Chủ tịch UBND tỉnh)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decision no.</source>
            <translation>Số quyết định</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Commendations received</source>
            <translation>Khen thưởng đã nhận</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Write a description or title first.</source>
            <translation>Hãy ghi nội dung hoặc hình thức trước.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a stage of the plan.</source>
            <translation>Hãy chọn một giai đoạn của Kế hoạch.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record no longer exists.</source>
            <translation>Bản ghi này không còn nữa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is outside this stage of the plan (%1).</source>
            <translation>Ngày không thuộc giai đoạn này của kế hoạch (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The date is outside the plan's follow-up (%1).</source>
            <translation>Ngày nằm ngoài thời gian theo dõi của kế hoạch (%1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Follow-up</source>
            <translation>Theo dõi</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Remove record</source>
            <translation>Bỏ bản ghi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected record? A copy is kept in the audit log.</source>
            <translation>Bỏ bản ghi đã chọn? Bản sao vẫn được lưu trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>FormsChoiceDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/forms_choice.py" line="+57" />
            <source>Print registration forms</source>
            <extracomment>the models selected for the list (selected, submitted, accepted, changed) the rows highlighted in the Nominations tab, any status one unit's (and its sub-units') models on the list</extracomment>
            <translation>In phiếu đăng ký</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>The models selected for the list (“%1” and after): %n form(s)</source>
            <translation>
                <numerusform>Các mô hình đã lựa chọn vào danh sách (“%1” trở đi): %n phiếu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The %n row(s) highlighted in the Nominations list</source>
            <translation>
                <numerusform>%n dòng đang bôi đen trong danh sách mô hình</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>(%n of them not selected for the list)</source>
            <translation>
                <numerusform>(trong đó %n mô hình chưa được lựa chọn vào danh sách)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>One unit's models on the list:</source>
            <translation>Các mô hình trong danh sách của một đơn vị:</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Which forms should be printed?</source>
            <translation>In phiếu đăng ký nào?</translation>
        </message>
        <message numerus="yes">
            <location line="+36" />
            <source>%n form(s)</source>
            <translation>
                <numerusform>%n phiếu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n form(s) will be printed.</source>
            <translation>
                <numerusform>Sẽ in %n phiếu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpViewer</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/help_viewer.py" line="+53" />
            <source>User guide</source>
            <translation>Hướng dẫn sử dụng</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Find in the guide (Enter: next)</source>
            <translation>Tìm trong hướng dẫn (Enter: tìm tiếp)</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Not found</source>
            <translation>Không tìm thấy</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/import_preview.py" line="+34" />
            <source>Import the directory – preview</source>
            <translation>Nhập danh mục – xem trước</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To add</source>
            <translation>Thêm mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To change</source>
            <translation>Sửa</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>To close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>last day %1</source>
            <translation>ngày cuối %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code / column</source>
            <translation>Mã / cột</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 added, %2 changed, %3 closed, %4 unchanged.</source>
            <translation>Thêm %1, sửa %2, đóng %3, không đổi %4.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 error(s): correct the file and import it again; nothing will be changed.</source>
            <translation>%1 lỗi: hãy sửa tệp rồi nhập lại; dữ liệu sẽ không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The import was cancelled; nothing was written. Import again or close.</source>
            <translation>Đã hủy nhập; không ghi gì. Bấm “Nhập” lần nữa hoặc đóng cửa sổ.</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="-126" />
            <source>The signing key</source>
            <translation>Khóa ký</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The lists sent to the province are signed with the office's key, protected by a passphrase. It can also be created later from the Bundles menu.</source>
            <translation>Danh sách gửi lên tỉnh được ký bằng khóa của đơn vị, bảo vệ bằng mật khẩu. Cũng có thể tạo khóa sau, từ trình đơn Gói hồ sơ.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Create the signing key &amp;now</source>
            <translation>Tạo khóa ký &amp;ngay bây giờ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>Để &amp;sau</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This database already has a signing key.</source>
            <translation>Tệp dữ liệu này đã có khóa ký.</translation>
        </message>
    </context>
    <context>
        <name>LetterheadDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/letterhead.py" line="+43" />
            <source>Letterhead and signature</source>
            <translation>Tiêu đề văn bản và chữ ký</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Registration list</source>
            <translation>Danh sách đăng ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Covering letter</source>
            <translation>Công văn gửi kèm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registration forms (receiving line)</source>
            <translation>Phiếu đăng ký (dòng Kính gửi)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key form</source>
            <translation>Phiếu xác nhận chứng thư</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Apply to every document</source>
            <translation>Áp dụng cho mọi văn bản</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(none)</source>
            <translation>(không)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Document:</source>
            <translation>Văn bản:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Superior body (line above):</source>
            <translation>Cơ quan cấp trên (dòng trên):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issuing body:</source>
            <translation>Cơ quan ban hành:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document symbol:</source>
            <translation>Ký hiệu văn bản:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authority:</source>
            <translation>Thẩm quyền ký:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer's title:</source>
            <translation>Chức vụ người ký:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer's name:</source>
            <translation>Họ tên người ký:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipients (one per line):</source>
            <translation>Nơi nhận (mỗi dòng một nơi):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature as printed:</source>
            <translation>Chữ ký khi in:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For the forms, a recipient line replaces the “Kính gửi” worked out from each unit's place in the directory.</source>
            <translation>Với phiếu đăng ký, dòng nơi nhận ghi ở đây thay cho dòng “Kính gửi” chương trình tính theo vị trí của từng đơn vị trong danh mục.</translation>
        </message>
    </context>
    <context>
        <name>LinksDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/links.py" line="+63" />
            <source>Predecessors and successors of %1</source>
            <translation>Đơn vị tiền thân và kế thừa của %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Predecessor</source>
            <translation>Đơn vị tiền thân</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Successor</source>
            <translation>Đơn vị kế thừa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal basis</source>
            <translation>Căn cứ pháp lý</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Remove link</source>
            <translation>&amp;Xóa liên kết</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is succeeded by</source>
            <translation>được kế thừa bởi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>succeeds</source>
            <translation>kế thừa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Nghị quyết 1267/NQ-UBTVQH15</source>
            <translation>ví dụ: Nghị quyết 1267/NQ-UBTVQH15</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Merge from this date: close the predecessor the day before and move its nominations</source>
            <translation>Sáp nhập từ ngày này: đóng đơn vị cũ từ ngày hôm trước và chuyển các mô hình của nó sang đơn vị kế thừa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add link</source>
            <translation>&amp;Thêm liên kết</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This unit:</source>
            <translation>Đơn vị này:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Other unit:</source>
            <translation>Đơn vị &amp;kia:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change:</source>
            <translation>&amp;Thay đổi:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal &amp;basis:</source>
            <translation>Căn cứ &amp;pháp lý:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document &amp;date:</source>
            <translation>&amp;Ngày văn bản:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Choose the other unit from the list.</source>
            <translation>Hãy chọn đơn vị kia trong danh sách.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../hagiang_desktop/ui/main_window.py" line="+87" />
            <source>&amp;Unit directory</source>
            <translation>&amp;Danh mục đơn vị</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Nominations</source>
            <translation>Mô &amp;hình đăng ký</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Deadline dashboard</source>
            <translation>The&amp;o dõi thời hạn</translation>
        </message>
        <message>
            <location line="+148" />
            <source>Save or discard the nomination form before choosing another office.</source>
            <translation>Hãy lưu hoặc bỏ nội dung đang nhập ở phiếu đăng ký trước khi chọn đơn vị khác.</translation>
        </message>
        <message>
            <location line="+21" />
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
            <translation>T&amp;rợ giúp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User guide</source>
            <translation>&amp;Hướng dẫn sử dụng</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;About</source>
            <translation>&amp;Giới thiệu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no office chosen</source>
            <translation>chưa chọn đơn vị</translation>
        </message>
        <message>
            <location line="-192" />
            <location line="+195" />
            <source>Exemplary models – Plan 127</source>
            <translation>Mô hình, gương điển hình tiên tiến – KH 127</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Office: %1</source>
            <translation>Đơn vị: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database: %1</source>
            <translation>Tệp dữ liệu: %1</translation>
        </message>
        <message>
            <location line="-49" />
            <location line="+111" />
            <source>Unsaved changes</source>
            <translation>Thay đổi chưa lưu</translation>
        </message>
        <message>
            <location line="-287" />
            <source>Opening the database…</source>
            <translation>Đang mở cơ sở dữ liệu…</translation>
        </message>
        <message>
            <location line="+244" />
            <source>Server database: %1</source>
            <translation>Dữ liệu trên máy chủ: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Clerk: %1</source>
            <translation>Cán bộ: %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The nomination form has changes that are not saved. Save them before closing?</source>
            <translation>Biểu mẫu mô hình có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/move.py" line="+20" />
            <source>Move %1</source>
            <translation>Chuyển %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Put &lt;b&gt;%1&lt;/b&gt; and everything under it under:</source>
            <translation>Chuyển &lt;b&gt;%1&lt;/b&gt; cùng các đơn vị trực thuộc về:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;parent:</source>
            <translation>Đơn vị cấp &amp;trên mới:</translation>
        </message>
    </context>
    <context>
        <name>NominationEntryTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_entry.py" line="+297" />
            <source>Sent to the province.</source>
            <translation>Đã gửi lên tỉnh.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sent to the province on %1 (%2).</source>
            <translation>Đã gửi lên tỉnh lúc %1 (%2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>marked by hand</source>
            <translation>đánh dấu thủ công</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Accepted on %1.</source>
            <translation>Tỉnh đã tiếp nhận lúc %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The record is read-only so that it matches what was signed.</source>
            <translation>Mô hình chỉ được xem, để luôn khớp với bản đã ký gửi.</translation>
        </message>
        <message>
            <location line="+202" />
            <source>Possible duplicate: same name in the same field and year: %1. Open it to compare; you decide whether they are the same.</source>
            <translation>Có thể trùng: cùng tên, cùng lĩnh vực và năm: %1. Mở ra để so sánh; anh/chị quyết định có phải là một hay không.</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Deleted %n nomination(s).</source>
            <translation>
                <numerusform>Đã xóa %n mô hình.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+59" />
            <source>Edit and save it; then build a supplement bundle (Bundles menu) to send the change.</source>
            <translation>Hãy sửa và lưu; sau đó tạo gói bổ sung (trình đơn Gói hồ sơ) để gửi nội dung đã sửa.</translation>
        </message>
        <message numerus="yes">
            <location line="-3" />
            <source>%n nomination(s) now “%1”.</source>
            <translation>
                <numerusform>%n mô hình nay ở trạng thái “%1”.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-325" />
            <source>New nomination</source>
            <extracomment>How long after the last change the crash draft is written: short enough that a power cut loses a few letters at most, long enough not to write on every key.</extracomment>
            <translation>Mô hình mới</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nomination #%1</source>
            <translation>Mô hình số %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>supplement (bổ sung)</source>
            <translation>bổ sung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unsaved</source>
            <translation>chưa lưu</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Unsaved changes</source>
            <translation>Thay đổi chưa lưu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The form has changes that are not saved. Discard them?</source>
            <translation>Biểu mẫu có thay đổi chưa lưu. Bỏ các thay đổi đó?</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Cannot open</source>
            <translation>Không mở được</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Unsaved typing from %1 was restored (the program was closed without saving). Check it and save it with Ctrl+S, or discard it.</source>
            <translation>Đã khôi phục nội dung gõ lúc %1 chưa được lưu (chương trình bị đóng khi chưa lưu). Hãy kiểm tra rồi lưu bằng Ctrl+S, hoặc bỏ đi.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Cannot save</source>
            <translation>Chưa lưu được</translation>
        </message>
        <message>
            <location line="+9" />
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
    </context>
    <context>
        <name>NominationFilterBar</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/nomination_filter_bar.py" line="+47" />
            <source>(any)</source>
            <translation>(tất cả)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Eligible</source>
            <translation>Đủ tiêu chí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>Chưa đủ tiêu chí</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Supplements only</source>
            <translation>Chỉ hồ sơ bổ sung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On time only</source>
            <translation>Chỉ hồ sơ đúng hạn</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clear filters</source>
            <translation>Bỏ lọc</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Field:</source>
            <translation>Lĩnh vực:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind:</source>
            <translation>Đối tượng:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bloc, cluster:</source>
            <translation>Khối, cụm:</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Status:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registering unit:</source>
            <translation>Đơn vị đăng ký:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility:</source>
            <translation>Tiêu chí:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplement:</source>
            <translation>Bổ sung:</translation>
        </message>
    </context>
    <context>
        <name>NominationForm</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/nomination_form.py" line="+151" />
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
            <location line="-25" />
            <source>name of the field, e.g. Tư pháp</source>
            <extracomment>Text widgets whose consecutive edits merge into one undo step (typing a word, not a letter).</extracomment>
            <translation>tên lĩnh vực, ví dụ Tư pháp</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A field beyond the plan's eight (III.2 names criteria for "some fields"): only the general criteria III.1 apply. A household only when its model is not an economic one (household economy is field 2.8).</source>
            <translation>Lĩnh vực ngoài 8 lĩnh vực của Kế hoạch (mục III.2 nêu tiêu chí cho "một số lĩnh vực"): chỉ xét tiêu chí chung mục III.1. Hộ gia đình chỉ đăng ký ở đây khi mô hình không về phát triển kinh tế (kinh tế hộ thuộc lĩnh vực 2.8).</translation>
        </message>
        <message>
            <location line="+47" />
            <source>(none; choose or type an honour)</source>
            <translation>(không; chọn hoặc gõ tên danh hiệu)</translation>
        </message>
        <message>
            <location line="+23" />
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
            <source>Field's name:</source>
            <translation>Tên lĩnh vực:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Na&amp;me:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;gistering unit:</source>
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
            <location line="+2" />
            <source>Received on:</source>
            <translation>Ngày nhận:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel:</source>
            <translation>Hình thức nhận:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Criteria of Plan 127</source>
            <translation>Tiêu chí theo Kế hoạch 127</translation>
        </message>
        <message>
            <location line="+146" />
            <source>Received after the unit's deadline: it will be marked as a supplement (“bổ sung”, plan IV.2), never refused.</source>
            <translation>Nhận sau thời hạn của đơn vị: sẽ được đánh dấu là bổ sung (mục IV.2 của Kế hoạch), không bị từ chối.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>General criteria (III.1)</source>
            <translation>Tiêu chí chung (mục III.1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criteria of field %1</source>
            <translation>Tiêu chí lĩnh vực %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Ticks that no longer apply and were dropped: %1</source>
            <translation>Các tiêu chí không còn áp dụng đã được bỏ chọn: %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Eligible: meets every general and field criterion.</source>
            <translation>Đủ tiêu chí: đạt tất cả tiêu chí chung và tiêu chí của lĩnh vực.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not eligible yet. Missing: %1</source>
            <translation>Chưa đủ tiêu chí. Còn thiếu: %1</translation>
        </message>
    </context>
    <context>
        <name>NominationFormPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_form_pane.py" line="+78" />
            <source>&amp;Registration</source>
            <translation>Đăng &amp;ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status &amp;history</source>
            <translation>&amp;Lịch sử trạng thái</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ollow-up 2018–2020</source>
            <translation>Th&amp;eo dõi 2018–2020</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ne&amp;w</source>
            <translation>Thêm &amp;mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>Lư&amp;u</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete…</source>
            <translation>Xó&amp;a…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo the last change in the form (Ctrl+Z)</source>
            <translation>Hoàn tác thay đổi cuối cùng trên biểu mẫu (Ctrl+Z)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo (Ctrl+Y)</source>
            <translation>Làm lại (Ctrl+Y)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Discard restored typing</source>
            <translation>Bỏ nội dung đã khôi phục</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Edit after submission…</source>
            <translation>Sửa sau khi đã gửi…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mark it “Changed since sent” with the reason; it can then be edited and goes to the province again in the next supplement bundle</source>
            <translation>Chuyển sang “Đã sửa sau khi gửi” kèm lý do; sau đó mới sửa được và mô hình sẽ được gửi lại lên tỉnh trong gói bổ sung tiếp theo</translation>
        </message>
    </context>
    <context>
        <name>NominationListPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_list_pane.py" line="+72" />
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
            <location line="+54" />
            <source>Supplement</source>
            <translation>Bổ sung</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Received</source>
            <translation>Đã nhận</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Does not meet every criterion of its field and kind</source>
            <translation>Chưa đạt đủ tiêu chí của lĩnh vực và đối tượng</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Change s&amp;tatus of selected…</source>
            <translation>Đổ&amp;i trạng thái các dòng đã chọn…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the status of the selected rows (Ctrl+Shift+T)</source>
            <translation>Đổi trạng thái các dòng đã chọn (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Collective</source>
            <translation>Tập thể</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n nomination(s)</source>
            <translation>
                <numerusform>%n mô hình</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n selected</source>
            <translation>
                <numerusform>đã chọn %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="-102" />
            <source>The office</source>
            <translation>Đơn vị</translation>
        </message>
    </context>
    <context>
        <name>OfficePickerDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/office_picker.py" line="+65" />
            <source>Choose the office</source>
            <extracomment>Role holding each row's folded "name code parent" text, which the search filters on.</extracomment>
            <translation>Chọn đơn vị sử dụng</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Which unit does this computer work for? For a district's Interior office choose “Phòng Nội vụ huyện …”. The choice limits the nomination list, the dashboard and the exports to the units it covers; it can be changed later in Settings.</source>
            <translation>Máy tính này làm việc cho đơn vị nào? Phòng Nội vụ cấp huyện hãy chọn “Phòng Nội vụ huyện …”. Lựa chọn này giới hạn danh sách mô hình, bảng theo dõi và các tệp xuất trong phạm vi đơn vị đó; có thể đổi lại trong mục Cài đặt.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type part of the name, e.g. noi vu dong van</source>
            <translation>Gõ một phần tên, ví dụ: noi vu dong van</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit kind</source>
            <translation>Loại đơn vị</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Chosen: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
            <translation>Đã chọn: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No unit chosen yet: type part of its name and pick it in the list.</source>
            <translation>Chưa chọn đơn vị: hãy gõ một phần tên rồi chọn trong danh sách.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/pdf_preview.py" line="+55" />
            <source>Print preview – %1</source>
            <extracomment>Resolution at which pages are rendered for the printer: sharp text, bounded memory (A4 ≈ 35 MB).</extracomment>
            <translation>Xem trước khi in – %1</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Print…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open in the system &amp;viewer</source>
            <translation>Mở bằng &amp;chương trình xem của máy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pages from</source>
            <translation>In từ trang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>đến</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/receipts_register.py" line="+74" />
            <source>Correct a receipt</source>
            <translation>Sửa văn bản đến</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Log a receipt</source>
            <translation>Ghi văn bản đến</translation>
        </message>
        <message>
            <location line="+12" />
            <source>e.g. 12/UBND</source>
            <translation>ví dụ: 12/UBND</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Unit:</source>
            <translation>Đơn &amp;vị:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Received on:</source>
            <translation>Ngày &amp;nhận:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Channel:</source>
            <translation>&amp;Hình thức:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document &amp;number:</source>
            <translation>&amp;Số văn bản:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Choose the unit from the list (type part of its name).</source>
            <translation>Hãy chọn đơn vị trong danh sách (gõ một phần tên).</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsRegister</name>
        <message>
            <location line="+30" />
            <source>Received on</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document number</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Log a receipt…</source>
            <translation>&amp;Ghi văn bản đến…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;orrect…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Receipts register</source>
            <translation>Sổ theo dõi văn bản đến</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This receipt no longer exists; it may have been deleted.</source>
            <translation>Văn bản đến này không còn; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the unit from the list (type part of its name).</source>
            <translation>Hãy chọn đơn vị trong danh sách (gõ một phần tên).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete receipt</source>
            <translation>Xóa văn bản đến</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the receipt of %1 dated %2?</source>
            <translation>Xóa văn bản đến của %1 ngày %2?</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/settings.py" line="+49" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+23" />
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Takes effect when the program is started again.</source>
            <translation>Có hiệu lực khi khởi động lại chương trình.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>asked each time</source>
            <translation>hỏi mỗi lần sao lưu</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The data on this server is the province's inbox (Ban TĐKT – Sở Nội vụ)</source>
            <translation>Dữ liệu trên máy chủ này là nơi nhận hồ sơ của tỉnh (Ban TĐKT – Sở Nội vụ)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer is the province's inbox (Ban TĐKT – Sở Nội vụ)</source>
            <translation>Máy này là nơi nhận hồ sơ của tỉnh (Ban TĐKT – Sở Nội vụ)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Office:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letterhead and signature:</source>
            <translation>Tiêu đề văn bản và chữ ký:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your name, as the change history shows it</source>
            <translation>Tên anh/chị, như nhật ký thay đổi ghi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clerk name:</source>
            <translation>Tên cán bộ:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>Ngôn ngữ:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Font size:</source>
            <translation>Cỡ chữ:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Folder for “Back up now”:</source>
            <translation>Thư mục cho “Sao lưu ngay”:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Automatic backups kept:</source>
            <translation>Số bản sao lưu tự động được giữ:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mode:</source>
            <translation>Chế độ:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>no office chosen</source>
            <translation>chưa chọn đơn vị</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Folder for backups</source>
            <translation>Thư mục sao lưu</translation>
        </message>
    </context>
    <context>
        <name>SignaturePage</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="+134" />
            <source>Who signs</source>
            <translation>Người ký</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The names printed under the signatures. The list and the covering letter are signed for the district's people's committee; the key form by the office's head. Titles, symbols and recipients can be changed in Settings → Letterhead and signature. Leave a name empty to write it by hand.</source>
            <translation>Họ tên in dưới chữ ký. Danh sách và công văn được ký thay mặt Ủy ban nhân dân huyện; phiếu xác nhận chứng thư do thủ trưởng cơ quan ký. Chức vụ, ký hiệu và nơi nhận sửa trong Cài đặt → Tiêu đề văn bản và chữ ký. Để trống nếu muốn ghi tay.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Signs the list and the letter:</source>
            <translation>Người ký danh sách và công văn:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Head of the office:</source>
            <translation>Thủ trưởng cơ quan:</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/split_dialog.py" line="+86" />
            <source>Split %1 from a date</source>
            <extracomment>Does the split: (successor codes, first day, nomination id → successor code, legal basis) → how many nominations moved. Raises UnitEditError when refused. The successor column of the nominations' table.</extracomment>
            <translation>Chia tách %1 từ một ngày</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp theo &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Split</source>
            <translation>&amp;Chia tách</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location line="+23" />
            <source>1. The units %1 becomes. It is closed the day before the date below and linked to each; the next step sends each of its nominations to one of them. Add a new unit first (Add…, existing from that date) if it is not in the directory yet.</source>
            <translation>1. Các đơn vị được chia tách từ %1. Đơn vị này đóng vào ngày trước ngày dưới đây và được liên kết với từng đơn vị mới; bước sau chuyển từng mô hình của nó về một trong các đơn vị đó. Đơn vị mới chưa có trong danh mục thì thêm trước (Thêm…, tồn tại từ ngày đó).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add successor</source>
            <translation>&amp;Thêm đơn vị kế thừa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Remove</source>
            <translation>&amp;Bỏ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>e.g. Nghị quyết 1267/NQ-UBTVQH15</source>
            <translation>ví dụ: Nghị quyết 1267/NQ-UBTVQH15</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Successor:</source>
            <translation>Đơn vị &amp;kế thừa:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Successors:</source>
            <translation>Các đơn vị kế thừa:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;First day of the successors:</source>
            <translation>&amp;Ngày đầu của các đơn vị kế thừa:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal &amp;basis:</source>
            <translation>Căn cứ &amp;pháp lý:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose the successor from the list.</source>
            <translation>Chọn đơn vị kế thừa trong danh sách.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A unit cannot succeed itself.</source>
            <translation>Một đơn vị không thể kế thừa chính nó.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A split has at least two successors. A unit that becomes one other is a merge (History links…).</source>
            <translation>Chia tách phải có ít nhất hai đơn vị kế thừa. Đơn vị chuyển thành một đơn vị khác là sáp nhập (Lịch sử sáp nhập…).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Send &amp;all there</source>
            <translation>Chuyển &amp;tất cả về đó</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nomination</source>
            <translation>Mô hình</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Goes to</source>
            <translation>Chuyển về</translation>
        </message>
        <message>
            <location line="+13" />
            <source>All &amp;to:</source>
            <translation>Tất cả &amp;về:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>2. From %1, %2 is closed. Choose where each of its %3 nomination(s) goes; a row left empty stops the split.</source>
            <translation>2. Từ ngày %1, %2 không còn. Chọn nơi chuyển về cho từng mô hình trong %3 mô hình của đơn vị; còn dòng trống thì chưa chia tách được.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>— choose —</source>
            <translation>— chọn —</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Choose where each nomination goes: %1 of %2 have no successor yet (first: %3).</source>
            <translation>Chọn nơi chuyển về cho từng mô hình: %1 / %2 mô hình chưa có đơn vị kế thừa (đầu tiên: %3).</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/status_panel.py" line="+61" />
            <source>→ %1</source>
            <extracomment>The order the transition buttons appear in (the forward step first).</extracomment>
            <translation>→ %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the status to “%1”…</source>
            <translation>Chuyển trạng thái sang “%1”…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Status: not saved yet</source>
            <translation>Trạng thái: chưa lưu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Trạng thái: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not eligible</source>
            <translation>chưa đủ tiêu chí</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(selected by override)</source>
            <translation>(lựa chọn đặc cách)</translation>
        </message>
    </context>
    <context>
        <name>StatusChangeDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/status_dialog.py" line="+47" />
            <source>Change status</source>
            <translation>Đổi trạng thái</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n nomination(s) will change.</source>
            <translation>
                <numerusform>Sẽ đổi %n mô hình.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>New &amp;status:</source>
            <translation>Trạng thái &amp;mới:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Override reason:</source>
            <translation>Lý do đặc &amp;cách:</translation>
        </message>
        <message numerus="yes">
            <location line="+33" />
            <source>%n of them do not meet every criterion. Selecting them for the upward list needs an override reason, kept in the history.</source>
            <translation>
                <numerusform>%n mô hình trong số đó chưa đạt đủ tiêu chí. Muốn lựa chọn vào danh sách đề nghị phải ghi lý do đặc cách; lý do được lưu trong lịch sử.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>A returned nomination needs a reason.</source>
            <translation>Trả lại mô hình phải ghi lý do.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write why it is changed after it was sent.</source>
            <translation>Ghi lý do sửa mô hình sau khi đã gửi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write the override reason.</source>
            <translation>Hãy ghi lý do đặc cách.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No status change is allowed for these nominations.</source>
            <translation>Không có chuyển trạng thái nào hợp lệ cho các mô hình này.</translation>
        </message>
    </context>
    <context>
        <name>StatusController</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_status.py" line="+128" />
            <location line="+49" />
            <source>Change the status</source>
            <extracomment>A long selection is read this many rows per query (in a worker), with progress between.</extracomment>
            <translation>Đổi trạng thái</translation>
        </message>
        <message numerus="yes">
            <location line="-48" />
            <source>Reading the %n selected nomination(s)…</source>
            <translation>
                <numerusform>Đang đọc %n mô hình đã chọn…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+50" />
            <source>Changing the status of %n nomination(s)…
Cancel stops it: then no status changes.</source>
            <translation>
                <numerusform>Đang đổi trạng thái của %n mô hình…
Bấm Hủy để dừng: khi đó không trạng thái nào thay đổi.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>This status change is not allowed from “%1”.</source>
            <translation>Không được chuyển trạng thái này từ “%1”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A returned or changed nomination needs a reason.</source>
            <translation>Mô hình bị trả lại hoặc sửa sau khi gửi phải có lý do.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A nomination that does not meet every criterion can be selected only with an override reason.</source>
            <translation>Mô hình chưa đạt đủ tiêu chí chỉ được lựa chọn khi ghi lý do đặc cách.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot change the status</source>
            <translation>Không đổi được trạng thái</translation>
        </message>
    </context>
    <context>
        <name>StatusHistory</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/status_panel.py" line="+15" />
            <source>Time</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From → to</source>
            <translation>Từ → sang</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Override reason: %1</source>
            <translation>Lý do đặc cách: %1</translation>
        </message>
    </context>
    <context>
        <name>UnitConflictDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/conflict.py" line="+107" />
            <source>another clerk</source>
            <translation>một cán bộ khác</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone else saved this unit</source>
            <translation>Người khác đã lưu đơn vị này</translation>
        </message>
        <message>
            <location line="+3" />
            <source>While you were editing %1 (%2), %3 saved a change to it. Nothing of yours is saved yet. The items that differ are highlighted: compare the two versions and choose.</source>
            <translation>Trong lúc anh/chị đang sửa %1 (%2), %3 đã lưu một thay đổi của đơn vị này. Phần anh/chị sửa chưa được lưu. Các mục khác nhau được tô đậm: hãy so sánh hai bản rồi chọn.</translation>
        </message>
    </context>
    <context>
        <name>UnitDirectoryTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/unit_directory.py" line="+85" />
            <source>Search units, e.g. dong van</source>
            <extracomment>Wait this long after the last keystroke before searching (typing "hoang su phi" is one search). Show at most this many matches: a search for one letter matches thousands of units, and a list that long helps nobody (the label says how many there are and asks for more letters).</extracomment>
            <translation>Tìm đơn vị, ví dụ: dong van</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All kinds</source>
            <translation>Tất cả các loại</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show c&amp;losed units</source>
            <translation>Hiện cả đơn vị đã đón&amp;g</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole &amp;province</source>
            <translation>Xem toàn tỉnh</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tree</source>
            <translation>Dạng cây</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List</source>
            <translation>Danh sách</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit kind</source>
            <translation>Loại đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>Đã đăng ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On time?</source>
            <translation>Đúng hạn?</translation>
        </message>
        <message>
            <location line="+39" />
            <source>&amp;Search:</source>
            <extracomment>The edits and the files, each its own controller; the tab shows and selects.</extracomment>
            <translation>&amp;Tìm:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit &amp;kind:</source>
            <translation>&amp;Loại đơn vị:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Group:</source>
            <translation>&amp;Khối/cụm:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>As &amp;of:</source>
            <translation>Tính đến &amp;ngày:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;View:</source>
            <translation>X&amp;em:</translation>
        </message>
        <message>
            <location line="+53" />
            <source>&amp;Add…</source>
            <translation>Thê&amp;m…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Move…</source>
            <translation>Ch&amp;uyển…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;lose…</source>
            <translation>Đóng…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;open</source>
            <translation>&amp;Mở lại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;History links…</source>
            <translation>&amp;Lịch sử sáp nhập…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;plit from a date…</source>
            <translation>Chia &amp;tách từ một ngày…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>Nhập tệ&amp;p…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>Xuất tệp…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export this &amp;branch…</source>
            <translation>Xuất &amp;nhánh này…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make this my &amp;office</source>
            <translation>Đặt làm đơn vị &amp;sử dụng</translation>
        </message>
        <message>
            <location line="+69" />
            <source>All groups</source>
            <translation>Tất cả khối, cụm</translation>
        </message>
        <message>
            <location line="+27" />
            <source>exists %1 – %2</source>
            <translation>hoạt động %1 – %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contact: %1</source>
            <translation>Liên hệ: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not recorded</source>
            <translation>chưa ghi</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 (advisory)</source>
            <translation>%1 (không bắt buộc)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>short</source>
            <translation>chưa đạt</translation>
        </message>
        <message>
            <location line="+7" />
            <source>On time</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation>Muộn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not yet</source>
            <translation>Chưa nộp (còn hạn)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing</source>
            <translation>Chưa nộp</translation>
        </message>
        <message numerus="yes">
            <location line="+83" />
            <source>%n unit(s) found</source>
            <translation>
                <numerusform>tìm thấy %n đơn vị</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 of %2 units shown: type more to narrow the search</source>
            <translation>Đang hiện %1 / %2 đơn vị: gõ thêm để thu hẹp</translation>
        </message>
    </context>
    <context>
        <name>UnitEditController</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/unit_directory_edits.py" line="+83" />
            <location line="+89" />
            <source>Not possible</source>
            <translation>Không thực hiện được</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Delete unit</source>
            <translation>Xóa đơn vị</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete %1 (%2) for good? Only a unit entered by mistake should be deleted; close a unit that has ceased to exist.</source>
            <translation>Xóa hẳn %1 (%2)? Chỉ xóa đơn vị nhập nhầm; đơn vị đã giải thể hoặc sáp nhập thì hãy đóng.</translation>
        </message>
        <message numerus="yes">
            <location line="+65" />
            <source>%1 split: %n nomination(s) sent to its successors</source>
            <translation>
                <numerusform>Đã chia tách %1: %n mô hình đã chuyển về các đơn vị kế thừa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnitEditDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/edit.py" line="+75" />
            <source>Edit unit</source>
            <translation>Sửa đơn vị</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add unit</source>
            <translation>Thêm đơn vị</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Date known:</source>
            <translation>Có ngày cụ thể:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>&amp;Code:</source>
            <translation>&amp;Mã:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;hort name:</source>
            <translation>Tên &amp;ngắn:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit &amp;kind:</source>
            <translation>&amp;Loại đơn vị:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Parent unit:</source>
            <translation>Đơn vị cấp &amp;trên:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Exists &amp;from:</source>
            <translation>Hoạt động &amp;từ ngày:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A change from:</source>
            <translation>Thay đổi từ ngày:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tick for a rename decided from a day: views before that day keep the old name.</source>
            <translation>Đánh dấu khi đổi tên theo quyết định có hiệu lực từ một ngày: các màn hình xem trước ngày đó vẫn giữ tên cũ.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Name, kind:</source>
            <translation>Tên, loại:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Person in &amp;charge:</source>
            <translation>Người &amp;phụ trách:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone:</source>
            <translation>Điện th&amp;oại:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation>&amp;Thư điện tử:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emulation &amp;groups:</source>
            <translation>&amp;Khối, cụm thi đua:</translation>
        </message>
    </context>
    <context>
        <name>UnitFileController</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/unit_directory_files.py" line="+72" />
            <location line="+11" />
            <location line="+29" />
            <source>Import a unit directory</source>
            <translation>Nhập danh mục đơn vị</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Directory files (*.xlsx *.csv)</source>
            <translation>Tệp danh mục (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Checking the units of %1…
Cancel stops here; nothing is written.</source>
            <translation>Đang kiểm tra các đơn vị của %1…
Bấm Hủy để dừng tại đây; không có gì được ghi.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read the file</source>
            <translation>Không đọc được tệp</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Writing %1 units in one transaction…
Cancel stops before the end: nothing is written then.</source>
            <translation>Đang ghi %1 đơn vị trong một giao dịch…
Bấm Hủy để dừng trước khi xong: khi đó không có gì được ghi.</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+12" />
            <location line="+19" />
            <source>Export the unit directory</source>
            <translation>Xuất danh mục đơn vị</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Writing the unit directory…</source>
            <translation>Đang ghi danh mục đơn vị…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 units written to %2</source>
            <translation>Đã ghi %1 đơn vị vào %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot write %1: %2. No partial file was left.</source>
            <translation>Không ghi được %1: %2. Không có tệp nào bị ghi dở.</translation>
        </message>
    </context>
    <context>
        <name>UnitPicker</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/unit_picker.py" line="+299" />
            <source>Loading the list of units…</source>
            <extracomment>A unit offered: a directory row, or the lighter choice read for the pickers. The units offered, or a function that reads them when they are first needed.</extracomment>
            <translation>Đang tải danh sách đơn vị…</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No unit matches “%1”. Type part of its name, e.g. lung cu.</source>
            <translation>Không có đơn vị nào khớp với “%1”. Hãy gõ một phần tên, ví dụ: lung cu.</translation>
        </message>
    </context>
    <context>
        <name>UnitPlanDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/unit_plan_dialog.py" line="+29" />
            <source>Attach the plan (PDF or DOCX) or give its number and date.</source>
            <translation>Hãy đính kèm kế hoạch (PDF hoặc DOCX) hoặc ghi số và ngày ký.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only PDF and DOCX files can be attached: %1</source>
            <translation>Chỉ đính kèm được tệp PDF hoặc DOCX: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file is too large to keep (over 20 MB).</source>
            <translation>Tệp quá lớn (trên 20 MB).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This file is not a PDF or Word document: %1</source>
            <translation>Tệp này không phải PDF hoặc Word: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file cannot be read: %1</source>
            <translation>Không đọc được tệp: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This office sends no plan of its own to the province.</source>
            <translation>Đơn vị này không phải gửi kế hoạch riêng về tỉnh.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown unit: %1</source>
            <translation>Không có đơn vị: %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Our replication plan (IV.1)</source>
            <translation>Kế hoạch nhân rộng của đơn vị (IV.1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Plan IV.1: send the list AND the plan for fostering and replicating the exemplars of %1 to the province by the same deadline.</source>
            <translation>Mục IV.1 của Kế hoạch: gửi danh sách VÀ kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến của %1 về tỉnh trong cùng thời hạn.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>no file attached</source>
            <translation>chưa đính kèm tệp</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. 45/KH-UBND</source>
            <translation>ví dụ 45/KH-UBND</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Document (PDF/DOCX):</source>
            <translation>Văn bản (PDF/DOCX):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number:</source>
            <translation>Số, ký hiệu:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed on:</source>
            <translation>Ngày ký:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent to the province on:</source>
            <translation>Ngày gửi về tỉnh:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The plan document</source>
            <translation>Văn bản kế hoạch</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan (*.pdf *.docx)</source>
            <translation>Kế hoạch (*.pdf *.docx)</translation>
        </message>
    </context>
    <context>
        <name>UnitsPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/units_pane.py" line="+51" />
            <source>All units</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To call (not sent, late or short)</source>
            <translation>Cần liên hệ (chưa nộp, nộp muộn, chưa đủ chỉ tiêu)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late (supplements)</source>
            <translation>Nộp muộn (bổ sung)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not received yet</source>
            <translation>Chưa nhận được</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short of quota</source>
            <translation>Chưa đủ chỉ tiêu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not considered for commendation (IV.1)</source>
            <translation>Không được xét khen thưởng (mục IV.1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All kinds</source>
            <translation>Tất cả các loại</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All blocs and clusters</source>
            <translation>Mọi khối, cụm thi đua</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search unit or contact (tone marks optional)</source>
            <translation>Tìm đơn vị hoặc người liên hệ (gõ có dấu hoặc không dấu)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Show:</source>
            <translation>&amp;Hiển thị:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Double-click a unit to see its nominations</source>
            <translation>Nháy đúp vào một đơn vị để xem các mô hình của đơn vị đó</translation>
        </message>
        <message>
            <location line="+50" />
            <source>%1 of %2 shown</source>
            <translation>Hiển thị %1 / %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>IV.1: each district and provincial body sends its list and its own plan for fostering and replicating the exemplars to the province by the same deadline.</source>
            <translation>Mục IV.1: mỗi huyện, thành phố và cơ quan, đơn vị cấp tỉnh gửi danh sách và kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến của mình về tỉnh trong cùng thời hạn.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not registered</source>
            <translation>chưa đăng ký</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Registered nothing by its deadline: to follow up. Plan IV.1 (no commendation) addresses the districts and the provincial bodies, not the units under them.</source>
            <translation>Chưa đăng ký mô hình nào trước hạn: cần đôn đốc. Chế tài tại mục IV.1 (không xét khen thưởng) áp dụng với các huyện, thành phố và các cơ quan, đơn vị cấp tỉnh, không áp dụng với các đơn vị trực thuộc.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Submissions: each receipt logged in the register is one; registrations received on a day without a receipt make one more for that day.</source>
            <translation>Số lần nộp: mỗi văn bản đến ghi trong sổ là một lần; các đăng ký nhận vào ngày không có văn bản đến tính thêm một lần cho ngày đó.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit kind</source>
            <translation>Loại đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Submissions</source>
            <translation>Số lần nộp</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+62" />
            <source>On time</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <location line="-56" />
            <location line="+57" />
            <source>Late (supplement)</source>
            <translation>Muộn (bổ sung)</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Models registered</source>
            <translation>Mô hình đã đăng ký</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quota</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Own plan (IV.1)</source>
            <translation>Kế hoạch nhân rộng (IV.1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fields</source>
            <translation>Số lĩnh vực</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Eligible / not</source>
            <translation>Đủ / chưa đủ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last received</source>
            <translation>Ngày nhận gần nhất</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Liên hệ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consequence (IV.1)</source>
            <translation>Hệ quả (mục IV.1)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Not yet – %1</source>
            <translation>Chưa nộp – %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Missing – %1</source>
            <translation>Chưa nộp – %1</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location line="+25" />
            <source>%1 (%2 supplement)</source>
            <translation>%1 (%2 bổ sung)</translation>
        </message>
    </context>
    <context>
        <name>UpwardBox</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/upward_box.py" line="+31" />
            <source>Our list to the province</source>
            <translation>Danh sách của đơn vị gửi tỉnh</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deadline:</source>
            <translation>Thời hạn:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Models selected:</source>
            <translation>Mô hình đã chọn:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forms printed:</source>
            <translation>In phiếu đăng ký:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List exported (Excel):</source>
            <translation>Xuất danh sách (Excel):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed bundle built:</source>
            <translation>Đóng gói có ký số:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Our replication plan (IV.1):</source>
            <translation>Kế hoạch nhân rộng của đơn vị (IV.1):</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Record our plan…</source>
            <translation>Ghi kế hoạch của đơn vị…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>no deadline binds this office</source>
            <translation>Kế hoạch không đặt thời hạn cho đơn vị này</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 selected (advisory)</source>
            <translation>đã chọn %1 (không bắt buộc)</translation>
        </message>
        <message>
            <location line="+2" />
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
        <message>
            <location line="+11" />
            <source>not asked of this office</source>
            <translation>đơn vị không phải gửi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not yet</source>
            <translation>chưa</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 (%n time(s))</source>
            <translation>
                <numerusform>%1 (%n lần)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>on time</source>
            <translation>đúng hạn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>after the deadline</source>
            <translation>sau thời hạn</translation>
        </message>
    </context>
    <context>
        <name>_Section</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/followup_panel.py" line="-270" />
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../hagiang_desktop/ui/app.py" line="+172" />
            <source>(read-only)</source>
            <extracomment>When the process started (close enough: this module is imported first thing for the window).</extracomment>
            <translation>(chỉ đọc)</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/backup.py" line="+42" />
            <source>&amp;Back up now…</source>
            <translation>Sao &amp;lưu ngay…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Purge the personal data of the selected nominations…</source>
            <translation>&amp;Xóa hẳn dữ liệu cá nhân của các mô hình đang chọn…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Chec&amp;k the database…</source>
            <translation>Kiểm &amp;tra dữ liệu…</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+16" />
            <location line="+10" />
            <location line="+15" />
            <location line="+20" />
            <source>Check the database</source>
            <translation>Kiểm tra dữ liệu</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Checking every page and record…</source>
            <translation>Đang kiểm tra từng trang và từng bản ghi…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The database passed every check: file integrity, links between records, the plan's rules.</source>
            <translation>Tệp dữ liệu đạt mọi phép kiểm tra: toàn vẹn tệp, liên kết giữa các bản ghi, các quy tắc của Kế hoạch.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The file cannot be read here (%1). This is a permission or read-only media problem, not damage: do not restore a backup. Copy the file to the computer's disk, or ask the IT staff for access.</source>
            <translation>Không đọc được tệp ở chỗ này (%1). Đây là vấn đề quyền truy cập hoặc ổ chỉ đọc, không phải tệp bị hỏng: đừng khôi phục từ bản sao lưu. Hãy chép tệp sang ổ đĩa của máy, hoặc nhờ bộ phận tin học cấp quyền.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 problem(s) found. Back up the file, then restore the latest good backup or ask the IT staff:</source>
            <translation>Tìm thấy %1 lỗi. Hãy sao lưu tệp, rồi khôi phục bản sao lưu tốt gần nhất hoặc hỏi cán bộ tin học:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The data on the server passed every check: the program's rules and the search index. The server itself keeps its pages and the links between records sound.</source>
            <translation>Dữ liệu trên máy chủ đạt mọi bước kiểm tra: các quy tắc của chương trình và chỉ mục tìm kiếm. Máy chủ tự bảo đảm các trang dữ liệu và liên kết giữa các bản ghi.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 problem(s) found in the data on the server. Tell the IT staff, who keep the server's backups:</source>
            <translation>Phát hiện %1 vấn đề trong dữ liệu trên máy chủ. Hãy báo bộ phận tin học (nơi giữ các bản sao lưu của máy chủ):</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+15" />
            <location line="+17" />
            <source>Purge personal data</source>
            <translation>Xóa hẳn dữ liệu cá nhân</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Select the nominations to purge in the Nominations tab first.</source>
            <translation>Hãy chọn trước các mô hình cần xóa hẳn ở thẻ Mô hình.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+144" />
            <source>Unsaved changes</source>
            <translation>Thay đổi chưa lưu</translation>
        </message>
        <message>
            <location line="-143" />
            <source>Save or discard the nomination form before purging.</source>
            <translation>Hãy lưu hoặc bỏ các thay đổi trong phiếu mô hình trước khi xóa hẳn.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Permanently remove %1 nomination(s) and every copy of their data in the audit log? This cannot be undone; only their record numbers stay. Backups taken before keep the data until they are rotated out.</source>
            <translation>Xóa vĩnh viễn %1 mô hình và mọi bản sao dữ liệu của chúng trong nhật ký? Không thể hoàn tác; chỉ còn lại số hiệu bản ghi. Các bản sao lưu trước đó vẫn giữ dữ liệu cho đến khi được xoay vòng.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Purging…
Cancel stops after the nomination being purged; those done stay purged.</source>
            <translation>Đang xóa hẳn dữ liệu cá nhân…
Bấm Hủy để dừng sau mô hình đang xóa; những mô hình đã xóa thì đã xóa hẳn.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Purged the personal data of %1 nomination(s).</source>
            <translation>Đã xóa hẳn dữ liệu cá nhân của %1 mô hình.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Back up to which folder?</source>
            <translation>Sao lưu vào thư mục nào?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Back up</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Copying and checking the database…</source>
            <translation>Đang sao chép và kiểm tra tệp dữ liệu…</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Backing up the data on the server (pg_dump)…</source>
            <translation>Đang sao lưu dữ liệu trên máy chủ (pg_dump)…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Backed up and verified: %1</source>
            <translation>Đã sao lưu và kiểm tra: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Backup failed</source>
            <translation>Sao lưu không thành công</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup could not be made: %1. The database was not changed.</source>
            <translation>Không sao lưu được: %1. Tệp dữ liệu không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Save or discard the nomination form before restoring a backup.</source>
            <translation>Hãy lưu hoặc bỏ các thay đổi trong phiếu mô hình trước khi khôi phục bản sao lưu.</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+76" />
            <source>Restore which backup?</source>
            <translation>Khôi phục bản sao lưu nào?</translation>
        </message>
        <message>
            <location line="-74" />
            <source>Backups (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bản sao lưu (*.sqlite3 *.db);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not a usable backup</source>
            <translation>Không dùng được bản sao lưu này</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1 is empty (0 bytes), probably damaged while copying. Choose another backup.</source>
            <extracomment>Why a backup is refused, by BackupError code (``%1`` is the file, ``%2`` the details).</extracomment>
            <translation>%1 rỗng (0 byte), có thể đã hỏng khi sao chép. Hãy chọn bản sao lưu khác.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>%1 is not a backup of this program. Choose the right file.</source>
            <translation>%1 không phải bản sao lưu của chương trình này. Hãy chọn đúng tệp sao lưu.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer version of the program. Install the newer version first.</source>
            <translation>%1 do phiên bản mới hơn của chương trình tạo ra. Hãy cài phiên bản mới hơn trước.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 has broken links between records (%2). Choose another backup.</source>
            <translation>%1 có liên kết hỏng giữa các bản ghi (%2). Hãy chọn bản sao lưu khác.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was altered: its structure is not this program's (%2). Choose another backup.</source>
            <translation>%1 đã bị sửa đổi: cấu trúc không đúng của chương trình (%2). Hãy chọn bản sao lưu khác.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged (%2). Choose another backup.</source>
            <translation>%1 bị hỏng (%2). Hãy chọn bản sao lưu khác.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Server backups (*.dump);;All files (*)</source>
            <translation>Bản sao lưu máy chủ (*.dump);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Replace the data on the server by the backup %1? Every clerk's changes made since that backup will be replaced; a backup of the data as it is now is kept beside it first.</source>
            <translation>Thay dữ liệu trên máy chủ bằng bản sao lưu %1? Mọi thay đổi của các cán bộ từ sau bản sao lưu đó sẽ bị thay thế; một bản sao lưu dữ liệu hiện tại được giữ bên cạnh trước khi khôi phục.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restoring the backup on the server…</source>
            <translation>Đang khôi phục bản sao lưu trên máy chủ…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The backup could not be restored: %1. The data on the server was not changed.</source>
            <translation>Không khôi phục được bản sao lưu: %1. Dữ liệu trên máy chủ không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Nothing was changed.</source>
            <translation>Dữ liệu không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Another office's backup</source>
            <translation>Bản sao lưu của đơn vị khác</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This backup holds the data of office %1, not of this office (%2). Restoring it replaces all of this office's data by that office's. Restore it anyway?</source>
            <translation>Bản sao lưu này là dữ liệu của đơn vị %1, không phải của đơn vị này (%2). Khôi phục sẽ thay toàn bộ dữ liệu của đơn vị này bằng dữ liệu của đơn vị kia. Vẫn khôi phục?</translation>
        </message>
        <message>
            <location line="-122" />
            <location line="+61" />
            <source>Restore this backup?</source>
            <translation>Khôi phục bản sao lưu này?</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Replace the current data by the backup %1? Changes made since that backup will be replaced; a copy of the current file is kept first.</source>
            <translation>Thay dữ liệu hiện tại bằng bản sao lưu %1? Những thay đổi sau thời điểm sao lưu sẽ bị thay thế; một bản sao của tệp hiện tại được giữ lại trước.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+74" />
            <source>Restore failed</source>
            <translation>Khôi phục không thành công</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Restored from %1</source>
            <translation>Đã khôi phục từ %1</translation>
        </message>
    </context>
    <context>
        <name>blocs</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/blocs.py" line="+33" />
            <source>Emulation &amp;blocs and clusters…</source>
            <extracomment>List at most this many faulty rows in the refusal (the CLI's dry run lists them all).</extracomment>
            <translation>&amp;Khối, cụm thi đua…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Import emulation blocs and clusters</source>
            <translation>Nhập khối, cụm thi đua</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Blocs and clusters (*.csv *.xlsx)</source>
            <translation>Khối, cụm thi đua (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>line %1, column %2: %3 (%4)</source>
            <translation>dòng %1, cột %2: %3 (%4)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>… and %1 more</source>
            <translation>… và %1 dòng khác</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 was not imported; nothing changed. Correct these rows and import it again:</source>
            <translation>Chưa nhập %1; không có gì thay đổi. Sửa các dòng sau rồi nhập lại:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 lists no bloc or cluster.</source>
            <translation>%1 không có khối, cụm thi đua nào.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import %1 blocs and clusters with %2 member units from %3?</source>
            <translation>Nhập %1 khối, cụm thi đua với %2 đơn vị thành viên từ %3?</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Removed (not in the file): %1</source>
            <translation>Bị xóa (không có trong tệp): %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 was not imported; nothing changed.</source>
            <translation>Chưa nhập %1; không có gì thay đổi.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 blocs and clusters loaded from %2</source>
            <translation>Đã nạp %1 khối, cụm thi đua từ %2</translation>
        </message>
    </context>
    <context>
        <name>bundles</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/common.py" line="+29" />
            <source>This file cannot be read as a PDF (%1).</source>
            <extracomment>What the clerk reads for each refusal (``%1``: the detail).</extracomment>
            <translation>Không đọc được tệp này như một tệp PDF (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The certificate, issued by a certificate authority, names no unit code (%1). Choose its unit as written on the signed and sealed fingerprint form.</source>
            <translation>Chứng thư do tổ chức chứng thực cấp không ghi mã đơn vị (%1). Hãy chọn đơn vị của chứng thư theo phiếu vân tay đã ký, đóng dấu.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate names another unit code than the one chosen (%1).</source>
            <translation>Chứng thư ghi mã đơn vị khác với đơn vị đã chọn (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The timestamp server does not answer (%1).</source>
            <translation>Máy chủ cấp dấu thời gian không trả lời (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No token with this label is plugged in (%1).</source>
            <translation>Không thấy token nào có nhãn này đang cắm vào máy (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Several tokens are plugged in (%1); choose one.</source>
            <translation>Đang cắm nhiều token (%1); hãy chọn một.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The key and its certificate are not on the token (%1).</source>
            <translation>Không thấy khóa và chứng thư trên token (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token holds several certificates (%1); choose one.</source>
            <translation>Token có nhiều chứng thư (%1); hãy chọn một.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose this installation's office first (Settings → Choose the office).</source>
            <translation>Hãy chọn đơn vị sử dụng chương trình trước (Cài đặt → Chọn đơn vị).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The office has no signing key yet. Create one first (Bundles → Signing key).</source>
            <translation>Đơn vị chưa có khóa ký. Hãy tạo khóa trước (Gói hồ sơ → Khóa ký).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The office already has a signing key.</source>
            <translation>Đơn vị đã có khóa ký.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This key belongs to another office (%1: the key ≠ this office); it was not restored. Bundles signed with it would be refused by the province as coming from the wrong sender. Use this office's own key backup.</source>
            <translation>Khóa này là của đơn vị khác (%1: khóa ≠ đơn vị này); không khôi phục. Gói ký bằng khóa này sẽ bị tỉnh từ chối vì sai đơn vị gửi. Hãy dùng tệp sao lưu khóa của chính đơn vị.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The active signing key belongs to another office (%1: the key ≠ this office): the province would refuse the bundle. Nothing was built or marked. Restore this office's own key or create a new one.</source>
            <translation>Khóa ký đang dùng là của đơn vị khác (%1: khóa ≠ đơn vị này): tỉnh sẽ từ chối gói. Chưa tạo gói, chưa đánh dấu gì. Hãy khôi phục khóa của chính đơn vị hoặc tạo khóa mới.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The passphrase is too short: at least %1 characters.</source>
            <translation>Mật khẩu quá ngắn: cần ít nhất %1 ký tự.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The passphrase is not right. Nothing was changed.</source>
            <translation>Mật khẩu không đúng. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This file is not a usable key backup (.p12).</source>
            <translation>Tệp này không phải bản sao lưu khóa ký (.p12) dùng được.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wrong PIN. Each wrong PIN uses one of the token's tries; nothing was signed.</source>
            <translation>Mã PIN không đúng. Mỗi lần nhập sai dùng mất một lần thử của token; chưa ký gì.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The token's PIN is locked. The administrator PIN or the certificate provider unlocks it.</source>
            <translation>Mã PIN của token đã bị khóa. Cần mã PIN quản trị hoặc nhà cung cấp chứng thư số mở khóa.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No token is plugged in. Plug in the office's token.</source>
            <translation>Chưa cắm token. Hãy cắm token của đơn vị.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token plugged in is not the office's chosen token. Plug in the right one.</source>
            <translation>Token đang cắm không phải token đơn vị đã chọn. Hãy cắm đúng token.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The token's driver is 32-bit; this program needs its 64-bit driver (%1).</source>
            <translation>Trình điều khiển token là bản 32-bit; chương trình này cần bản 64-bit (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The token's driver is not on this computer (%1).</source>
            <translation>Máy này không có trình điều khiển token (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token's driver cannot be loaded (%1).</source>
            <translation>Không nạp được trình điều khiển token (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token refused: %1.</source>
            <translation>Token từ chối: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This file is not a certificate (.pem).</source>
            <translation>Tệp này không phải chứng thư (.pem).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be written (%1); another program may be holding it. No bundle was made and nothing was marked submitted. Close the other program and try again.</source>
            <translation>Không ghi được vào tệp dữ liệu (%1), có thể một chương trình khác đang giữ tệp. Chưa tạo gói, chưa có mô hình nào bị đánh dấu đã gửi. Hãy đóng chương trình kia rồi thử lại.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The bundle file is far too large; it was refused.</source>
            <translation>Tệp gói quá lớn nên đã bị từ chối.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle is damaged or was not copied completely (or it is not a bundle). Ask for it again.</source>
            <translation>Tệp gói bị hỏng hoặc chép chưa hết (hoặc không phải gói hồ sơ). Hãy đề nghị đơn vị gửi lại.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle holds a file with an unsafe path (%1); it was refused.</source>
            <translation>Gói có tệp mang đường dẫn không an toàn (%1) nên đã bị từ chối.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The bundle holds a link (%1); it was refused.</source>
            <translation>Gói có liên kết (%1) nên đã bị từ chối.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle holds two files with the same name (%1); it was refused.</source>
            <translation>Gói có hai tệp trùng tên (%1) nên đã bị từ chối.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The bundle would unpack to an enormous size (a zip bomb); it was refused.</source>
            <translation>Gói khi giải nén sẽ phình rất lớn (bom zip) nên đã bị từ chối.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is not a signed bundle: its list of files or its signature is missing.</source>
            <translation>Đây không phải gói đã ký: thiếu danh mục tệp hoặc chữ ký số.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The bundle was made by a newer program. Update the program.</source>
            <translation>Gói được lập bằng phiên bản chương trình mới hơn. Hãy cập nhật chương trình.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The bundle's digital signature is not valid.</source>
            <translation>Chữ ký số của gói không hợp lệ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle's list of files was changed after it was signed.</source>
            <translation>Danh mục tệp của gói đã bị sửa sau khi ký.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This image cannot be used (%1); choose a PNG or JPEG under 2 MB. Nothing was changed.</source>
            <translation>Không dùng được ảnh này (%1); hãy chọn tệp PNG hoặc JPEG dưới 2 MB. Chưa thay đổi gì.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The timestamp server's address is not valid (%1); it must start with http:// or https://.</source>
            <translation>Địa chỉ máy chủ cấp dấu thời gian không hợp lệ (%1); phải bắt đầu bằng http:// hoặc https://.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The bundle is signed with a certificate a trusted authority issued (%1), not yet bound to any unit. Bind it once from the office's signed fingerprint form (Trusted certificates → Import, with the unit code).</source>
            <translation>Gói được ký bằng chứng thư do tổ chức được tin cậy cấp (%1) nhưng chưa gắn với đơn vị nào. Hãy gắn một lần theo phiếu vân tay có ký và đóng dấu của đơn vị (Chứng thư tin cậy → Nhập, kèm mã đơn vị).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is not a certificate authority's certificate (%1). An office's certificate is trusted with its unit code instead.</source>
            <translation>Đây không phải chứng thư của tổ chức cấp chứng thư (%1). Chứng thư của một đơn vị được tin cậy kèm mã đơn vị.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The bundle is signed with a certificate that is not trusted here (fingerprint %1).</source>
            <translation>Gói được ký bằng chứng thư chưa được tin cậy tại đây (dấu vân tay %1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender written in the bundle is not the office that signed it.</source>
            <translation>Đơn vị gửi ghi trong gói không phải đơn vị đã ký gói.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Files are missing from the bundle: %1.</source>
            <translation>Gói thiếu tệp: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle holds files that were not signed: %1.</source>
            <translation>Gói có tệp không nằm trong phần đã ký: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file %1 was changed after the bundle was signed.</source>
            <translation>Tệp %1 đã bị sửa sau khi gói được ký.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle belongs to another plan (%1).</source>
            <translation>Gói thuộc kế hoạch khác (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This file is not of the kind expected here.</source>
            <translation>Tệp này không đúng loại cần nhập ở đây.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This bundle is older than, or the same as, one already received from this office; it was refused.</source>
            <translation>Gói này cũ hơn hoặc trùng với gói đã nhận từ đơn vị này nên đã bị từ chối.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle holds a model of a unit that is not under the sending office (%1); it was refused.</source>
            <translation>Gói có mô hình của đơn vị không thuộc đơn vị gửi (%1) nên đã bị từ chối.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle would overwrite a model sent by another office (%1); it was refused.</source>
            <translation>Gói ghi đè mô hình do đơn vị khác gửi (%1) nên đã bị từ chối.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/summary.py" line="+94" />
            <source>No nomination is selected to send.</source>
            <translation>Chưa có mô hình nào được lựa chọn để gửi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another bundle was built at the same time. Build it again.</source>
            <translation>Một gói khác vừa được lập cùng lúc. Hãy lập lại.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle names a unit that is not in the directory: %1.</source>
            <translation>Gói nhắc đến đơn vị không có trong danh mục: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write why the nomination goes back.</source>
            <translation>Hãy ghi lý do trả lại mô hình.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That nomination no longer exists.</source>
            <translation>Mô hình này không còn nữa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That nomination did not come in an office's bundle.</source>
            <translation>Mô hình này không đến từ gói của đơn vị nào.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This return file is addressed to another office (%1).</source>
            <translation>Tệp trả lại này gửi cho đơn vị khác (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The return file names a nomination that is not here.</source>
            <translation>Tệp trả lại nhắc đến mô hình không có ở đây.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/menu.py" line="+35" />
            <source>&amp;Bundles</source>
            <translation>&amp;Gói hồ sơ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signing &amp;key</source>
            <translation>&amp;Khóa ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Province &amp;inbox</source>
            <translation>&amp;Hộp thư của tỉnh</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Create the signing key…</source>
            <translation>&amp;Tạo khóa ký…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show the &amp;fingerprint…</source>
            <translation>Xem &amp;dấu vân tay…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Export the certificate…</source>
            <translation>&amp;Xuất chứng thư…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Back up the key…</source>
            <translation>&amp;Sao lưu khóa ký…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore the key from a backup…</source>
            <translation>&amp;Khôi phục khóa ký từ bản sao lưu…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Replace with a &amp;new key…</source>
            <translation>Thay bằng khóa &amp;mới…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Build the signed &amp;bundle…</source>
            <translation>&amp;Lập gói hồ sơ đã ký…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Build a &amp;supplement bundle…</source>
            <translation>Lập gói &amp;bổ sung…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import a return file from the province…</source>
            <translation>Nhập tệp trả lại của tỉnh…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Trust the province's certificate…</source>
            <translation>Tin cậy chứng thư của tỉnh…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Overview of received bundles…</source>
            <translation>&amp;Tổng hợp các gói đã nhận…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Nhập gói hồ sơ…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Trusted certificates…</source>
            <translation>&amp;Chứng thư được tin cậy…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Return a nomination to its office…</source>
            <translation>T&amp;rả lại mô hình cho đơn vị…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This is the province's inbox</source>
            <translation>Đây là hộp thư của tỉnh (Ban Thi đua, khen thưởng)</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/key_actions.py" line="+42" />
            <location line="+37" />
            <source>New signing key</source>
            <translation>Khóa ký mới</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Create the signing key</source>
            <translation>Tạo khóa ký</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the passphrase that protects the office's signing key. It is asked each time a bundle is signed and cannot be recovered if forgotten.</source>
            <translation>Chọn mật khẩu bảo vệ khóa ký của đơn vị. Mật khẩu được hỏi mỗi lần ký gói và không thể lấy lại nếu quên.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Signing key created: %1</source>
            <translation>Đã tạo khóa ký: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Make a new key? The province must then receive and trust the new certificate (a new fingerprint form) before it accepts your next bundle.</source>
            <translation>Tạo khóa mới? Khi đó tỉnh phải nhận và tin cậy chứng thư mới (kèm phiếu xác nhận dấu vân tay mới) thì mới nhận gói tiếp theo của đơn vị.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/keys.py" line="+134" />
            <source>Signing certificate</source>
            <translation>Chứng thư ký số</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+51" />
            <source>Saved %1</source>
            <translation>Đã lưu %1</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Save the fingerprint form</source>
            <translation>Lưu phiếu xác nhận dấu vân tay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fingerprint form</source>
            <translation>Phiếu xác nhận dấu vân tay</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export the certificate</source>
            <translation>Xuất chứng thư</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificate (*.pem)</source>
            <translation>Chứng thư (*.pem)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Back up the key</source>
            <translation>Sao lưu khóa ký</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Key backup (*.p12)</source>
            <translation>Bản sao lưu khóa ký (*.p12)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The key's passphrase (the backup keeps it):</source>
            <translation>Mật khẩu của khóa ký (bản sao lưu giữ nguyên mật khẩu này):</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restore the key</source>
            <translation>Khôi phục khóa ký</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Key backup (*.p12 *.pfx)</source>
            <translation>Bản sao lưu khóa ký (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The passphrase of this backup:</source>
            <translation>Mật khẩu của bản sao lưu này:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Signing key restored: %1</source>
            <translation>Đã khôi phục khóa ký: %1</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="+65" />
            <source>Reading the selected nominations…</source>
            <translation>Đang đọc các mô hình đã lựa chọn…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the registration list…</source>
            <translation>Đang ghi danh sách đăng ký…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the registration forms…</source>
            <translation>Đang ghi phiếu đăng ký…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the cover page…</source>
            <translation>Đang ghi trang bìa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing and writing the bundle…</source>
            <translation>Đang ký và ghi gói…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done.</source>
            <translation>Xong.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Building the bundle…</source>
            <translation>Đang lập gói…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+20" />
            <location line="+75" />
            <source>Signed bundle</source>
            <translation>Gói hồ sơ có chữ ký số</translation>
        </message>
        <message>
            <location line="-59" />
            <source>The bundle could not be written to %1 (%2). Nothing was marked submitted; choose another folder.</source>
            <translation>Không ghi được gói vào %1 (%2). Chưa có mô hình nào bị đánh dấu đã gửi; hãy chọn thư mục khác.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The timestamp server did not answer (%1): its PDFs are signed without a timestamp.</source>
            <translation>Máy chủ cấp dấu thời gian không trả lời (%1): các tệp PDF được ký không có dấu thời gian.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/inbox.py" line="+26" />
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="-17" />
            <source>supplement bundle</source>
            <translation>gói bổ sung</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="+2" />
            <source>bundle</source>
            <translation>gói</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="+3" />
            <source>The signed %1 number %2 with %3 nominations is written to %4. They are now marked as submitted.</source>
            <translation>Đã ghi %1 số %2 có chữ ký, gồm %3 mô hình, vào %4. Các mô hình này đã chuyển sang trạng thái đã gửi.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/inbox.py" line="+188" />
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="+43" />
            <source>Bundle (*.zip)</source>
            <translation>Gói hồ sơ (*.zip)</translation>
        </message>
        <message>
            <location line="-185" />
            <source>Verified and imported the %1 number %2 of %3: %4 new, %5 updated, %6 withdrawn by the sender, %7 kept as the province decided.</source>
            <translation>Đã kiểm tra và nhập %1 số %2 của %3: %4 mô hình mới, %5 cập nhật, %6 đơn vị gửi đã rút, %7 giữ nguyên quyết định của tỉnh.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The office signed with a renewed certificate (same subject, same authority as the one bound to %1: %2). It was accepted for that unit and added to the trusted certificates; new fingerprint %3.</source>
            <translation>Đơn vị đã ký bằng chứng thư gia hạn (cùng chủ thể, cùng tổ chức cấp với chứng thư đã gắn với %1: %2). Chứng thư được chấp nhận cho đơn vị đó và đã thêm vào danh sách chứng thư tin cậy; vân tay mới %3.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>received after its deadline: stored as a supplement (the bundle said on time)</source>
            <extracomment>What the province derived otherwise than the sender's bundle said, by (services.bundles.Claim, found) (#23); the window loads the services only when they are used.</extracomment>
            <translation>nhận sau hạn nộp: đã lưu là đăng ký bổ sung (gói ghi là đúng hạn)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>received on time: stored as on time (the bundle said a supplement)</source>
            <translation>nhận đúng hạn: đã lưu là đúng hạn (gói ghi là bổ sung)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>meets every criterion: stored as eligible (the bundle said not eligible)</source>
            <translation>đạt đủ tiêu chí: đã lưu là đạt (gói ghi là chưa đạt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>does not meet every criterion: stored as not eligible (the bundle said eligible)</source>
            <translation>chưa đạt đủ tiêu chí: đã lưu là chưa đạt (gói ghi là đạt)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Computed here from the plan and the dates:</source>
            <translation>Tỉnh tự tính lại theo kế hoạch và ngày nhận:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 at the province, sent again unchanged</source>
            <extracomment>What happened to a nomination the province had decided on, by Conflict.what (``%1``: its status).</extracomment>
            <translation>%1 ở tỉnh, đơn vị gửi lại không thay đổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 at the province, sent again changed</source>
            <translation>%1 ở tỉnh, đơn vị gửi lại có thay đổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 at the province, left out of this bundle</source>
            <translation>%1 ở tỉnh, gói này không còn mô hình này</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(the sender's version taken)</source>
            <extracomment>Lines of conflicts listed in a message box (the rest is counted).</extracomment>
            <translation>(đã nhận bản mới của đơn vị gửi)</translation>
        </message>
        <message>
            <location line="-23" />
            <location line="+27" />
            <source>… and %1 more</source>
            <translation>… và %1 dòng khác</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Verifying %1…</source>
            <translation>Đang kiểm tra %1…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Nominations the province has decided on</source>
            <translation>Mô hình tỉnh đã quyết định</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This bundle touches nominations the province has already decided on:

%1

Take the sender's changed versions (they become “submitted” again)? No keeps the province's decisions.</source>
            <translation>Gói này có những mô hình tỉnh đã quyết định:

%1

Nhận bản đã sửa của đơn vị gửi (các mô hình đó trở lại “đã gửi” để xét lại)? Chọn Không để giữ nguyên quyết định của tỉnh.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/returns.py" line="+123" />
            <source>The signing key's passphrase:</source>
            <translation>Mật khẩu khóa ký:</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/file_import.py" line="+60" />
            <source>Verifying and importing %1…
Cancel stops the import: nothing is written then.</source>
            <translation>Đang kiểm tra và nhập %1…
Bấm Hủy để dừng việc nhập: khi đó không có gì được ghi.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/inbox.py" line="-24" />
            <location filename="../hagiang_desktop/ui/actions/bundles/file_import.py" line="+30" />
            <source>Import cancelled; nothing was written.</source>
            <translation>Đã hủy nhập; không ghi gì.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/returns.py" line="-77" />
            <source>Return file</source>
            <translation>Tệp trả lại</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+69" />
            <source>Return file (*.zip)</source>
            <translation>Tệp trả lại (*.zip)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Return cancelled; nothing was written.</source>
            <translation>Đã hủy trả lại; không ghi gì.</translation>
        </message>
        <message>
            <location line="-140" />
            <source>%1 returned %2 nominations; they are marked as returned with the reason.</source>
            <translation>%1 trả lại %2 mô hình; các mô hình này đã chuyển sang trạng thái bị trả lại, kèm lý do.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/common.py" line="-73" />
            <source>The bundle's list of files is malformed: %1.</source>
            <translation>Danh mục tệp (manifest.json) của gói không đúng định dạng: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The signing certificate inside the bundle is damaged or was altered (%1). Do not trust it; ask the office to send the bundle again.</source>
            <translation>Chứng thư ký kèm trong gói đã bị hỏng hoặc bị sửa (%1). Đừng tin cậy chứng thư này; hãy đề nghị đơn vị gửi lại gói.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The signing certificate has expired (%1); it was refused.</source>
            <translation>Chứng thư ký đã hết hạn (%1); đã từ chối.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The signing certificate is not valid yet (%1); check the computers' clocks.</source>
            <translation>Chứng thư ký chưa đến ngày có hiệu lực (%1); hãy kiểm tra đồng hồ của các máy.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file holds several certificates (%1). Put each in its own file and compare its fingerprint with the paper form before trusting it.</source>
            <translation>Tệp chứa nhiều chứng thư (%1). Hãy tách từng chứng thư ra một tệp và so dấu vân tay với phiếu giấy trước khi tin cậy.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>The data in the bundle is malformed: %1.</source>
            <translation>Dữ liệu trong gói không đúng định dạng: %1.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/trust.py" line="+30" />
            <source>Trust a certificate</source>
            <translation>Tin cậy chứng thư</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+116" />
            <source>Certificate (*.pem *.crt *.cer)</source>
            <translation>Chứng thư (*.pem *.crt *.cer)</translation>
        </message>
        <message>
            <location line="-100" />
            <source>%1 (%2)

SHA-256 fingerprint:
%3

Is it exactly the fingerprint on the signed and sealed form?</source>
            <translation>%1 (%2)

Dấu vân tay SHA-256:
%3

Dấu vân tay này có trùng khớp hoàn toàn với phiếu xác nhận đã ký, đóng dấu không?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This certificate was issued by a certificate authority and names no unit code. Type the unit code printed on the office's signed fingerprint form:</source>
            <translation>Chứng thư này do tổ chức cấp chứng thư cấp và không ghi mã đơn vị. Hãy nhập mã đơn vị in trên phiếu vân tay có ký và đóng dấu của đơn vị:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Trusted: %1</source>
            <translation>Đã tin cậy: %1</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Install certificate authorities…</source>
            <translation>Cài tổ chức cấp chứng thư…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No certificate authority is installed: only the certificates above are trusted.</source>
            <translation>Chưa cài tổ chức cấp chứng thư nào: chỉ các chứng thư trên được tin cậy.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Certificate authorities installed (certificates they issue are trusted once bound to a unit): %1</source>
            <translation>Tổ chức cấp chứng thư đã cài (chứng thư do họ cấp được tin cậy khi đã gắn với đơn vị): %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Install certificate authorities</source>
            <translation>Cài tổ chức cấp chứng thư</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1

Are these exactly the fingerprints the certificate authority publishes?</source>
            <translation>%1

Đây có đúng là các vân tay tổ chức cấp chứng thư công bố không?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Installed %1 certificate authorities.</source>
            <translation>Đã cài %1 tổ chức cấp chứng thư.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/inbox.py" line="+62" />
            <source>Import a bundle</source>
            <translation>Nhập gói hồ sơ</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/returns.py" line="+42" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/returns.py" line="+32" />
            <source>Return a nomination</source>
            <translation>Trả lại mô hình</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Reading the nominations that came in bundles…</source>
            <translation>Đang đọc các mô hình nhận được qua gói hồ sơ…</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Signing the return file…
Cancel stops before it is written: nothing is written then.</source>
            <translation>Đang ký tệp trả lại…
Bấm Hủy để dừng trước khi ghi: khi đó không có gì được ghi.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The signed return file is written to %1. Send it to the office.</source>
            <translation>Đã ghi tệp trả lại có chữ ký vào %1. Hãy gửi tệp này cho đơn vị.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/keys.py" line="-75" />
            <source>Passphrase:</source>
            <translation>Mật khẩu:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type it again:</source>
            <translation>Nhập lại:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>At least %1 characters. Write it down and keep it apart from the computer.</source>
            <translation>Ít nhất %1 ký tự. Hãy ghi lại và cất riêng, không để cạnh máy tính.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The two passphrases are not the same yet.</source>
            <translation>Hai lần nhập mật khẩu chưa khớp nhau.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Office:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit code:</source>
            <translation>Mã đơn vị:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Created:</source>
            <translation>Ngày tạo:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The province trusts bundles signed with this certificate only after comparing this SHA-256 fingerprint with the signed and sealed fingerprint form. Print the form, have it signed and sealed, and send it with the certificate.</source>
            <translation>Tỉnh chỉ tin cậy các gói ký bằng chứng thư này sau khi so dấu vân tay SHA-256 dưới đây với phiếu xác nhận đã ký, đóng dấu. Hãy in phiếu, trình ký, đóng dấu và gửi kèm chứng thư.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save the fingerprint form (PDF)…</source>
            <translation>Lưu phiếu xác nhận dấu vân tay (PDF)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export the certificate…</source>
            <translation>Xuất chứng thư…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the form…</source>
            <translation>In phiếu…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SHA-256 fingerprint:</source>
            <translation>Dấu vân tay SHA-256:</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/trust.py" line="+27" />
            <source>trusted</source>
            <translation>đang tin cậy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no longer trusted</source>
            <translation>đã thôi tin cậy</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Trusted certificates</source>
            <translation>Chứng thư được tin cậy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Subject</source>
            <translation>Tên trên chứng thư</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SHA-256 fingerprint</source>
            <translation>Dấu vân tay SHA-256</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/returns.py" line="+13" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/trust.py" line="+1" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/trust.py" line="+2" />
            <source>Added</source>
            <translation>Ngày thêm</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Import a certificate…</source>
            <translation>Nhập chứng thư…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop trusting</source>
            <translation>Thôi tin cậy</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/inbox.py" line="+29" />
            <source>overdue, nothing received</source>
            <translation>quá hạn, chưa nhận được</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not sent yet (%1 days left)</source>
            <translation>chưa gửi (còn %1 ngày)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on time</source>
            <translation>đúng hạn</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+8" />
            <source>late</source>
            <translation>muộn</translation>
        </message>
        <message>
            <location line="-2" />
            <source>not received</source>
            <translation>chưa nhận</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Province inbox</source>
            <translation>Hộp thư của tỉnh</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/returns.py" line="-1" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/inbox.py" line="+3" />
            <source>Sent by</source>
            <translation>Đơn vị gửi</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/inbox.py" line="+2" />
            <source>Bundles</source>
            <translation>Số gói</translation>
        </message>
        <message>
            <location line="+6" />
            <source>First received</source>
            <translation>Nhận lần đầu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Last received</source>
            <translation>Ngày nhận gần nhất</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nominations</source>
            <translation>Số mô hình</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On time</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Own plan (IV.1)</source>
            <translation>Kế hoạch nhân rộng (IV.1)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 of %2 units have sent their bundle (as of %3).</source>
            <translation>%1 / %2 đơn vị đã gửi gói (tính đến ngày %3).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Import a bundle…</source>
            <translation>Nhập gói hồ sơ…</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/returns.py" line="-8" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Field</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Registering unit</source>
            <translation>Đơn vị đăng ký</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Why it goes back, and what the office should fix</source>
            <translation>Lý do trả lại và nội dung đơn vị cần sửa</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign and save the return file…</source>
            <translation>Ký và lưu tệp trả lại…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reason:</source>
            <translation>Lý do:</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/summary.py" line="-61" />
            <source>Supplement bundle</source>
            <translation>Gói bổ sung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bundle of the whole list</source>
            <translation>Gói toàn bộ danh sách</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 models in all:</source>
            <translation>Tổng cộng %1 mô hình:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 selected, sent for the first time</source>
            <translation>%1 mô hình đã lựa chọn, gửi lần đầu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 changed since they were sent, sent again</source>
            <translation>%1 mô hình đã sửa sau khi gửi, gửi lại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 sent before, carried again</source>
            <translation>%1 mô hình đã gửi trước đây, gửi kèm lại</translation>
        </message>
        <message>
            <location line="+4" />
            <source>of them %1 received after the deadline (marked “bổ sung”)</source>
            <translation>trong đó %1 mô hình nhận sau thời hạn (đánh dấu “bổ sung”)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Files: %1</source>
            <translation>Các tệp: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Written to: %1</source>
            <translation>Ghi vào tệp: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After signing, the models sent for the first time or again are marked “%1”.</source>
            <translation>Sau khi ký, các mô hình gửi lần đầu hoặc gửi lại được chuyển sang “%1”.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Build the signed bundle</source>
            <translation>Lập gói hồ sơ đã ký</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Sign and build</source>
            <translation>&amp;Ký và lập gói</translation>
        </message>
    </context>
    <context>
        <name>conflict</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/edit_conflict.py" line="-193" />
            <source>Kind</source>
            <extracomment>The form's fields by their name in :class:`NominationInput`, as the clerk knows them.</extracomment>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../hagiang_desktop/ui/dialogs/units/conflict.py" line="-84" />
            <source>Name</source>
            <extracomment>The unit's fields as the clerk knows them, in the edit dialog's order.</extracomment>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registering unit</source>
            <translation>Đơn vị đăng ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criteria met</source>
            <translation>Tiêu chí đạt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work unit</source>
            <translation>Nơi công tác</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year of birth</source>
            <translation>Năm sinh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Member unit</source>
            <translation>Đơn vị thành viên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Head of household</source>
            <translation>Chủ hộ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Village</source>
            <translation>Thôn, bản</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commune</source>
            <translation>Xã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achievements</source>
            <translation>Thành tích</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good practice</source>
            <translation>Cách làm hay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replication plan</source>
            <translation>Kế hoạch nhân rộng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposed honour</source>
            <translation>Hình thức khen đề nghị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received on</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received by</source>
            <translation>Hình thức nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field title</source>
            <translation>Tên lĩnh vực</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/conflict.py" line="+1" />
            <source>Short name</source>
            <translation>Tên ngắn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit kind</source>
            <translation>Loại đơn vị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent unit</source>
            <translation>Đơn vị cấp trên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exists from</source>
            <translation>Hoạt động từ ngày</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day</source>
            <translation>Ngày cuối</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person in charge</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>Thư điện tử</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emulation groups</source>
            <translation>Khối, cụm thi đua</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <location filename="../hagiang_desktop/ui/crash.py" line="+137" />
            <source>An unexpected error occurred</source>
            <extracomment>Attributes of our own exceptions that are codes or ids, safe to log.</extracomment>
            <translation>Đã xảy ra lỗi không mong muốn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The program met an unexpected error. What you saved before is safe; the last action may not have been completed. You can keep working.
Please copy the report below and send it to the IT staff.</source>
            <translation>Chương trình gặp lỗi không mong muốn. Những gì đã lưu trước đó vẫn an toàn; thao tác vừa rồi có thể chưa hoàn tất. Anh/chị có thể tiếp tục làm việc.
Hãy sao chép báo cáo dưới đây và gửi cho cán bộ tin học.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Copy report</source>
            <translation>&amp;Sao chép báo cáo</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Read-only</source>
            <translation>Chỉ đọc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This window opened the database read-only (another window is writing it, or the file cannot be written). Nothing was saved.</source>
            <translation>Cửa sổ này mở tệp dữ liệu ở chế độ chỉ đọc (một cửa sổ khác đang ghi, hoặc không ghi được vào tệp). Chưa có gì được lưu.</translation>
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
            <location line="+3" />
            <source>Choose a field of the plan.</source>
            <translation>Hãy chọn lĩnh vực theo Kế hoạch.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A model of another field needs the name of its field (for example "Tư pháp").</source>
            <translation>Mô hình thuộc lĩnh vực khác cần ghi tên lĩnh vực (ví dụ "Tư pháp").</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This field does not accept this kind of nominee. Choose another field or kind.</source>
            <translation>Lĩnh vực này không áp dụng cho đối tượng đã chọn. Hãy chọn lĩnh vực hoặc đối tượng khác.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the registering unit from the list (type part of its name).</source>
            <translation>Hãy chọn đơn vị đăng ký trong danh sách (gõ một phần tên đơn vị).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Some ticked criteria do not belong to this field and kind: %1</source>
            <translation>Một số tiêu chí đã đánh dấu không thuộc lĩnh vực và đối tượng này: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This nomination no longer exists; it may have been deleted.</source>
            <translation>Mô hình này không còn; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This nomination was sent to the province and is kept as it was signed. To change it, use “Edit after submission…” and give the reason; it then goes in the next supplement bundle.</source>
            <translation>Mô hình này đã gửi lên tỉnh và được giữ nguyên như bản đã ký. Muốn sửa, hãy bấm “Sửa sau khi đã gửi…” và ghi lý do; mô hình sẽ được gửi lại trong gói bổ sung tiếp theo.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/export.py" line="+37" />
            <source>Nothing to export: no model has been selected yet. Select models in the Nominations tab (status Selected) first.</source>
            <translation>Không có gì để xuất: chưa lựa chọn mô hình nào. Hãy lựa chọn mô hình ở thẻ Mô hình (trạng thái Đã lựa chọn) trước.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No unit with code %1 in the directory.</source>
            <translation>Không có đơn vị mã %1 trong danh mục.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit %1 is outside the office's scope.</source>
            <translation>Đơn vị %1 không thuộc phạm vi của cơ quan đang làm việc.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nomination %1 no longer exists.</source>
            <translation>Mô hình số %1 không còn nữa.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The export cannot be made (%1).</source>
            <translation>Không xuất được (%1).</translation>
        </message>
        <message>
            <location line="+27" />
            <source>E&amp;xport</source>
            <translation>&amp;Xuất</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Registration &amp;list (Excel)…</source>
            <translation>&amp;Danh sách đăng ký (Excel)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Registration list (&amp;PDF, print)…</source>
            <translation>Danh sách đăng ký (PDF, để &amp;in)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Registration &amp;forms (PDF, print)…</source>
            <translation>&amp;Phiếu đăng ký (PDF, để in)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Asks which forms: the models selected for the list, the rows highlighted, or one unit's</source>
            <translation>Hỏi in phiếu nào: các mô hình đã lựa chọn vào danh sách, các dòng đang chọn, hay của một đơn vị</translation>
        </message>
        <message>
            <location line="+198" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="-85" />
            <location line="+33" />
            <location line="+28" />
            <location line="+27" />
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location line="-94" />
            <source>Writing the registration list…</source>
            <translation>Đang ghi danh sách đăng ký…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laying out the registration list…</source>
            <translation>Đang dàn trang danh sách đăng ký…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laying out the registration forms…</source>
            <translation>Đang dàn trang các phiếu đăng ký…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export cancelled; no file was written.</source>
            <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved %1: %2 models, %3 pages.</source>
            <translation>Đã lưu %1: %2 mô hình, %3 trang.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved %1: %2 models.</source>
            <translation>Đã lưu %1: %2 mô hình.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 models, %2 pages</source>
            <translation>%1 mô hình, %2 trang</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/followup_export.py" line="+174" />
            <location filename="../hagiang_desktop/ui/actions/export.py" line="+13" />
            <source>Cannot write %1: %2. No partial file was left.</source>
            <translation>Không ghi được %1: %2. Không có tệp nào bị ghi dở.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/export.py" line="+5" />
            <source>The export failed: %1</source>
            <translation>Xuất không thành công: %1</translation>
        </message>
    </context>
    <context>
        <name>followup_export</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/followup_export.py" line="-124" />
            <location line="+86" />
            <location line="+30" />
            <location line="+14" />
            <source>Follow-up report</source>
            <translation>Báo cáo theo dõi</translation>
        </message>
        <message>
            <location line="-127" />
            <source>All stages (2018 review, 2019, 2020 evaluation)</source>
            <translation>Cả ba giai đoạn (sơ kết 2018, năm 2019, tổng kết 2020)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PDF (print)</source>
            <translation>PDF (để in)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook</source>
            <translation>Tệp Excel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stages:</source>
            <translation>&amp;Giai đoạn:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figures as &amp;of:</source>
            <translation>Số liệu tính đến &amp;ngày:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Format:</source>
            <translation>Định &amp;dạng:</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Follow-up &amp;report (2018–2020)…</source>
            <translation>&amp;Báo cáo theo dõi, đánh giá (2018–2020)…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Writing the follow-up report…</source>
            <translation>Đang ghi báo cáo theo dõi…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saved %1: %2 rows, %3 pages.</source>
            <translation>Đã lưu %1: %2 dòng, %3 trang.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved %1: %2 rows.</source>
            <translation>Đã lưu %1: %2 dòng.</translation>
        </message>
    </context>
    <context>
        <name>groups</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/group_combo.py" line="+21" />
            <source>(no blocs loaded)</source>
            <translation>(chưa nạp khối, cụm thi đua)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No emulation blocs or clusters are loaded. Import the province's list with Import ▸ Emulation blocs and clusters… (a CSV or Excel file with the columns code, name, kind, members).</source>
            <translation>Chưa nạp khối, cụm thi đua nào. Nhập danh sách của tỉnh bằng Nhập ▸ Khối, cụm thi đua… (tệp CSV hoặc Excel có các cột code, name, kind, members).</translation>
        </message>
    </context>
    <context>
        <name>imports</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/imports.py" line="+41" />
            <source>File %1 not found.</source>
            <translation>Không tìm thấy tệp %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File %1 is empty (0 bytes); there is nothing to import.</source>
            <translation>Tệp %1 rỗng (0 byte); không có gì để nhập.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a kind of file that can be imported. Save it as .xlsx, .xls, .csv or .docx.</source>
            <translation>Tệp %1 không phải loại nhập được. Hãy lưu thành .xlsx, .xls, .csv hoặc .docx.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an Excel .xlsx workbook (perhaps a renamed file). Open it in Excel and save it as .xlsx.</source>
            <translation>Tệp %1 không phải bảng tính Excel .xlsx (có thể bị đổi tên). Hãy mở bằng Excel và lưu lại thành .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is damaged or was not copied completely. Ask the unit to send it again.</source>
            <translation>Tệp %1 bị hỏng hoặc chép chưa hết. Hãy xin đơn vị gửi lại.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 contains unsafe XML (entities or a DTD) and is refused.</source>
            <translation>Tệp %1 chứa XML không an toàn (entity hoặc DTD) nên bị từ chối.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is too large and is refused.</source>
            <translation>Tệp %1 quá lớn nên bị từ chối.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is over a safety limit and was refused before it was read: %2 %3 %4.</source>
            <translation>Tệp %1 vượt giới hạn an toàn nên bị từ chối trước khi đọc: %2 %3 %4.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, sheet %2, cell %3 holds a formula. Copy and paste it as values, then import again.</source>
            <translation>Tệp %1, trang %2, ô %3 chứa công thức. Hãy sao chép, dán dạng giá trị rồi nhập lại.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, sheet %2, cell %3 is too long and is refused.</source>
            <translation>Tệp %1, trang %2, ô %3 quá dài nên bị từ chối.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, sheet %2 has too many rows.</source>
            <translation>Tệp %1, trang %2 có quá nhiều dòng.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, sheet %2: no header row found.</source>
            <translation>Tệp %1, trang %2: không tìm thấy dòng tiêu đề cột.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not an Excel 97-2003 .xls workbook (perhaps a renamed file). Open it in Excel and save it as .xlsx.</source>
            <translation>Tệp %1 không phải là bảng tính Excel 97-2003 .xls (có thể bị đổi tên). Hãy mở bằng Excel và lưu lại thành .xlsx.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 has no sheet %2.</source>
            <translation>Tệp %1 không có trang %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, sheet %2: there are no data rows.</source>
            <translation>Tệp %1, trang %2: không có dòng dữ liệu nào.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a registration form (no “PHIẾU ĐĂNG KÝ” and “Tên mô hình/tập thể/cá nhân:”).</source>
            <translation>Tệp %1 không phải phiếu đăng ký (không thấy “PHIẾU ĐĂNG KÝ” và “Tên mô hình/tập thể/cá nhân:”).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 mixes two encodings: it is mostly UTF-8 but line %3 is not: «%4». Fix that line, save the file as CSV UTF-8 and import again.</source>
            <translation>Tệp %1 lẫn hai bảng mã: phần lớn là UTF-8 nhưng dòng %3 không phải: «%4». Hãy sửa dòng đó, lưu lại tệp dạng CSV UTF-8 rồi nhập lại.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, sheet %2, cell %3: the template's hidden information was altered. Use a new template.</source>
            <translation>Tệp %1, trang %2, ô %3: thông tin ẩn của mẫu đã bị sửa. Hãy dùng mẫu mới.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the unit that sent %1.</source>
            <translation>Hãy chọn đơn vị đã gửi tệp %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 names a unit that is not in the directory: %2.</source>
            <translation>Tệp %1 ghi đơn vị không có trong danh mục: %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a template of plan %2, not of the plan in use.</source>
            <translation>Tệp %1 là mẫu của kế hoạch %2, không phải kế hoạch đang dùng.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is the template of another unit than the one chosen (%2: template ≠ chosen). Check who sent it.</source>
            <translation>%1 là mẫu của đơn vị khác với đơn vị đã chọn (%2: mẫu ≠ đã chọn). Hãy kiểm tra đơn vị gửi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was sent by unit %2, outside this office's district or body; nothing is imported.</source>
            <translation>%1 do đơn vị %2 gửi, không thuộc phạm vi của cơ quan này; không nhập gì.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a template of another version (%2). Send the unit a new template.</source>
            <translation>Tệp %1 là mẫu phiên bản khác (%2). Hãy gửi đơn vị mẫu mới.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: no column holds the model's name.</source>
            <translation>Tệp %1: không có cột nào là tên mô hình/tập thể/cá nhân.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+68" />
            <source>%1 cannot be read.</source>
            <translation>Không đọc được tệp %1.</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+22" />
            <location line="+33" />
            <source>Import</source>
            <translation>Nhập dữ liệu</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Reading %1…</source>
            <translation>Đang đọc %1…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Checking the rows of %1…
Cancel stops here; nothing is written.</source>
            <translation>Đang kiểm tra các dòng của %1…
Bấm Hủy để dừng tại đây; không có gì được ghi.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Imported %1: %2 new, %3 updated, %4 skipped.</source>
            <translation>Đã nhập %1: %2 mới, %3 cập nhật, %4 bỏ qua.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Import cancelled; nothing was written.</source>
            <translation>Đã hủy nhập; không ghi gì.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import a unit's list or form…</source>
            <translation>&amp;Nhập danh sách hoặc phiếu của đơn vị…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Make registration &amp;templates…</source>
            <translation>Tạo &amp;mẫu đăng ký cho các đơn vị…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import a unit's list or form</source>
            <translation>Nhập danh sách hoặc phiếu của đơn vị</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lists and forms (*.xlsx *.xls *.csv *.docx)</source>
            <translation>Danh sách và phiếu (*.xlsx *.xls *.csv *.docx)</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Folder for the templates</source>
            <translation>Thư mục lưu các mẫu</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Registration templates</source>
            <translation>Mẫu đăng ký</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/models/import_preview_model.py" line="+19" />
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unchanged</source>
            <translation>Không đổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate</source>
            <translation>Có thể trùng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+10" />
            <source>missing: %1</source>
            <translation>thiếu: %1</translation>
        </message>
        <message>
            <location line="-9" />
            <source>unknown kind of nominee: %1</source>
            <translation>đối tượng không hợp lệ: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>unknown field: %1</source>
            <translation>lĩnh vực không hợp lệ: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>name the other field after "%1:"</source>
            <translation>ghi tên lĩnh vực sau "%1:"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>honour not in the plan: %1</source>
            <translation>danh hiệu không có trong kế hoạch: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid date: %1</source>
            <translation>ngày không hợp lệ: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid birth year: %1</source>
            <translation>năm sinh không hợp lệ: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the field does not admit this kind: %1</source>
            <translation>lĩnh vực không nhận đối tượng này: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>criteria that do not apply: %1</source>
            <translation>mã tiêu chí không áp dụng: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>name</source>
            <translation>tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind</source>
            <translation>đối tượng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field</source>
            <translation>lĩnh vực</translation>
        </message>
        <message>
            <location line="+1" />
            <source>position</source>
            <translation>chức vụ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>work unit</source>
            <translation>đơn vị công tác</translation>
        </message>
        <message>
            <location line="+1" />
            <source>gender</source>
            <translation>giới tính</translation>
        </message>
        <message>
            <location line="+1" />
            <source>birth year</source>
            <translation>năm sinh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>household head</source>
            <translation>chủ hộ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>village</source>
            <translation>thôn, bản</translation>
        </message>
        <message>
            <location line="+1" />
            <source>commune</source>
            <translation>xã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>achievements</source>
            <translation>thành tích</translation>
        </message>
        <message>
            <location line="+1" />
            <source>good practice</source>
            <translation>cách làm hay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>replication plan</source>
            <translation>hướng nhân rộng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>target honour</source>
            <translation>danh hiệu hướng tới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>ghi chú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>criteria</source>
            <translation>tiêu chí</translation>
        </message>
        <message>
            <location line="+6" />
            <source>household: the name starts with “%1”</source>
            <extracomment>Why a row's kind or field was read as it was (issue #19); %1 the words found, %2 the value.</extracomment>
            <translation>hộ gia đình: tên bắt đầu bằng “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>household: position “%1”</source>
            <translation>hộ gia đình: chức vụ “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>collective: position “%1”</source>
            <translation>tập thể: chức vụ “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>collective: the name starts with “%1”</source>
            <translation>tập thể: tên bắt đầu bằng “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>individual: a person's name</source>
            <translation>cá nhân: tên một người</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %1 admits households only</source>
            <translation>lĩnh vực %1 chỉ nhận hộ gia đình</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %2: sector “%1”</source>
            <translation>lĩnh vực %2: ngành “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %2: the words “%1”</source>
            <translation>lĩnh vực %2: có chữ “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %2: a household</source>
            <translation>lĩnh vực %2: hộ gia đình</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other field: sector “%1”</source>
            <translation>lĩnh vực khác: ngành “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind chosen by you</source>
            <translation>đối tượng do bạn chọn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %2 chosen by you</source>
            <translation>lĩnh vực %2 do bạn chọn</translation>
        </message>
        <message>
            <location line="+32" />
            <source>changes: %1</source>
            <translation>thay đổi: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>same name as: %1</source>
            <translation>trùng tên với: %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cell</source>
            <translation>Ô</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Field</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read from the row</source>
            <translation>Đọc từ nội dung dòng</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the file</source>
            <translation>Trong tệp</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Converted to Unicode</source>
            <translation>Chuyển sang Unicode</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Problems or changes</source>
            <translation>Lỗi hoặc thay đổi</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/import_mapping_dialog.py" line="+42" />
            <source>row id</source>
            <translation>mã dòng</translation>
        </message>
        <message>
            <location line="+2" />
            <source>criteria codes</source>
            <translation>mã tiêu chí đạt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>registration date</source>
            <translation>ngày đăng ký</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the header says so</source>
            <translation>tiêu đề cột ghi đúng như vậy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the header's words match (%1 %)</source>
            <translation>các chữ của tiêu đề khớp (%1 %)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>chosen before for this sender</source>
            <translation>đã chọn lần trước cho đơn vị gửi này</translation>
        </message>
        <message>
            <location line="+1" />
            <source>could be %1: choose</source>
            <translation>có thể là %1: hãy chọn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>too few words match: choose</source>
            <translation>quá ít chữ khớp: hãy chọn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>another column matches %1 better</source>
            <translation>cột khác khớp %1 hơn</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Which column holds what?</source>
            <translation>Cột nào chứa thông tin gì?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Column in the file</source>
            <translation>Cột trong tệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As typed (old encoding)</source>
            <translation>Như gõ trong tệp (bảng mã cũ)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First values</source>
            <translation>Giá trị đầu tiên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Means</source>
            <translation>Là</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Vì sao</translation>
        </message>
        <message>
            <location line="+18" />
            <source>(ignore)</source>
            <translation>(bỏ qua)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(read from each row)</source>
            <translation>(đọc từ từng dòng)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remember this mapping for this sender</source>
            <translation>Ghi nhớ cách ghép cột này cho đơn vị gửi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sent by:</source>
            <translation>Đơn vị gửi:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of every row:</source>
            <translation>Đối tượng của mọi dòng:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field of every row:</source>
            <translation>Lĩnh vực của mọi dòng:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>File: %1 – sheet %2</source>
            <translation>Tệp: %1 – trang %2</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Choose the column that holds the name.</source>
            <translation>Hãy chọn cột chứa tên.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/import_preview_dialog.py" line="+107" />
            <source>Import preview – %1</source>
            <translation>Xem trước khi nhập – %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Text encoding per column</source>
            <translation>Bảng mã chữ của từng cột</translation>
        </message>
        <message>
            <location line="+11" />
            <source>by font</source>
            <translation>theo phông chữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>guessed</source>
            <translation>đoán</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chosen</source>
            <translation>đã chọn</translation>
        </message>
        <message>
            <location line="+10" />
            <source>All rows</source>
            <translation>Tất cả các dòng</translation>
        </message>
        <message>
            <location line="+22" />
            <source>(keep)</source>
            <translation>(giữ nguyên)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set for the selected rows</source>
            <translation>Đặt cho các dòng đã chọn</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rows – kind:</source>
            <translation>Các dòng đã chọn – đối tượng:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>field:</source>
            <translation>lĩnh vực:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skip the rows with errors and import the others</source>
            <translation>Bỏ qua các dòng lỗi và nhập các dòng còn lại</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Also import the possible duplicates</source>
            <translation>Nhập cả các dòng có thể bị trùng</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Apply</source>
            <translation>Nhập vào</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Show:</source>
            <translation>Hiện:</translation>
        </message>
        <message>
            <location line="+31" />
            <source>registration template</source>
            <translation>mẫu đăng ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>list</source>
            <translation>danh sách</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word form</source>
            <translation>phiếu Word</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2, sheet %3) from &lt;b&gt;%4&lt;/b&gt;, received %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2, trang %3) của &lt;b&gt;%4&lt;/b&gt;, nhận ngày %5</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 rows: %2 new, %3 changed, %4 unchanged, %5 possible duplicates, %6 with errors.</source>
            <translation>%1 dòng: %2 mới, %3 thay đổi, %4 không đổi, %5 có thể trùng, %6 có lỗi.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Rows with errors: fix the file and import it again, or tick “Skip the rows with errors”.</source>
            <translation>Có dòng lỗi: hãy sửa tệp rồi nhập lại, hoặc đánh dấu “Bỏ qua các dòng lỗi”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Possible duplicates are not imported unless you tick “Also import the possible duplicates”.</source>
            <translation>Các dòng có thể trùng sẽ không được nhập, trừ khi đánh dấu “Nhập cả các dòng có thể bị trùng”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply writes the new and changed rows at once; Cancel writes nothing.</source>
            <translation>“Nhập vào” ghi một lần các dòng mới và thay đổi; “Hủy” không ghi gì.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Reading the rows again with the chosen encodings…</source>
            <translation>Đang đọc lại các dòng với bảng mã đã chọn…</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Writing the rows in one transaction…
Cancel stops before the end: nothing is written then.</source>
            <translation>Đang ghi các dòng trong một giao dịch…
Bấm Hủy để dừng trước khi xong: khi đó không có gì được ghi.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Some rows have errors: fix the file or skip them.</source>
            <translation>Có dòng bị lỗi: hãy sửa tệp hoặc bỏ qua các dòng đó.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The import was cancelled; nothing was written. Apply again or close.</source>
            <translation>Đã hủy nhập; không ghi gì. Bấm “Nhập vào” lần nữa hoặc đóng cửa sổ.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/import_templates_dialog.py" line="+34" />
            <source>Registration templates for the units</source>
            <translation>Mẫu đăng ký cho các đơn vị</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All units</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a folder and write</source>
            <translation>Chọn thư mục và tạo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>One Excel file per unit, named by the unit, to send out and import back unchanged.</source>
            <translation>Mỗi đơn vị một tệp Excel mang tên đơn vị, gửi đi rồi nhập lại nguyên tệp.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 templates written to %2</source>
            <translation>Đã tạo %1 mẫu trong thư mục %2</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../hagiang_desktop/ui/labels.py" line="+10" />
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
            <source>Village / residential group</source>
            <translation>Thôn, bản, tổ dân phố</translation>
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
            <source>Cooperative</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public unit</source>
            <translation>Đơn vị sự nghiệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School</source>
            <translation>Trường học</translation>
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
            <source>Changed since sent</source>
            <translation>Đã sửa sau khi gửi</translation>
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
            <location line="+1" />
            <source>Withdrawn by the sender</source>
            <translation>Đơn vị gửi đã rút</translation>
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
            <location line="+34" />
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/followup_panel.py" line="-65" />
            <source>Excellent</source>
            <translation>Xuất sắc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>Tốt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fair</source>
            <translation>Khá</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weak</source>
            <translation>Yếu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Study visit</source>
            <translation>Tham quan học tập</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Experience talk</source>
            <translation>Báo cáo kinh nghiệm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Media (“Người tốt – việc tốt”…)</source>
            <translation>Truyền thông (“Người tốt – việc tốt”…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <location line="+15" />
            <source>2018 interim review</source>
            <translation>Sơ kết 2018</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2019 follow-up</source>
            <translation>Theo dõi, nhân rộng 2019</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2020 final evaluation</source>
            <translation>Tổng kết 2020</translation>
        </message>
    </context>
    <context>
        <name>office</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/office.py" line="+28" />
            <source>&amp;Settings</source>
            <translation>&amp;Cài đặt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the &amp;office…</source>
            <translation>Chọn đơn vị &amp;sử dụng…</translation>
        </message>
    </context>
    <context>
        <name>opening</name>
        <message>
            <location filename="../hagiang_desktop/ui/opening.py" line="+31" />
            <source>The database %1 is empty (0 bytes): it was probably lost while copying or in a power cut.</source>
            <extracomment>Why a file could not be opened, by error code (``%1`` is the file).</extracomment>
            <translation>Tệp dữ liệu %1 rỗng (0 byte): có thể đã bị mất khi sao chép hoặc khi mất điện.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file %1 is not a database of this program.</source>
            <translation>Tệp %1 không phải là tệp dữ liệu của chương trình.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database %1 is damaged.</source>
            <translation>Tệp dữ liệu %1 bị hỏng.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file %1 was made by a newer version of the program. Install the newer version; the file was not changed.</source>
            <translation>Tệp %1 do phiên bản mới hơn của chương trình tạo ra. Hãy cài phiên bản mới hơn; tệp không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database %1 has no data in it: its creation was probably interrupted (a power cut).</source>
            <translation>Tệp dữ liệu %1 không có dữ liệu: có lẽ việc tạo tệp đã bị ngắt giữa chừng (mất điện).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 belongs to another program. The program does not write into it; check the file name. The file was not changed.</source>
            <translation>Tệp %1 là dữ liệu của một chương trình khác. Chương trình không ghi vào tệp này; hãy kiểm tra lại tên tệp. Tệp không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database %1 is already open in another window of the program.</source>
            <translation>Tệp dữ liệu %1 đang được mở trong một cửa sổ khác của chương trình.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database %1 cannot be written (read-only media or no permission).</source>
            <translation>Không ghi được vào tệp dữ liệu %1 (ổ chỉ đọc hoặc không có quyền ghi).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database %1 cannot be opened.</source>
            <translation>Không mở được tệp dữ liệu %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database server %1 does not answer. Check the network, or ask the IT staff.</source>
            <translation>Máy chủ dữ liệu %1 không trả lời. Hãy kiểm tra mạng hoặc nhờ bộ phận tin học.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database server %1 asks for a password.</source>
            <translation>Máy chủ dữ liệu %1 yêu cầu mật khẩu.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database server %1 refused the user name or password.</source>
            <translation>Máy chủ dữ liệu %1 không chấp nhận tên người dùng hoặc mật khẩu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server has no database %1, or your user may not use it. Ask the IT staff to create it and give access.</source>
            <translation>Máy chủ không có cơ sở dữ liệu %1, hoặc người dùng của anh/chị không được phép dùng. Hãy nhờ bộ phận tin học tạo và cấp quyền.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database %1 on the server is empty. The IT staff must run “hagiang-desktop server init” once first.</source>
            <translation>Cơ sở dữ liệu %1 trên máy chủ còn trống. Bộ phận tin học cần chạy lệnh “hagiang-desktop server init” một lần trước.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Password:</source>
            <translation>Mật khẩu:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password for the database server</source>
            <translation>Mật khẩu máy chủ dữ liệu</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open read-only?</source>
            <translation>Mở ở chế độ chỉ đọc?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open it read-only? You can look and export, but not change anything.</source>
            <translation>Mở ở chế độ chỉ đọc? Anh/chị có thể xem và xuất danh sách, nhưng không thay đổi được gì.</translation>
        </message>
        <message>
            <location line="-19" />
            <location line="+29" />
            <location line="+7" />
            <location line="+22" />
            <location line="+4" />
            <location line="+10" />
            <location line="+32" />
            <source>Cannot open the database</source>
            <translation>Không mở được dữ liệu</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Create a new database?</source>
            <translation>Tạo tệp dữ liệu mới?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It holds nothing to keep. Remove it and create a new, empty database in its place?</source>
            <translation>Tệp này không có gì cần giữ. Xóa tệp và tạo một tệp dữ liệu mới, trống ở chỗ đó?</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No good backup was found beside it. The file was not changed; ask the IT staff, or restore a backup from a USB stick with File → Restore.</source>
            <translation>Không tìm thấy bản sao lưu tốt nào bên cạnh tệp. Tệp không bị thay đổi; hãy hỏi cán bộ tin học, hoặc khôi phục bản sao lưu từ USB bằng Tệp → Khôi phục.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restore the last good backup?</source>
            <translation>Khôi phục bản sao lưu tốt gần nhất?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore the backup of %1? A copy of the damaged file is kept beside the backups.</source>
            <translation>Khôi phục bản sao lưu lúc %1? Một bản sao của tệp bị hỏng được giữ lại cùng thư mục sao lưu.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Automatic backup taken: %1</source>
            <translation>Đã sao lưu tự động: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The automatic backup failed: %1</source>
            <translation>Sao lưu tự động không thành công: %1</translation>
        </message>
    </context>
    <context>
        <name>saved</name>
        <message>
            <location filename="../hagiang_desktop/ui/saved.py" line="+30" />
            <source>Open the file</source>
            <translation>Mở tệp</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Open the folder</source>
            <translation>Mở thư mục</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/settings.py" line="+46" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Run the first-run &amp;wizard again…</source>
            <translation>Chạy lại trình &amp;hướng dẫn ban đầu…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recent &amp;databases</source>
            <translation>Dữ liệu &amp;gần đây</translation>
        </message>
        <message>
            <location line="+20" />
            <source>(none yet)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <location line="+41" />
            <source>First-run wizard</source>
            <translation>Trình hướng dẫn ban đầu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The set-up was not finished: %1</source>
            <translation>Chưa hoàn tất thiết lập: %1</translation>
        </message>
    </context>
    <context>
        <name>signatures</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/signatures.py" line="+45" />
            <source>Token PIN:</source>
            <translation>Mã PIN của token:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each wrong PIN uses one of the token's few tries; the program never tries it again by itself.</source>
            <translation>Mỗi lần nhập sai mã PIN dùng mất một trong số ít lần thử của token; chương trình không bao giờ tự thử lại.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Choose the signing &amp;device (key or USB token)…</source>
            <translation>Chọn thiết &amp;bị ký (khóa hoặc token USB)…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Check a signed PDF's signature…</source>
            <translation>Kiểm tra chữ ký…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Signature %1: signed by %2 at %3 (Vietnam time).
Certificate issued by %4, valid %5 – %6; fingerprint %7.
%8 %9</source>
            <translation>Chữ ký %1: do %2 ký lúc %3 (giờ Việt Nam).
Chứng thư do %4 cấp, hiệu lực %5 – %6; vân tay %7.
%8 %9</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The document was NOT changed after signing.</source>
            <translation>Tài liệu KHÔNG bị sửa sau khi ký.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>THE DOCUMENT WAS CHANGED AFTER SIGNING.</source>
            <translation>TÀI LIỆU ĐÃ BỊ SỬA SAU KHI KÝ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The certificate is trusted.</source>
            <translation>Chứng thư được tin cậy.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The certificate is NOT trusted here.</source>
            <translation>Chứng thư CHƯA được tin cậy ở đây.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Timestamped by a timestamp server at %1 (Vietnam time).</source>
            <translation>Có dấu thời gian của máy chủ cấp dấu thời gian lúc %1 (giờ Việt Nam).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Check a signed PDF</source>
            <translation>Kiểm tra chữ ký</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read the PDF: %1</source>
            <translation>Không đọc được tệp PDF: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This PDF carries no signature.</source>
            <translation>Tệp PDF này không có chữ ký số.</translation>
        </message>
    </context>
    <context>
        <name>signing_identity</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/signing_identity.py" line="+63" />
            <source>Unknown maker</source>
            <translation>Không rõ hãng</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(32-bit driver: this 64-bit program cannot use it; install the 64-bit one)</source>
            <translation>(trình điều khiển 32-bit: chương trình 64-bit này không dùng được; hãy cài bản 64-bit)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(built for another kind of computer: cannot be used)</source>
            <translation>(làm cho loại máy khác: không dùng được)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Signing identity</source>
            <translation>Chọn thiết bị ký</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The software key made by this program</source>
            <translation>Khóa phần mềm do chương trình này tạo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The office's USB token (its digital signature certificate)</source>
            <translation>Token USB của cơ quan (chứng thư chữ ký số)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Browse…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read the token</source>
            <translation>Đọc token</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>Khóa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificate of</source>
            <translation>Chứng thư của</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued by</source>
            <translation>Cấp bởi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid from</source>
            <translation>Hiệu lực từ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid to</source>
            <translation>Hiệu lực đến</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The PIN is asked once when you press OK and is not kept. Each wrong PIN uses one of the token's few tries; the program never tries it again by itself.</source>
            <translation>Mã PIN chỉ được hỏi một lần khi bấm OK và không được lưu. Mỗi lần nhập sai dùng mất một trong số ít lần thử của token; chương trình không bao giờ tự thử lại.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>USB token</source>
            <translation>Token USB</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Driver (PKCS#11):</source>
            <translation>Trình điều khiển (PKCS#11):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Token PIN:</source>
            <translation>Mã PIN của token:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose an image…</source>
            <translation>Chọn ảnh…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No image</source>
            <translation>Không dùng ảnh</translation>
        </message>
        <message>
            <location line="+9" />
            <source>http://… (optional; given by your certificate provider)</source>
            <translation>http://… (không bắt buộc; do nhà cung cấp chứng thư số cho)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every signature</source>
            <translation>Mọi chữ ký</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Seal or signature image:</source>
            <translation>Ảnh con dấu hoặc chữ ký:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timestamp server:</source>
            <translation>Máy chủ cấp dấu thời gian:</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Signing now with the token %1: %2, issued by %3, valid to %4.</source>
            <translation>Đang ký bằng token %1: %2, do %3 cấp, hiệu lực đến %4.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The office has no signing identity yet: create the software key or choose a token.</source>
            <translation>Đơn vị chưa có thiết bị ký: hãy tạo khóa phần mềm hoặc chọn token.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signing now with the software key (fingerprint %1).</source>
            <translation>Đang ký bằng khóa phần mềm (vân tay %1).</translation>
        </message>
        <message>
            <location line="+42" />
            <source>The token's driver</source>
            <translation>Trình điều khiển của token</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Token driver (*.dll *.so *.so.* *.dylib);;All files (*)</source>
            <translation>Trình điều khiển token (*.dll *.so *.so.* *.dylib);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose the token's driver first.</source>
            <translation>Hãy chọn trình điều khiển của token trước.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Certificate of: %1
Issued by: %2
Serial of the token: %3
Fingerprint: %4</source>
            <translation>Chứng thư của: %1
Cấp bởi: %2
Số sê-ri token: %3
Vân tay: %4</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The token holds no certificate.</source>
            <translation>Token không có chứng thư nào.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>(none: the signature shows text only)</source>
            <translation>(không có: chữ ký chỉ hiện chữ)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Seal or signature image</source>
            <translation>Ảnh con dấu hoặc chữ ký</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This certificate expired on %1; choose a valid one.</source>
            <translation>Chứng thư này đã hết hạn ngày %1; hãy chọn chứng thư còn hiệu lực.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This certificate is valid only from %1.</source>
            <translation>Chứng thư này chỉ có hiệu lực từ ngày %1.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Only ONE try is left: another wrong PIN locks the token.</source>
            <translation>Chỉ còn MỘT lần thử: nhập sai lần nữa token sẽ bị khóa.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Few tries are left.</source>
            <translation>Còn ít lần thử.</translation>
        </message>
    </context>
    <context>
        <name>unit_errors</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/texts.py" line="+15" />
            <source>The unit %1 no longer exists.</source>
            <translation>Đơn vị %1 không còn trong danh mục.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 saved a change to this unit while you were editing it. Nothing of yours was saved: open the unit again to see their change, then make yours.</source>
            <translation>%1 đã lưu một thay đổi của đơn vị này trong lúc anh/chị đang sửa. Phần anh/chị sửa chưa được lưu: hãy mở lại đơn vị để xem thay đổi đó rồi sửa tiếp.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the parent unit from the list.</source>
            <translation>Hãy chọn đơn vị cấp trên trong danh sách.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The code %1 is already used by another unit.</source>
            <translation>Mã %1 đã được dùng cho đơn vị khác.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the unit's code, without spaces (for example 026-PNV).</source>
            <translation>Hãy nhập mã đơn vị, không có dấu cách (ví dụ 026-PNV).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the unit's name.</source>
            <translation>Hãy nhập tên đơn vị.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A unit cannot be put under itself or under one of its own units (%1).</source>
            <translation>Không thể chuyển một đơn vị về dưới chính nó hoặc dưới đơn vị trực thuộc của nó (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 unit(s) under it are still open after that day. Close or move them first.</source>
            <translation>Còn %1 đơn vị trực thuộc hoạt động sau ngày đó. Hãy đóng hoặc chuyển các đơn vị này trước.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The end date %1 is before the start date.</source>
            <translation>Ngày kết thúc %1 trước ngày bắt đầu.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The unit has %1 nomination(s): it can be closed, never deleted.</source>
            <translation>Đơn vị đã có %1 mô hình đăng ký: chỉ có thể đóng, không được xóa.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The unit has %1 unit(s) under it: move or delete them first, or close it.</source>
            <translation>Đơn vị còn %1 đơn vị trực thuộc: hãy chuyển hoặc xóa các đơn vị đó trước, hoặc đóng đơn vị.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Submissions from this unit are recorded (%1): it can be closed, not deleted.</source>
            <translation>Đã ghi nhận hồ sơ nộp từ đơn vị này (%1): chỉ có thể đóng, không được xóa.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is the office the program works for: choose another office first.</source>
            <translation>Đây là đơn vị đang sử dụng chương trình: hãy chọn đơn vị sử dụng khác trước.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown emulation group %1.</source>
            <translation>Không có khối, cụm thi đua %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A unit cannot succeed itself.</source>
            <translation>Một đơn vị không thể kế thừa chính nó.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown kind of link %1.</source>
            <translation>Loại thay đổi %1 không hợp lệ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The unit was closed on %1: a link dated later than the next day is refused.</source>
            <translation>Đơn vị đã giải thể từ ngày %1: không nhận liên kết ghi ngày sau ngày kế tiếp.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A change is already recorded from %1: record changes in the order of their dates.</source>
            <translation>Đã có thay đổi ghi từ ngày %1: hãy ghi các thay đổi theo thứ tự ngày.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the successor of nomination %1 (a split sends each nomination to one unit).</source>
            <translation>Hãy chọn đơn vị kế thừa cho mô hình số %1 (khi chia tách, mỗi mô hình chuyển về một đơn vị).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not one of the successors.</source>
            <translation>%1 không phải là đơn vị kế thừa.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown parent</source>
            <translation>không có đơn vị cấp trên này</translation>
        </message>
        <message>
            <location line="+1" />
            <source>duplicate code</source>
            <translation>mã bị trùng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bad date (write YYYY-MM-DD)</source>
            <translation>ngày không hợp lệ (viết YYYY-MM-DD)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty name</source>
            <translation>thiếu tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty code</source>
            <translation>thiếu mã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>code with spaces</source>
            <translation>mã có dấu cách</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown kind of unit</source>
            <translation>loại đơn vị không hợp lệ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>end before start</source>
            <translation>ngày kết thúc trước ngày bắt đầu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown emulation group</source>
            <translation>không có khối, cụm thi đua này</translation>
        </message>
        <message>
            <location line="+1" />
            <source>group named twice</source>
            <translation>khối, cụm ghi hai lần</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind must be bloc or cluster</source>
            <translation>loại phải là bloc (khối) hoặc cluster (cụm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown unit code</source>
            <translation>mã đơn vị không có trong danh mục</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a required column is missing</source>
            <translation>thiếu một cột bắt buộc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the parent links form a cycle</source>
            <translation>quan hệ cấp trên tạo thành vòng lặp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the name is a spreadsheet formula</source>
            <translation>tên là một công thức bảng tính</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file cannot be read</source>
            <translation>không đọc được tệp</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merge</source>
            <translation>Sáp nhập</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Split</source>
            <translation>Chia tách</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename</source>
            <translation>Đổi tên</translation>
        </message>
    </context>
    <context>
        <name>workers</name>
        <message>
            <location filename="../hagiang_desktop/ui/workers.py" line="+120" />
            <source>Cancel</source>
            <extracomment>What a worker runs: it receives ``progress(done, total) -&gt; bool`` and returns a result. The job's result once it succeeded (also sent with ``succeeded``). The exception once it failed (also sent with ``failed``). Whether the job ended by Cancel.</extracomment>
            <translation>Hủy</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cancelling…</source>
            <translation>Đang hủy…</translation>
        </message>
    </context>
</TS>