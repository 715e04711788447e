"""Shape checks in MXNet's order and words: matmul compares the summed axes before it broadcasts the batch axes;
npx.reshape's codes reading an input dimension past the end fail each in its own check (-2: 'Unmatching dimension',
-3: the index range check, -6: a check with no words after its values)."""
# recorded on AVX2
from mxnet import np, npx

from _words import words

npx.set_np()


def show(label, make):
    try:
        r = make()
        print(label, r.dtype, r.shape)
    except Exception as e:  # noqa: BLE001
        print(label, words(e))


for sa, sb in [((4, 1, 2), (2, 2, 1)), ((4, 1, 2), (4, 3, 1)), ((4, 1, 2), (2, 4, 1)), ((3, 4, 1, 2), (2, 4, 1)),
               ((2,), (3, 2, 4)), ((3, 2), (3,)), ((2, 2, 3), (4, 2, 5)), ((1, 2, 3), (5, 4, 2)), ((2, 5, 3), (3, 4, 1)),
               ((3,), (3, 4, 2)), ((3, 2), (4, 2, 1)), ((2, 3, 2), (2,))]:
    show('matmul %s %s' % (sa, sb), lambda: np.matmul(np.ones(sa), np.ones(sb)))
for src in [(), (2,), (1, 2), (1,)]:
    x = np.ones(src)
    for sh in [(-6, 1, -1), (-2,), (-3,), (-2, -2), (-3, -3), (1, -3), (-2, -3, -2), (-6, 2, -1, -2), (-3, -6, 1, -1)]:
        for rev in [False, True]:
            show('reshape %s %s %s' % (src, sh, rev), lambda: npx.reshape(x, sh, reverse=rev))
