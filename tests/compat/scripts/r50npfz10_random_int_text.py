"""np.random.randint, choice and multinomial read a text integer (blanks, a sign, digits) for low/high, a and n as their parser reads it, and refuse other text, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for v in ['1', ' 2', '3 ', '+4', '-1', '1.0', '0x5', '', '5abc', '007', ' - 3']:
    mx.random.seed(5)
    try:
        print(repr(v), np.random.randint(v, 10, size=3), np.random.randint(0, v, size=2).shape if v.strip() not in ('-1', '', '- 3') else '')
    except Exception as e:
        print(repr(v), type(e).__name__, str(e).strip().splitlines()[-1][:160])
for v in ['1', ' 3', '+2', '2.0', 'x']:
    mx.random.seed(5)
    for name, f in [('choice', lambda: np.random.choice(v, size=2)), ('multinomial n', lambda: np.random.multinomial(v, [0.5, 0.5])), ('randint', lambda: np.random.randint(v, 10, size=2))]:
        try:
            print(repr(v), name, f().tolist())
        except Exception as e:
            print(repr(v), name, type(e).__name__, str(e).strip().splitlines()[-1][:160])
