"""float64 recurrent cells (their FullyConnected products over odd and even batches) unroll and train with MXNet's bits for values with full 53-bit mantissas."""
from mxnet import autograd, nd
from mxnet.gluon import rnn
from mxnet.gluon.contrib.rnn import LSTMPCell


def values(n, seed):
    """Deterministic values in [-0.5, 0.5) with full mantissas, made from integers only."""
    out, state = [], seed * 7919 + 12345
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out.append((state >> 11) / 2.0 ** 53 - 0.5)
    return out


def array(shape, seed):
    size = 1
    for d in shape:
        size *= d
    return nd.array(values(size, seed), dtype="float64").reshape(shape)


for make in (lambda: rnn.RNNCell(5, input_size=4), lambda: rnn.LSTMCell(5, input_size=4),
             lambda: rnn.GRUCell(5, input_size=4), lambda: LSTMPCell(5, 2, input_size=4)):
    for batch in (2, 3):
        cell = make()
        cell.initialize()
        cell.cast("float64")
        for i, (name, p) in enumerate(sorted(cell.collect_params().items())):
            p.set_data(array(p.shape, 10 + i) * 0.6)
        x = array((batch, 3, 4), batch)
        x.attach_grad()
        with autograd.record():
            out, states = cell.unroll(3, x, begin_state=cell.begin_state(batch, dtype="float64"), merge_outputs=True)
            loss = (out * out).sum() + sum(s.sum() for s in states)
        loss.backward()
        print(cell, batch, out.asnumpy().ravel().tolist()[-3:], x.grad.asnumpy().ravel().tolist()[:3])
        for name, p in sorted(cell.collect_params().items()):
            print(" ", name.split("_", 1)[1], p.grad().asnumpy().ravel().tolist()[:3])
