; Corridor installer for Windows (NSIS 3, Unicode). Packs the PyInstaller one-folder bundle
; built from packaging/corridor.spec on Windows (dist\corridor: corridor.exe for the command
; line, corridor-gui.exe for the desktop) into one setup .exe.
;
;   makensis /DVERSION=0.1.0 /DSRCDIR=dist\corridor /DOUTFILE=dist\corridor-0.1.0-setup.exe ^
;            packaging\windows\corridor.nsi
;
; Per-user install (no administrator rights: many analysts cannot get them) into
; %LOCALAPPDATA%\Programs\Corridor, with a Start-menu entry, "Open with Corridor" for
; workspace files and an uninstaller listed in Settings > Apps. The user's workspace lives in
; the per-user data folder, not here, and is kept on uninstall.
;
; Built and run by .github/workflows/installers.yml on a Windows runner; it cannot run on the
; Linux machine this project is developed on (see packaging/README.md).

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "pass /DVERSION=<version> (the project's version, from its metadata)"
!endif
!ifndef SRCDIR
  !error "pass /DSRCDIR=<folder of the PyInstaller bundle>"
!endif
!ifndef VIVERSION
  ; Windows file-version resources want four numbers: 0.1.0 -> 0.1.0.0
  !define VIVERSION "0.0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "corridor-${VERSION}-setup.exe"
!endif

!define APPNAME "Corridor"
!define PUBLISHER "Corridor developers"
!define PROGID "Corridor.Workspace"
; Workspaces are DuckDB files; Corridor adds itself to "Open with" for them and does not
; take the default away from other DuckDB tools.
!define WORKSPACE_EXT ".duckdb"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "Software\${APPNAME}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
BrandingText "${APPNAME} ${VERSION}"

!define MUI_ICON "${__FILEDIR__}\corridor.ico"
!define MUI_UNICON "${__FILEDIR__}\corridor.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\corridor-gui.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start Corridor"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VIVERSION}"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${APPNAME} installer"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}"

Section "Corridor" SecMain
  SectionIn RO
  ; A reinstall replaces the previous bundle whole: stale DLLs must not linger.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*.*"
  File "/oname=corridor.ico" "${__FILEDIR__}\corridor.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APPNAME}" "InstallDir" "$INSTDIR"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\corridor-gui.exe" "" \
      "$INSTDIR\corridor.ico" 0 SW_SHOWNORMAL "" "Sourced figures between two countries"

  ; File association: a ProgID and "Open with" for workspace files.
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Corridor workspace"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\corridor.ico,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" \
      '"$INSTDIR\corridor-gui.exe" --workspace "%1"'
  WriteRegStr HKCU "Software\Classes\${WORKSPACE_EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\corridor-gui.exe" "FriendlyAppName" \
      "${APPNAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Settings > Apps entry.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\corridor.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  DeleteRegValue HKCU "Software\Classes\${WORKSPACE_EXT}\OpenWithProgids" "${PROGID}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\corridor-gui.exe"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APPNAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; Only what the installer put here; the user's workspace is elsewhere and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\corridor.exe"
  Delete "$INSTDIR\corridor-gui.exe"
  Delete "$INSTDIR\corridor.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
