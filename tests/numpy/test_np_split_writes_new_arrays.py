"""mx.np.split (and array_split) return new arrays, as MXNet's: writing into a section leaves the input alone."""
import distnet as mx


def test_sections_are_copies_and_carry_gradients():
    mx.npx.set_np()
    try:
        x = mx.np.arange(6)
        for sections in (mx.np.split(x, 2), mx.np.split(x, []), mx.np.array_split(x, [4])):
            sections[0][...] = -1
        assert x.asnumpy().tolist() == [0, 1, 2, 3, 4, 5]
        x.attach_grad()
        with mx.autograd.record():
            a, b = mx.np.split(x, [2])
            y = (a * 2).sum() + (b * 3).sum()
        y.backward()
        assert x.grad.asnumpy().tolist() == [2, 2, 3, 3, 3, 3]
    finally:
        mx.npx.reset_np()
