"""An unrecorded input of a recorded op enters MXNet's graph: later ops reading it are recorded too, so a
backward from them finds no variable ('There are no inputs ... require gradients') rather than an array
outside the graph; a backward frees the entry."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words

FIRST = ['a * b', 'a + b', 'mx.nd.elemwise_mul(a, b)', 'a + 1', 'mx.nd.relu(a)', 'b * 2']
THEN = ['a.argmax()', 'a * 2', '2 - a', 'mx.nd.round(a)', 'a == 1', 'mx.nd.relu(a)', 'a + a', 'mx.nd.sum(a)',
        'mx.nd.topk(a)', 'a.astype("float16")']


def run(dt, first, then, freed):
    a = mx.nd.array([[0.5, 6, 2]], dtype=dt)
    b = mx.nd.array([[7, 10, 6]], dtype=dt)
    b.attach_grad()
    try:
        with autograd.record():
            c = eval(first)
        if freed:
            c.backward()
        with autograd.record():
            out = eval(then)
        out.backward()
        return b.grad.asnumpy().tolist()
    except Exception as e:
        return words(e)


for dt in ['float32', 'float64', 'int32']:
    for first in FIRST:
        print(dt, first, [run(dt, first, then, False)[:60] for then in THEN[:4]])
        print(dt, first, [run(dt, first, then, False)[:60] for then in THEN[4:]])
print('freed', [run('float32', 'a * b', then, True)[:60] for then in THEN[:3]])
npx.set_np()
for first in ['a * b', 'a + 1']:
    for then in ['np.argmax(a)', 'a * 2', 'np.round(a)', 'npx.relu(a)', 'a - a']:
        a = np.array([[0.5, 6, 2]])
        b = np.array([[7, 10, 6]])
        b.attach_grad()
        try:
            with autograd.record():
                c = eval(first)
                out = eval(then)
            out.backward()
            print('np', first, then, b.grad.tolist())
        except Exception as e:
            print('np', first, then, words(e))
