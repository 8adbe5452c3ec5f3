using System.Runtime.InteropServices;

namespace IdentityFabric.Catalog.Loading;

/// <summary>What a directory entry is, as the file system says (a link is reported as a link, not followed).</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    Socket,
    Device,
}

/// <summary>
/// The kind of a path without opening it. .NET reports a named pipe, a socket or a device as an ordinary file, and
/// opening a named pipe blocks until a writer appears, so the loader asks the operating system first: Linux through
/// <c>statx</c> (whose layout is the same on every architecture), macOS through <c>lstat</c>. Elsewhere (Windows has
/// no such entries in a folder) the managed attributes decide.
/// </summary>
internal static class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int DarwinModeOffset = 4;

    private const int TypeMask = 0xF000;
    private const int TypeFifo = 0x1000;
    private const int TypeCharacterDevice = 0x2000;
    private const int TypeDirectory = 0x4000;
    private const int TypeBlockDevice = 0x6000;
    private const int TypeRegular = 0x8000;
    private const int TypeLink = 0xA000;
    private const int TypeSocket = 0xC000;

    private static bool _nativeMissing;

    /// <summary>The kind of <paramref name="path"/> itself (a symbolic link is not followed).</summary>
    public static FileKind Of(string path)
    {
        if (!_nativeMissing)
        {
            try
            {
                if (OperatingSystem.IsLinux())
                {
                    return Native(path, LinuxMode);
                }

                if (OperatingSystem.IsMacOS())
                {
                    return Native(path, DarwinMode);
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                _nativeMissing = true;
            }
        }

        return Managed(path);
    }

    private static FileKind Native(string path, Func<string, int?> mode) =>
        mode(path) is not { } m
            ? FileKind.Missing
            : (m & TypeMask) switch
            {
                TypeRegular => FileKind.Regular,
                TypeDirectory => FileKind.Directory,
                TypeLink => FileKind.SymbolicLink,
                TypeFifo => FileKind.NamedPipe,
                TypeSocket => FileKind.Socket,
                TypeCharacterDevice or TypeBlockDevice => FileKind.Device,
                _ => FileKind.Device,
            };

    private static int? LinuxMode(string path)
    {
        var buffer = new byte[256];
        return Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType, buffer) == 0
            ? BitConverter.ToUInt16(buffer, StatxModeOffset)
            : null;
    }

    private static int? DarwinMode(string path)
    {
        var buffer = new byte[256];
        return Lstat(path, buffer) == 0 ? BitConverter.ToUInt16(buffer, DarwinModeOffset) : null;
    }

    private static FileKind Managed(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return info.LinkTarget is not null ? FileKind.SymbolicLink : FileKind.Missing;
        }

        var attributes = info.Attributes;
        return info.LinkTarget is not null ? FileKind.SymbolicLink
            : attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
            : attributes.HasFlag(FileAttributes.Device) ? FileKind.Device
            : FileKind.Regular;
    }

    private static int Lstat(string path, byte[] buffer) =>
        RuntimeInformation.ProcessArchitecture == Architecture.X64 ? LstatInode64(path, buffer) : LstatArm64(path, buffer);

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole project.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static extern int LstatArm64([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "lstat$INODE64", SetLastError = true)]
    private static extern int LstatInode64([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
