class A: pass
class B(A): x = 1; y = 2
class C: """doc"""
