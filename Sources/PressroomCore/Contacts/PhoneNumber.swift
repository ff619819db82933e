/// Phone numbers as the record keeps them.
/// PLACEHOLDER implementation (skeleton); the contacts work replaces it.
public enum PhoneNumber {
    /// E.164 when a country code is printed, else the printed digits; nil when `printed` holds no number.
    public static func normalize(_ printed: String) -> String? {
        let digits = printed.filter(\.isASCII).filter(\.isNumber)
        guard digits.count >= 5 else { return nil }
        return printed.trimmingPrefix(while: { $0 == " " }).hasPrefix("+") ? "+" + digits : digits
    }
}
