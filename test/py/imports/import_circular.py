import _circular_a
import _circular_b
print(_circular_a.A, _circular_b.B, _circular_a.from_b(), _circular_b.partial_a())
