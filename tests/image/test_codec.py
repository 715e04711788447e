"""The numpy JPEG/PNG decoders against pixels recorded from MXNet 1.9.1's imdecode, and the encoders."""
import hashlib
import json
import pathlib
import struct
import zlib

import numpy as np
import pytest

from distnet.base import MXNetError, message_of
from distnet.image import _bmp, _codec, _encode, _jpeg, _jpeg_pixels, _png

DATA = pathlib.Path(__file__).parent / "data"
EXPECTED = json.loads((DATA / "expected.json").read_text())


def _read(name):
    return (DATA / name).read_bytes()


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_decoded_pixels_equal_mxnet(key):
    name, flag, to_rgb = key.split("/")
    want = EXPECTED[key]
    img = _codec.decode_hwc(_read(name), int(flag), bool(int(to_rgb)))
    assert list(img.shape) == want["shape"] and str(img.dtype) == want["dtype"]
    assert img[0].reshape(-1)[:24].tolist() == want["row0"]
    assert img[img.shape[0] // 2].reshape(-1)[:24].tolist() == want["mid"]
    assert int(img.astype(np.int64).sum()) == want["sum"]
    assert hashlib.sha256(img.tobytes()).hexdigest() == want["sha256"]


def test_islow_idct_of_dc_only_block_is_flat():
    coef = np.zeros((1, 64), np.int32)
    coef[0, 0] = 10                                  # DC 10 * q 8 = 80 -> 80 / 8 = 10 above mid-grey
    out = _jpeg_pixels.idct_islow(coef, np.full(64, 8, np.int64))
    assert out.shape == (1, 8, 8) and (out == 138).all()


def test_ycc_to_rgb_uses_libjpeg_tables():
    y, cb, cr = np.meshgrid(np.arange(0, 256, 15), np.arange(0, 256, 15), np.arange(0, 256, 15))
    rgb = _jpeg_pixels.ycc_to_rgb(y, cb, cr).astype(int)
    want = np.stack([y + 1.402 * (cr - 128), y - 0.34414 * (cb - 128) - 0.71414 * (cr - 128),
                     y + 1.772 * (cb - 128)], axis=-1)
    assert np.abs(rgb - np.clip(want, 0, 255)).max() <= 1
    rgb = _jpeg_pixels.ycc_to_rgb(np.array([100, 0, 255]), np.array([128, 255, 0]), np.array([128, 0, 255]))
    assert rgb.tolist() == [[100, 100, 100], [0, 48, 225], [255, 208, 28]]


def test_fancy_upsampling_h2_is_a_triangle_filter():
    out = _jpeg_pixels._upsample_h2(np.array([[0, 100, 200]]))
    assert out.tolist() == [[0, 25, 75, 125, 175, 200]]


@pytest.mark.parametrize("data, match", [
    (b"", "Check failed: len > 0: Input cannot be an empty buffer$"),
    (b"hello world", r"Check failed: !res.empty\(\): Decoding failed. Invalid image file.$"),
    (b"\xff\xd8\xff\xd9", r"Check failed: !res.empty\(\): Decoding failed"),     # no frame header: size unknown
    (b"\xff\xd8\xff\xc3\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00", "SOF3"),
    (b"\xff\xd8\xff\xc0\x00\x0b\x0c\x00\x01\x00\x01\x01\x01\x11\x00", "precision 12"),
    (b"\x89PNG\r\n\x1a\n", r"Check failed: !res.empty\(\): Decoding failed"),      # cut before its IHDR
])
def test_bad_bytes_raise_mxnet_error_naming_the_problem(data, match):
    with pytest.raises(MXNetError, match=match):
        _codec.decode_hwc(data)


def test_png_bad_crc_and_filter_are_reported():
    good = _read("rgb8.png")
    corrupt = bytearray(good)
    corrupt[20] ^= 0xFF                              # inside IHDR
    with pytest.raises(MXNetError, match="bad CRC"):
        _png.decode(bytes(corrupt))
    raw = b"\x07" + b"\0" * 3                        # one gray 3x1 row with filter type 7

    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    png = (_png.SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", 3, 1, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    with pytest.raises(MXNetError, match="unknown filter type 7"):
        _png.decode(png)


def test_corrupt_huffman_codes_decode_as_libjpeg_does():
    data = bytearray(_read("c444.jpg"))
    sos = data.index(b"\xff\xda")
    start = sos + 2 + struct.unpack(">H", data[sos + 2:sos + 4])[0]
    data[start:start + 40] = b"\xff\x00" * 20        # sixteen 1 bits are never a valid Huffman code
    img = _codec.decode_hwc(bytes(data), 1, False)     # libjpeg reads 17 bits, takes symbol 0 and goes on
    assert int(img.astype(np.int64).sum()) == 821029    # MXNet 1.9.1's pixels
    assert img[0, 0].tolist() == [128, 128, 128] and img[-1, -1].tolist() == [90, 255, 255]


@pytest.mark.parametrize("filter_type", [0, 1, 2, 3, 4])
def test_png_filters_and_adam7_interlace_round_trip(filter_type):
    rng = np.random.RandomState(filter_type)
    img = rng.randint(0, 256, (11, 9, 3)).astype(np.uint8)
    for interlace in (0, 1):
        data = _png_bytes(img, filter_type, interlace)
        out, ctype = _png.decode(data)
        assert ctype == 2 and (out == img).all()


def _filter_row(row, prior, kind, bpp):
    out = bytearray(len(row))
    for i, x in enumerate(row):
        a = row[i - bpp] if i >= bpp else 0
        b = prior[i]
        c = prior[i - bpp] if i >= bpp else 0
        if kind == 0:
            pred = 0
        elif kind == 1:
            pred = a
        elif kind == 2:
            pred = b
        elif kind == 3:
            pred = (a + b) // 2
        else:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
        out[i] = (x - pred) & 255
    return bytes([kind]) + bytes(out)


def _png_bytes(img, kind, interlace):
    """A PNG writer independent of the decoder: every row with filter ``kind``, optional Adam7."""
    h, w, c = img.shape

    def scan(sub):
        rows, prior = b"", bytes(sub.shape[1] * c)
        for r in sub.reshape(sub.shape[0], -1):
            rows += _filter_row(bytes(r), prior, kind, c)
            prior = bytes(r)
        return rows
    if interlace:
        raw = b"".join(scan(img[y0::dy, x0::dx]) for y0, x0, dy, dx in _png._ADAM7
                       if img[y0::dy, x0::dx].size)
    else:
        raw = scan(img)

    def chunk(k, payload):
        return struct.pack(">I", len(payload)) + k + payload + struct.pack(">I", zlib.crc32(k + payload))
    head = struct.pack(">IIBBBBB", w, h, 8, {1: 0, 3: 2, 4: 6}[c], 0, 0, interlace)
    return _png.SIGNATURE + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def test_png_low_bit_depths_scale_to_8_bits():
    img, ctype = _png.decode(_read("bw1.png"))
    assert ctype == 0 and img.dtype == np.uint8 and set(np.unique(img)) <= {0, 255}
    img, ctype = _png.decode(_read("gray16.png"))
    assert img.dtype == np.uint16 and img[0, 1, 0] == 300 and img[1, 0, 0] == 17 * 300


def test_decode_cv_flags_match_opencv_layouts():
    rgba = _read("rgba8.png")
    assert _codec.decode_cv(rgba, -1).shape == (13, 17, 4)
    assert _codec.decode_cv(rgba, 0).shape == (13, 17)
    bgr = _codec.decode_cv(rgba, 1)
    assert (bgr[:, :, ::-1] == _codec.decode_hwc(rgba, 1, True)).all()
    assert _codec.decode_cv(_read("gray.jpg"), -1).shape == (37, 45)
    assert _codec.decode_cv(_read("gray16.png"), -1).dtype == np.uint16


def test_jpeg_encoder_writes_libjpeg_bytes():
    bgr = _codec.decode_hwc(_read("c444.jpg"), 1, to_rgb=False)
    # digests of libjpeg's output (quality 75, 4:2:0, standard tables) for the same pixels
    assert hashlib.sha256(_encode.encode_jpeg(bgr, 75)).hexdigest() == \
        "6633b62f2126a76e2591be84e95fabbd96cf70541f05abc40dd3128a6c1b6ac6"
    assert hashlib.sha256(_encode.encode_jpeg(bgr[:, :, 1].copy(), 75)).hexdigest() == \
        "0c741924216269fcc8ee28d1815c6c7ff6650109d17bbdc627139f1e2864c61f"
    yy, xx = np.mgrid[0:21, 0:30]
    smooth = np.stack([xx * 8, yy * 12, 200 - xx * 3 - yy * 2], axis=-1).astype(np.uint8)
    back = _codec.decode_hwc(_encode.encode_jpeg(smooth, 95), 1, to_rgb=False)
    assert back.shape == smooth.shape and np.abs(back.astype(int) - smooth).mean() < 2


def test_png_encoder_round_trips_exactly():
    rng = np.random.RandomState(0)
    for img in (rng.randint(0, 256, (5, 7, 3)).astype(np.uint8), rng.randint(0, 65536, (4, 3)).astype(np.uint16),
                rng.randint(0, 256, (3, 4, 4)).astype(np.uint8)):
        back = _codec.decode_cv(_encode.encode_png(img), -1)
        assert back.dtype == img.dtype and (back == img).all()
    with pytest.raises(MXNetError, match="channels"):
        _encode.encode_png(np.zeros((2, 2, 2), np.uint8))


def test_cut_off_baseline_jpeg_repeats_the_last_delivered_row():
    data = _read("c420.jpg")
    full = _codec.decode_hwc(data)
    # MXNet (OpenCV over a suspended libjpeg) delivers 14 rows from 900 bytes and 30 without the EOI marker
    for size, ready in ((900, 14), (len(data) - 2, 30)):
        img = _codec.decode_hwc(data[:size])
        assert img.shape == full.shape
        assert (img[:ready] == full[:ready]).all() and not (img[ready] == full[ready]).all()
        assert (img[ready:] == img[ready - 1]).all()
    assert (_codec.decode_hwc(data[:300]) == 0).all()          # the frame size is known, no pixels yet


def test_cut_off_progressive_jpeg_raises():
    data = _read("prog.jpg")        # libjpeg gives up: MXNet's check of the result it preallocated fails
    with pytest.raises(_codec.DamagedImage, match=r"Check failed: !dst.empty\(\): Decoding failed"):
        _codec.decode_hwc(data[:-2])
    with pytest.raises(MXNetError, match=r"Check failed: !res.empty\(\): Decoding failed"):    # cut in the header
        _codec.decode_hwc(data[:150])


def test_an_image_whose_header_reads_fails_only_when_its_pixels_are_read():
    from distnet import image
    out = image.imdecode(_read("prog.jpg")[:-2])
    assert out.shape == (37, 45, 3)
    with pytest.raises(MXNetError, match=r"Check failed: !dst.empty\(\): Decoding failed. Invalid image file.$"):
        out.asnumpy()


def test_png_ancillary_chunk_with_bad_crc_is_dropped_as_libpng_does():
    good = _read("rgb8.png")
    text = struct.pack(">I", 5) + b"tEXtHello" + b"\0\0\0\0"           # wrong CRC
    img, _ = _png.decode(good[:33] + text + good[33:])
    assert (img == _png.decode(good)[0]).all()


def test_bmp_errors_name_the_problem():
    data = bytearray(_read("rgb24.bmp"))
    with pytest.raises(MXNetError, match=r"Check failed: !res.empty\(\): Decoding failed"):   # cut short
        _codec.decode_hwc(bytes(data[:-40]))
    data[30] = 1                                                       # BI_RLE8 on 24 bits: OpenCV fails
    with pytest.raises(MXNetError, match="compression 1"):
        _bmp.decode(bytes(data))
    with pytest.raises(MXNetError, match=r"Check failed: !res.empty\(\): Decoding failed"):
        _codec.decode_hwc(bytes(data))


def test_tiff_lzw_and_packbits_equal_uncompressed_and_deflate_fails_as_in_mxnets_libtiff():
    plain = _codec.decode_hwc(_read("rgb.tif"))
    assert (_codec.decode_hwc(_read("lzw.tif")) == plain).all()
    assert (_codec.decode_hwc(_read("packbits.tif")) == plain).all()
    data = bytearray(_read("rgb.tif"))
    order = "<" if data[:2] == b"II" else ">"
    ifd = struct.unpack_from(order + "I", data, 4)[0]
    for k in range(struct.unpack_from(order + "H", data, ifd)[0]):
        entry = ifd + 2 + 12 * k
        if struct.unpack_from(order + "H", data, entry)[0] == 259:     # Compression -> Deflate
            struct.pack_into(order + "H", data, entry + 8, 8)
    with pytest.raises(MXNetError, match=r"Check failed: !res.empty\(\): Decoding failed"):   # built without zlib
        _codec.decode_hwc(bytes(data))


@pytest.mark.parametrize("flag", [1, 2, 4, 6])
def test_a_truncated_png_fails_to_decode_whatever_the_flag(flag):
    raw = b"".join(b"\x00" + bytes(range(i, i + 7)) for i in range(5))
    ihdr = struct.pack(">IIBBBBB", 7, 5, 8, 0, 0, 0, 0)

    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    whole = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    with pytest.raises(_codec.DamagedImage) as e:
        _codec.decode_hwc(whole[:-20], flag)
    assert message_of(e.value) == "Check failed: !dst.empty(): Decoding failed. Invalid image file." and e.value.shape == (5, 7, 3)


def test_imread_of_a_directory_fails_as_mxnets_stream_does(tmp_path):
    import distnet as mx
    with pytest.raises(MXNetError) as e:
        mx.image.imread(str(tmp_path))
    assert message_of(e.value) == "std: :bad_alloc"
