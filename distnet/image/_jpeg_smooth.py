"""libjpeg's block smoothing for progressive JPEGs whose scans stop short of full precision: the first
low-frequency AC coefficients still zero in a block are estimated from the DC values around it."""
import numpy as np

# (zigzag index, natural index, weight, DC neighbourhood combination) of libjpeg's five estimates
_ESTIMATES = (
    (1, 1, 36, lambda d: d[1, 0] - d[1, 2]),                        # AC01: left - right
    (2, 8, 36, lambda d: d[0, 1] - d[2, 1]),                        # AC10: above - below
    (3, 16, 9, lambda d: d[0, 1] + d[2, 1] - 2 * d[1, 1]),          # AC20
    (4, 9, 5, lambda d: d[0, 0] - d[0, 2] - d[2, 0] + d[2, 2]),     # AC11
    (5, 2, 9, lambda d: d[1, 0] + d[1, 2] - 2 * d[1, 1]),           # AC02
)


def smoothing_applies(components, quant):
    """libjpeg's smoothing_ok: every component's DC is known, its first quantisers are nonzero, and some
    component still lacks bits of one of the first five AC coefficients (``coef_bits`` per zigzag index)."""
    useful = False
    for c in components:
        q = quant[c.tq]
        if c.coef_bits[0] < 0 or any(q[pos] == 0 for pos in (0, 1, 8, 16, 9, 2)):
            return False
        useful = useful or any(c.coef_bits[k] != 0 for k in range(1, 6))
    return useful


def smooth(blocks, qt, coef_bits):
    """(rows, cols, 64) natural-order coefficients with libjpeg's estimates filled in where they are zero."""
    rows, cols = blocks.shape[:2]
    dc = blocks[:, :, 0].astype(np.int64)
    padded = np.pad(dc, 1, mode="edge")             # edge blocks reuse their own row / column
    hood = np.stack([np.stack([padded[y:y + rows, x:x + cols] for x in range(3)]) for y in range(3)])
    out = blocks.copy()
    q00 = int(qt[0])
    for zz, pos, weight, combine in _ESTIMATES:
        al = coef_bits[zz]
        if al == 0:
            continue
        q = int(qt[pos])
        num = weight * q00 * combine(hood)
        pred = (q * 128 + np.abs(num)) // (q * 256)
        if al > 0:
            pred = np.minimum(pred, (1 << al) - 1)
        pred = np.where(num >= 0, pred, -pred)
        out[:, :, pos] = np.where(blocks[:, :, pos] == 0, pred, blocks[:, :, pos])
    return out
