import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary folder `--demo` writes its workspace into.
enum DemoFolder {
  /// A new, uniquely named `0700` folder made by `mkdtemp`: a predictable name in the shared
  /// temporary folder (the old `salesfloor-demo-PID`) could be planted in advance by another user
  /// as a folder or link they control.
  static func make() throws -> URL {
    var base = NSTemporaryDirectory()
    while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
    var template = Array((base + "/salesfloor-demo-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let start = buffer.baseAddress, mkdtemp(start) != nil else { return nil }
      return String(cString: start)
    }
    guard let made else {
      throw CLIError.failure(
        "cannot create a demo folder in \(base): \(String(cString: strerror(errno))); set TMPDIR to a writable folder"
      )
    }
    return URL(fileURLWithPath: made, isDirectory: true)
  }
}
