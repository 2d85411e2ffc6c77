; Inno Setup 6 script for eSIM Counter: a per-user installer that needs no administrator.
;
; Built by packaging/build.py on Windows, which passes the version (from pyproject.toml)
; and the folders; by hand, from the repository root after a PyInstaller build:
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\esim-counter /DOutputDir=dist ^
;        /DRepoDir=. packaging\windows\esim-counter.iss
;
; Signing: with /DSign and a sign tool named "esimsign" defined on the command line
; (/Sesimsign=...), Inno Setup signs both the installer and the uninstaller it embeds;
; build.py does so when a certificate is configured (see packaging/README.md).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (packaging/build.py reads pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\esim-counter"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef RepoDir
  #define RepoDir "..\.."
#endif

#define AppName "eSIM Counter"
#define AppPublisher "eSIM Counter"
#define AppExeName "esim-counter.exe"
; Where the program keeps its journal and logs (platformdirs, appauthor = appname):
; %LOCALAPPDATA%\eSIM Counter\eSIM Counter\journal.sqlite3 and ...\Logs.
#define DataDir "{localappdata}\eSIM Counter"
; Its settings (QSettings, organisation and application "eSIM Counter").
#define SettingsKey "Software\eSIM Counter"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{BCF75A6D-2697-4776-9152-673E4CEF7C4A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) {#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
VersionInfoCompany={#AppPublisher}
; Per user by default: no administrator, installed under %LOCALAPPDATA%\Programs.
; An administrator may still choose "for all users" in the first dialog (or /ALLUSERS).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
SetupIconFile={#RepoDir}\resources\icons\esim-counter.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=esim-counter-{#AppVersion}-windows-x64-setup
; A running counter is asked to close through the Restart Manager before its files are
; replaced (an upgrade) or removed; the clerk starts it again from the last page.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=esimsign
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.RemoveJournal=Also delete the sales journal, the logs and the settings of eSIM Counter?%n%nThe journal is the record of every sale made on this computer. Keep it (answer No) unless it has been backed up or is no longer needed. This cannot be undone.
english.KeyringNote=Provider credentials stay in Windows Credential Manager (entries named "eSIM Counter"); remove them there if this computer no longer sells.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller keeps the shop's data unless the user asks, in so many words, to delete
  it: the question defaults to No, and a silent uninstall (/SILENT, /VERYSILENT) never
  deletes it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
  begin
    if UninstallSilent() then
      Exit;
    { Asked while either is left, the journal folder or the settings. }
    if not DirExists(ExpandConstant('{#DataDir}')) and
       not RegKeyExists(HKEY_CURRENT_USER, '{#SettingsKey}') then
      Exit;
    if MsgBox(CustomMessage('RemoveJournal'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      if not DelTree(ExpandConstant('{#DataDir}'), True, True, True) then
        MsgBox('Some files in ' + ExpandConstant('{#DataDir}') + ' could not be deleted.', mbError, MB_OK);
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, '{#SettingsKey}');
      MsgBox(CustomMessage('KeyringNote'), mbInformation, MB_OK);
    end;
  end;
end;
