"héllo wörld"
"日本語のテキスト"
"emoji 😀 and 🎉"
'combining é (e + \u0301)'
"mixed ascii and 中文 in one"
x = "ñ" + 'ü' + """ß"""
f"{π} ≈ {e:.3} — «{naïve}»"
