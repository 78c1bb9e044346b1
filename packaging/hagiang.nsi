; NSIS script: per-user Windows installer for hagiang-desktop, with a Vietnamese UI.
; Build (on Windows or Linux with the Debian `nsis` package), after the PyInstaller one-folder build:
;   makensis -DVERSION=0.1.0 -DSOURCE=..\dist\hagiang-desktop packaging\hagiang.nsi
; The version is passed in by packaging/build_installer.sh, which reads it from
; hagiang_desktop/__init__.py (the one place it is written).

Unicode true
RequestExecutionLevel user          ; no administrator rights in district offices
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z (packaging/build_installer.sh does it)"
!endif
!ifndef SOURCE
  !define SOURCE "..\dist\hagiang-desktop"
!endif

!define APPNAME "hagiang-desktop"
!define DISPLAYNAME "Mô hình, gương điển hình tiên tiến – Kế hoạch 127 (Hà Giang)"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"

Name "${DISPLAYNAME}"
OutFile "..\dist\hagiang-desktop-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "Software\${APPNAME}" "InstallDir"

!include "MUI2.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\hagiang-desktop.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

Function .onInit
  ; Qt 6 runs on 64-bit Windows 10 1809 (build 17763) and later only.
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Chương trình cần Windows 10 (bản 1809 trở lên) hoặc Windows 11, 64-bit."
    Abort
  ${EndIf}
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} 17763
    MessageBox MB_ICONSTOP "Chương trình cần Windows 10 bản 1809 trở lên hoặc Windows 11. Máy này chạy phiên bản Windows cũ hơn nên không cài được."
    Abort
  ${EndIf}
FunctionEnd

Section "Chương trình" SecMain
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteRegStr HKCU "Software\${APPNAME}" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${DISPLAYNAME}.lnk" "$INSTDIR\hagiang-desktop.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Gỡ cài đặt.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${DISPLAYNAME}.lnk" "$INSTDIR\hagiang-desktop.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${DISPLAYNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "Sở Nội vụ tỉnh Hà Giang"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Removes the program only. The clerk's data (database, backups, signing key) lives in
  ; %LOCALAPPDATA%\hagiang-desktop and is deliberately kept.
  RMDir /r "$INSTDIR"
  Delete "$DESKTOP\${DISPLAYNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APPNAME}"
SectionEnd
