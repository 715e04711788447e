"""Inputs of the quantization-op cases, shared by the test and its MXNet fixture maker.

Each case is (name, operator, array inputs, attributes); float64 arrays are passed as float32, integer
arrays keep their dtype (int8 / uint8 / int32 data, float index arrays are given as float32 already).
"""
import numpy as np


def _r(v):
    return np.array([v], np.float32)


def cases():
    rng = np.random.RandomState(0)
    f = np.concatenate([rng.uniform(-3, 5, 200), [0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 5, -3, 7, -9, 1e-8]])
    f = f.astype(np.float32)
    i8 = rng.randint(-128, 128, (2, 3, 5, 6)).astype(np.int8)
    u8 = rng.randint(0, 256, (2, 3, 5, 6)).astype(np.uint8)
    i32 = np.concatenate([rng.randint(-2 ** 31, 2 ** 31 - 1, 200, dtype=np.int64), [2 ** 31 - 1, -2 ** 31, 0, 1, -1],
                          rng.randint(-100000, 100000, 100)]).astype(np.int32)
    out = []
    for ot in ("uint8", "int8"):
        for lo, hi in ((-3., 5.), (0., 5.), (-9.5, 3.)):
            out.append((f"quantize_{ot}_{lo}", "quantize", [f, _r(lo), _r(hi)], dict(out_type=ot)))
    for ot in ("int8", "uint8", "auto"):
        out.append((f"quantize_v2_{ot}_data", "quantize_v2", [f], dict(out_type=ot)))
        for lo, hi in ((-3., 5.), (0., 5.), (0.5, 2.0)):
            out.append((f"quantize_v2_{ot}_{lo}", "quantize_v2", [f], dict(out_type=ot, min_calib_range=lo,
                                                                               max_calib_range=hi)))
    special = np.array([np.nan, -np.inf, np.inf, 1., 0., -0.5], np.float32)
    for ot in ("int8", "uint8"):
        out.append((f"quantize_v2_{ot}_special", "quantize_v2", [special], dict(out_type=ot, min_calib_range=-1.,
                                                                                 max_calib_range=1.)))
        out.append((f"quantize_v2_{ot}_zero_range", "quantize_v2", [special[3:]], dict(out_type=ot, min_calib_range=0.,
                                                                                        max_calib_range=0.)))
        out.append((f"quantize_{ot}_zero_range", "quantize", [special[3:], _r(0.), _r(0.)], dict(out_type=ot)))
    small = np.array([1, 2, 3, 100], np.int8)
    for data in (small, small.astype(np.uint8)):
        for attrs in ({}, dict(out_type="uint8"), dict(out_type="auto", min_calib_range=0., max_calib_range=2.)):
            out.append((f"quantize_v2_{data.dtype}_input_{len(out)}", "quantize_v2", [data], attrs))
    f3 = f.reshape(2, 2, 53)        # MXNet 1.9.1's quantize_asym runs on 3-D inputs only (others crash)
    for lo, hi in ((-3., 5.), (0., 5.), (-1., 2.)):
        out.append((f"quantize_asym_{lo}", "quantize_asym", [f3], dict(min_calib_range=lo, max_calib_range=hi)))
    out.append(("quantize_asym_data", "quantize_asym", [f3], {}))
    out.append(("quantize_asym_positive", "quantize_asym", [np.abs(f3)], {}))
    for name, data in (("i8", i8), ("u8", u8)):
        for lo, hi in ((-3., 5.), (-7.3, 0.2)):
            out.append((f"dequantize_{name}_{lo}", "dequantize", [data, _r(lo), _r(hi)], {}))
    for lo, hi in ((-3., 5.), (-1000., 2000.)):
        for ot in ("int8", "uint8", "auto"):
            out.append((f"requantize_{lo}_{ot}", "requantize", [i32, _r(lo), _r(hi)], dict(out_type=ot)))
            for clo, chi in ((-0.5, 0.7), (0., 0.7)):
                out.append((f"requantize_{lo}_{ot}_{clo}", "requantize", [i32, _r(lo), _r(hi)],
                            dict(out_type=ot, min_calib_range=clo, max_calib_range=chi)))
    small = np.array([-1000, 3000, 5, 7], np.int32)
    out.append(("requantize_small", "requantize", [small, _r(-2.), _r(1.)], dict(out_type="uint8")))
    out.append(("requantize_wrap", "requantize", [np.array([-2 ** 31, 5], np.int32), _r(-2.), _r(1.)], {}))
    return out + nn_cases(rng, i8, u8) + random_layer_cases(np.random.RandomState(1))


def nn_cases(rng, i8, u8):
    out = []
    for k in range(6):
        unsigned = k % 2 == 1
        n, i, h = rng.randint(1, 5), rng.randint(1, 40), rng.randint(1, 6)
        x = rng.randint(0, 256, (n, i)).astype(np.uint8) if unsigned else rng.randint(-128, 128, (n, i)).astype(np.int8)
        w, b = rng.randint(-128, 128, (h, i)).astype(np.int8), rng.randint(-128, 128, (h,)).astype(np.int8)
        lo = 0. if unsigned else -rng.uniform(0.5, 3)
        rs = [_r(lo), _r(rng.uniform(0.5, 3)), _r(-rng.uniform(0.1, 2)), _r(rng.uniform(0.1, 2)),
              _r(-rng.uniform(0.1, 5)), _r(rng.uniform(0.1, 5))]
        out.append((f"fc_{k}", "quantized_fully_connected", [x, w, b] + rs, dict(num_hidden=h)))
        out.append((f"fc_nobias_{k}", "quantized_fully_connected", [x, w] + rs[:4], dict(num_hidden=h, no_bias=True)))
    x, w = rng.randint(0, 256, (1, 4)).astype(np.uint8), rng.randint(-128, 128, (2, 4)).astype(np.int8)
    for k in range(12):         # output ranges of uint8 data: float32 steps of the data and weight ranges
        lo, hi, wlo, whi = 0., rng.uniform(0.01, 10), -rng.uniform(0.01, 10), rng.uniform(0.01, 10)
        out.append((f"fc_range_{k}", "quantized_fully_connected", [x, w] + [_r(v) for v in (lo, hi, wlo, whi)],
                    dict(num_hidden=2, no_bias=True)))
    for k, (c, o, ks, pad, stride) in enumerate([(3, 2, 3, 1, 1), (16, 4, 3, 0, 1), (8, 16, 3, 1, 2), (4, 4, 1, 0, 1),
                                                 (5, 3, 3, 0, 1)]):
        x = rng.randint(150, 256, (2, c, 6, 5)).astype(np.uint8)
        w = (rng.randint(60, 128, (o, c, ks, ks)) * rng.choice([-1, 1], (o, 1, 1, 1))).astype(np.int8)
        b = rng.randint(-128, 128, (o,)).astype(np.int8)
        rs = [_r(0.), _r(2.5), _r(-1.2), _r(0.7), _r(-3.), _r(3.)]
        out.append((f"conv_{k}", "quantized_conv", [x, w, b] + rs,
                    dict(kernel=(ks, ks), num_filter=o, pad=(pad, pad), stride=(stride, stride))))
    for name, data in (("i8", i8), ("u8", u8)):
        for pool_type in ("max", "avg"):
            for j, attrs in enumerate([dict(kernel=(2, 2), stride=(2, 2)), dict(kernel=(3, 3), pad=(1, 1)),
                                       dict(kernel=(3, 3), stride=(2, 2), pad=(1, 1), count_include_pad=False),
                                       dict(global_pool=True, kernel=(1, 1)),
                                       dict(kernel=(2, 2), stride=(2, 2), pooling_convention="full"),
                                       dict(kernel=(3, 3), stride=(2, 2), pad=(1, 1), pooling_convention="full",
                                            count_include_pad=False)]):
                out.append((f"pool_{name}_{pool_type}_{j}", "quantized_pooling", [data, _r(-1.5), _r(2.)],
                            dict(pool_type=pool_type, **attrs)))
        out.append((f"act_{name}", "quantized_act", [data, _r(-1.5), _r(2.)], dict(act_type="relu")))
        out.append((f"flatten_{name}", "quantized_flatten", [data, _r(-1.5), _r(2.)], {}))
        other = data[::-1].copy()
        out.append((f"add_{name}", "quantized_elemwise_add", [data, other, _r(-1.5), _r(2.), _r(-0.3), _r(0.7)], {}))
        out.append((f"add_calib_{name}", "quantized_elemwise_add", [data, other, _r(-1.5), _r(2.), _r(-0.3), _r(0.7)],
                    dict(min_calib_range=-1., max_calib_range=2.)))
        for top in (0.7, 3.7):
            out.append((f"concat_{name}_{top}", "quantized_concat",
                        [data, data[:, :2].copy(), _r(-1.5), _r(2.), _r(-0.3), _r(top)], dict(dim=1, num_args=2)))
    bn = [rng.randint(-128, 128, (2, 3, 4, 4)).astype(np.int8)] + [rng.uniform(a, b, 3) for a, b in
                                                                     ((0.5, 2), (-1, 1), (-0.5, 0.5), (0.5, 2))]
    for lo, hi in ((-2., 2.), (-0.5, 3.), (0., 3.)):
        out.append((f"batch_norm_{hi}_{lo}", "quantized_batch_norm", bn + [_r(-1.5), _r(2.)],
                    dict(min_calib_range=lo, max_calib_range=hi)))
    out.append(("embedding", "quantized_embedding", [np.array([[0, 2.7], [1, 3], [-1, 9]], np.float32),
                                                     i8[0, 0, :4].copy(), _r(-1.5), _r(2.)],
                dict(input_dim=4, output_dim=6)))
    return out


def _q(rng, shape, unsigned):
    return rng.randint(0, 256, shape).astype(np.uint8) if unsigned else rng.randint(-128, 128, shape).astype(np.int8)


def random_layer_cases(rng, rounds=8):
    """Random sizes, ranges and attributes for each quantized layer: the rounding order of every scale shows."""
    out = []
    for k in range(rounds):
        unsigned = k % 2 == 0
        rs = [_r(0. if unsigned else -rng.uniform(0.01, 10)), _r(rng.uniform(0.01, 10)), _r(-rng.uniform(0.01, 5)),
              _r(rng.uniform(0.01, 5)), _r(-rng.uniform(0.01, 20)), _r(rng.uniform(0.01, 20))]
        n, i, h = rng.randint(1, 4), rng.randint(1, 50), rng.randint(1, 9)
        out.append((f"random_fc_{k}", "quantized_fully_connected",
                    [_q(rng, (n, i), unsigned), _q(rng, (h, i), False), _q(rng, (h,), False)] + rs, dict(num_hidden=h)))
        c, o, ks = int(rng.choice([3, 4, 16])), int(rng.choice([2, 4, 8])), int(rng.choice([1, 3]))
        out.append((f"random_conv_{k}", "quantized_conv",
                    [_q(rng, (2, c, 7, 6), True), _q(rng, (o, c, ks, ks), False), _q(rng, (o,), False)] + rs,
                    dict(kernel=(ks, ks), num_filter=o, pad=(1, 1), stride=(2, 2))))
        x, y = _q(rng, (2, 3, 7, 6), unsigned), _q(rng, (2, 3, 7, 6), unsigned)
        out.append((f"random_pool_{k}", "quantized_pooling", [x] + rs[:2],
                    dict(kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type="avg", count_include_pad=k % 4 < 2)))
        out.append((f"random_add_{k}", "quantized_elemwise_add", [x, y] + rs[:4], {}))
        out.append((f"random_add_calib_{k}", "quantized_elemwise_add", [x, y] + rs[:4],
                    dict(min_calib_range=-rng.uniform(0, 3), max_calib_range=rng.uniform(0.1, 3))))
        out.append((f"random_concat_{k}", "quantized_concat", [x, y] + rs[:4], dict(dim=k % 4, num_args=2)))
        out.append((f"random_batch_norm_{k}", "quantized_batch_norm",
                    [_q(rng, (2, 3, 4, 4), False)] + [rng.uniform(a, b, 3) for a, b in ((0.2, 2), (-1, 1), (-1, 1),
                                                                                        (0.1, 3))] + rs[:2],
                    dict(min_calib_range=-rng.uniform(0, 4), max_calib_range=rng.uniform(0.1, 4))))
        i32 = rng.randint(-2 ** 31, 2 ** 31 - 1, (50,), dtype=np.int64).astype(np.int32)
        out.append((f"random_requantize_{k}", "requantize", [i32] + rs[4:],
                    dict(out_type=("int8", "uint8", "auto")[k % 3], min_calib_range=-rng.uniform(0, 5),
                         max_calib_range=rng.uniform(0.1, 5))))
    return out
