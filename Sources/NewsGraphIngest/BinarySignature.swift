/// Recognises files that are certainly not text from their first bytes (their "magic number"):
/// documents, images, archives and programs that end up in folders of newspaper dumps.
enum BinarySignature {
    /// Leading bytes and what they announce.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF87a".utf8), "a GIF image"),
        (Array("GIF89a".utf8), "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a .docx/.xlsx document)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Microsoft Office document"),
        ([0x1F, 0x8B], "a gzip archive"),
        (Array("BZh".utf8), "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF program"),
        (Array("SQLite format 3\0".utf8), "an SQLite database"),
    ]

    /// What the file is, when its first bytes say it is not text.
    static func name(of bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.bytes) {
            return signature.name
        }
        if bytes.count >= 12, bytes[0..<4].elementsEqual(Array("RIFF".utf8)), bytes[8..<12].elementsEqual(Array("WEBP".utf8)) {
            return "a WebP image"
        }
        if bytes.count >= 8, bytes[4..<8].elementsEqual(Array("ftyp".utf8)) {
            return "an MP4/MOV video"
        }
        return nil
    }
}
