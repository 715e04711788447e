"""imdecode of CCITT-coded bilevel TIFFs (modified Huffman, T.4 1-D and 2-D, T.6; fill orders, strips) as MXNet's libtiff decodes them, damaged data included (flipped bits, zero or random tails, short strips)."""
import base64
import hashlib
import struct
import zlib

import numpy as np
import mxnet as mx

# 37 x 53 bilevel images written by libtiff (through Pillow): sparse dots, a circle, lines, blocks, noise
NAMES = ["sparse_37x53_group3_", "sparse_37x53_group3_292-1", "sparse_37x53_group3_266-2", "sparse_37x53_group3_278-5", "sparse_37x53_group4_", "sparse_37x53_group4_266-2", "sparse_37x53_group4_278-5", "sparse_37x53_tiff_ccitt_", "sparse_37x53_tiff_ccitt_278-5", "circle_37x53_group3_", "circle_37x53_group3_292-1", "circle_37x53_group4_", "circle_37x53_tiff_ccitt_", "lines_37x53_group3_292-1", "lines_37x53_group4_", "lines_37x53_tiff_ccitt_", "blocks_37x53_group4_278-5", "noise_37x53_group4_", "noise_37x53_group3_292-1"]
BLOB = (
    'eNrtV39UU1eev0leyEsI8QXCL32BB0QalNOJYPSBSl8IbsAqG/prsKfOBEEGrIe+WHQ8U9q+hJCkHfoEpY5lcJoUZ6BTxkGm03VdxxMSMKlVJ4Nuq2e6'
    'PYlpLe3SqbbTLtu6de+NsdqWzqzb5b/Nyefee773fr/3vs/93u/9XsG2mpol4DMAf2nmwZ7IkYgP9PdEPawOFHreZFug9DVSDqTDy/lFAGMHnePRE2U8'
    '7GuDsLCvwf6HyVJOOkxFD4HCYfZeKLgnF6TVs6fI5VBtEewa9J6gW2FbSwbFQLg1KXIT2UG5Alkn6KDRKVGBDfVRidzrh5JtuWQpwM6VuNoWworc1cG2'
    '0R6oJEkR9YB+++/2w8IW4JOh/S18o5MV6FMMp1juulmZEdketHMCvYKuC+jABqMlMgUKvaO74ks2+GwBBkgBEIiAAH66HkKQaC+GECbaCKJEWwSRdItc'
    'KcDiNQ6RcYtuZkJ+BYK8ZTz6CZoQ25dQM3u4LsQ+xFrAPUZ3rykLnDYciYSBdt9q0OyZoreBtDxTGt8QCpoF/bYj4KB8AdTQ89k+MdXZDZoR0SqDGGSP'
    '0M2KhUCs5OTn6sIxcjknVqYGC5GRNlAcL4vksR7fZWhF1N1OW6yMuJhlHFWUE5Saz1fQzUCWb37nGBwZC8Q6rZNAVbWe7kP6I5dAkVjUE4OzefeVoZmV'
    '9NtBOE+KT4ypoLCf1gKVi+wiLSJ9SmdnNfhnF+wlWIoNy+aV2be+xqwmIf+S5V1f+nRINimVqCUisFHqEkNPaxKvUmRA6VlaB3rSi63nAaWYbOh0NQ5Y'
    'Yd9OiCTFWdj/On1K0JOOuXaApnTFSShYNwtCCxWldDFUOw+7JrsayX2wraJjHsA8YJHcxP6YjkXWcTLmb4howdhCV0TXZYSSFbP0KUAtXR/dWQ8rOqdC'
    'sZMUQ6XIqE8KNhpOZ8PCFrCGof1fWU80KLiRUXupQnDdrNmPbE8aBNwISz4dkIMxf5LkbtDUlZITX7JdZAsIwXdjXpZoC/+3/n0IMX/1fxZNgNLPL5K4'
    'si7RALl4v80WKAYbDCPsGTi403kEpN1HF8HjXbSAk153cwz6Hpbwc2jKXMbLErIbKOWzyCzYRVl5l1yhBf2H/YpsowNK4r4OY4XiTRSW6MuzkTetDJTr'
    '6BaSw86lD0BtlYJkH4KxovjReEjbqmhEmisTIc18mlRBVaufz4ZhZpEkqQeZXU1vQdEvwkQ93z2eIK55wU2+xQm+kbxN8E2+CyAoiBwISChYApEPoYZY'
    'kNi7pRB3Q7RCOCAOQYQhPkB2ZGi/9sNWobf6bZM4FJnouaipC6ZmkdbijvVregafCurebvy1Urk9STLR3WFXlBl5yn6qTD4eVIYG+8qyZt37ypZdyQ39'
    'iHRKpgpI78TTFfURG+42KPLXP8rTTxn3/aeEDAxYU1UdKLBUrOwxlynoiw3jQrIqtjdXOS7uOU1uJ7errBNE3scLegwTNQsAIbjN2IzdZgTZPZfvZtzg'
    'oqkr9Y6LnjRJgdSkeTpWnUXzyytKjkkne2PyO07c73bXWiIFyyoM7IDfihlKB3SdMXfaZNFAVq6ydaB792zaJbohcvcE3VVQ17FQYiOUdraq5IyV7PW3'
    'Ph+hA2V8tbYiv4Qs6piRygZY0uTsZOj84Kuz7k6P9Hd0LV2r5Qtwxx8vS+0Fey4DnLvNM419hzM9Jy/bES++b/OR1YDBCroKnP7VpmxyumptKCs3ddlH'
    'OO3DAFM4zMusWEZDqFlB82tJbyjI4YAr9Hj4JrZOedVpDVl2AQ4v9BjIpnaTXDm5j6Yq8wmjey8Z4+G1dNwQ1L1LVnXlAEoIsw1+If7OopCWdJFWXcSm'
    'yLe+uhu6SqHnESzDuNwasobqggTjRGO9o7uVgTsNEqUGLe+7+xLi655vOZclc5zLbIgsxDHST8yFZGm3nMs8iDKIf4SwQHRB/ALiMLJThTifQiuWlSmS'
    'eTnQ5wWYiEWfFOtk9PLDPp8+qTdgIbXR0V1WvpHTi1i9SOSs1ycdDtB6jNT79Eb7fr0477LeJR8PMKhf1U4HUyi9WLQ/4omPj//lMackCeiFkqxp1neR'
    '0zc6yBIXDu/zmNOil3v/7OT0kpxcchGvRRPYQnrxj3TQhovMhMs4xZ65nnUhS2gy+Z/GmesZVzwjgEUALgojcZQL3tYuCG/zRJ+cy3Md/8/i3L7c9C2+'
    'XDWHL6sTd8sNf9YgppEOREpiR9D8DEQ9uqcg9iTumUlkh0a7cOJ6TrDyawiKzKDfRZUy2LnFhn2g8IU75B6BXnUkE6TVOdBjYZ2AAf3P6eBr41fr4Vvi'
    'JR18hfzr/hR4Afs6Yc8oFQaFo1kwsaiXQ3JGkmCS8LooBdzaPeKD2fQDlhVA+uJe9DhoGofJxh7ODAoHcZQ/3BOBd35VbTYj3JrqQa+Dt5NaQL+TXsjd'
    'mlvM82vhD3/zRoK5/yIu+cuy0TYMzExEpJeat3CyAdD8ws+EEeEQyH5RCzlDNfpQWCO6xEfA6XqiBaTDNJ2Drx6Y6yPC0qG6xeABD3LyOJ+/T2jBetgv'
    '5ARQfq4q2geWwgcI2iBxkgy+GFZCF4Dl/Ob3PX8nvwcexMud6EbyPHLVuQpbgK9ZIxk69Px715787bUP/+uJNz545Pejr4z6x+3BiBBQ85tLFM61cwRa'
    'IYrmN2MEChOsHugVTDMX3zi9kt4CkK/rsxizfjHw6Essb8bRLLLEAfcnDrhtX8EN+Y1xN/SQDWQL2Ywbj08TnzA+9Y2FzHMsfnYuRtYjRs7EfZkC3Um9'
    'HCPwtTIUeB6QeeO/FgBxE9vqkxCRPwFOOEY3R0SdZClFgAdM8mOAXRZYEh+xjFNgZLKPAo4NhiMgoo28FRdf4BQCSQqBg6UFzg7AZpE4tL6RzPJJgC9y'
    'DD6KQtFuwGYHJXFxGiCTxgPQyAifGV+MYDvtFAAJsFgtaMIcQMsPn0SGH/VJBP2rkFIONDV1F1paOWy9YeHm9wSc+HsnYBqxuRM29qcUgF98pn0SsjfD'
    'p6h7AysheTtN8uOh6LMXSPlOk3D2qeGVOhWfckq4kVyx04TG3NXEFozRyy6QmTN81gy/4AKZNkY/EYpa08xtluTeCZ20yfpYwe6xsp2mitCHY2su5M7w'
    '/4ISuvk9SW1z+U0x+tKjiANuimMQRh/mGAetZ6hutpVj3GwLxzjpZh8Vdxg7WRIhbHy2GbeZRARukwgv4xpusHMXxsWcIYwzBKqEgLMGVsPSF0Hth9jN'
    'AsBZ2B/AkmInoOQMjXrDtAaW52mo2UbXYxruTroH53T0KM6dJFmce430ENwpMkJwp9U+imvJgatrzYXFVjVDcQ+PMvN8yg7PxVYOYmsbbGll5sxr11D0'
    'Q62Ptqo8RczzX8Rz43XCPum1a31ibTLMnr8yLmNDJRSnXbuG0urr494RrBMitZvjrnfMwrz9/yav/gLMnYu8Ncf3yRL584I52rIEV6mJ3FoHUQ5Rk8hL'
    'NqN1dSN+FkKqV7ivqDPXXlArP6rYlBOa5t3Tf8Y6F1YTGtfYwFBNVen4UcxkUM1sS72vS2MvHd03Lqym3LNUfSWh7Q0bcD8W6P6HPMpmrqaeUwu/n4Fn'
    'MvbU8t5w5aSD+IvH3pBn8f+y6I9bjFiRzt5QT80UytzvLS0YrsHwEm8pb44Ov/Kqb6q6MnmL4qg73/WCCzNV5xFMX6VMS71APFg9/HLnWDmeN+o9kRrE'
    'lxJvNIiPONI9tqQM06af7U0aURodproa+6fpjvt0axVE4b9n4N7xyqGDdnwb5WjRjBrw0R5qfTH1m/wKO7GH2GN/6Yq8MFB05v17j1HuT8I1RfrNPbXL'
    '8e9VE0xnNbF4W37FJiHmPW9I+ekDy1/UpBrxIQNGnfS5L5nCVNdSy88bNN15BZ+amD6zodVj6NDIYg3uqh97niYp+0yJazPB8DTzcffj2qqOJet+WGNQ'
    '0QVJYcqh6+kKV0bF0xTjKnjlXg/TNVqbH3F/rmXtLxNmv8o9OKxjRvLXPDPV1I4P4cefUTrGdxmSDQ3BDROVfrxxHLMJ4X6oe8O9F9RYcjehec7oPvrT'
    'tYo9mHSTquwhe/UhordWqX5Eaai3dMoWf4ofH3SkyUJfwGU5hqfzyy3HCOPjGpy4+yJtSPk8w17TKsT2XHBrXsYLs9WPHSbvFxuWWvqWyPMHXkLP0vmN'
    'banCb3qz0Ie8sRIdfLU3enao0XvlPzbxLuNLFuFXfRFmcOb30/7Nn7PD3b76r3k+scWmIao6iOI8XFU9TTkahA0nwOoDCletK2gcivKwFWWAezpvsx//'
    'sdmg6xltYJK2Hrhra9bMrvarRndE2KC7z1SzUV1ZTRmelQ5sd8lB8/Faa/mOlh0tj4dnWAH+DaesB1GFt1y9W/GbqjWylUFARMWbF85Q/0TA3aT8vqRy'
    'R8XlTz48qlaM5eSqFaDwa74JFnmvvG4cMcYCQ3lXzjV6BFj6QVO4MrUy1Xz/E2BVbbTivbMBb/TdoDHg9WEb6g+mPSNMnsIIagqT1oOg8S8HFkxM/0S2'
    'qjHGSTX26gYV/OzseiUZ+gwjfgmyZh4/1bEjeSX8+sYwh/VjmX7m0Iosh4kV9P/ce9Yb/sQbfCx21QWUJyr68ivSF3/voEfUfpcEf3JvX2OsmxVgmR6b'
    'kOQv1NqEGeM6QX93+114R/vs9E+K4YMP2OziBuVM294Cz1p67V9bukHjYWjzg3Nas+uAkpMRxhxcg6cyNmqGd/ChaQouOC/8PnHx2LvQSHluO9CY39ku'
    'zT9SuZau2nFsrRiud7v6h9IrnxuHjLErQKqiDdK6cFX7+C7K+Vk1QfWB5uH29nKe+Hz/e+HZ6fZyNQ1GJlIfxNLk/B/O82BVm7fi4+G31PyBH8xvHlIu'
    '/Nt5yH8DCPbYPA==')


def files():
    raw, out = zlib.decompress(base64.b64decode(BLOB)), []
    while raw:
        n = int.from_bytes(raw[:2], 'big')
        out.append(bytearray(raw[2:2 + n]))
        raw = raw[2 + n:]
    return out


def entries(data):
    """{tag: offset of its directory entry} of a little-endian TIFF."""
    ifd = struct.unpack_from('<I', data, 4)[0]
    return {struct.unpack_from('<H', data, ifd + 2 + 12 * k)[0]: ifd + 2 + 12 * k
            for k in range(struct.unpack_from('<H', data, ifd)[0])}


def show(name, data):
    for flag in (0, 1):
        try:
            a = mx.image.imdecode(bytes(data), flag=flag).asnumpy()
            print(name, flag, a.shape, int(a.sum()), hashlib.md5(a.tobytes()).hexdigest()[:10])
        except mx.base.MXNetError as e:
            print(name, flag, 'MXNetError', str(e).strip().split('\n')[-1])


rs = np.random.RandomState(3)
for name, data in zip(NAMES, files()):
    show(name, data)
    at = entries(data)
    strips = struct.unpack_from('<I', data, at[273] + 4)[0]
    if strips != 1:
        continue
    off, count = struct.unpack_from('<I', data, at[273] + 8)[0], struct.unpack_from('<I', data, at[279] + 8)[0]
    for damage in ('flip', 'zero tail', 'random tail', 'short strip'):
        bad = bytearray(data)
        cut = int(rs.randint(1, count))
        if damage == 'flip':
            bad[off + cut] ^= 1 << int(rs.randint(8))
        elif damage == 'zero tail':
            bad[off + cut:off + count] = bytes(count - cut)
        elif damage == 'random tail':
            bad[off + cut:off + count] = rs.randint(0, 256, count - cut).astype('uint8').tobytes()
        else:
            struct.pack_into('<I', bad, at[279] + 8, cut)
        show('%s %s at %d' % (name, damage, cut), bad)
    white_is_zero = bytearray(data)
    struct.pack_into('<H', white_is_zero, at[262] + 8, 0)
    show(name + ' min-is-white', white_is_zero)


def t6(rows_bits, width, height):
    """A one-strip T.6 TIFF of coded rows given as bit strings, ended by EOFB."""
    bits = ''.join(rows_bits) + '000000000001' * 2
    bits += '0' * (-len(bits) % 8)
    payload = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    tags = [(256, 3, width), (257, 3, height), (258, 3, 1), (259, 3, 4), (262, 3, 0), (273, 4, 8), (277, 3, 1),
            (278, 3, height), (279, 4, len(payload))]
    ifd = 8 + len(payload) + (len(payload) & 1)
    head = b'II*\0' + struct.pack('<I', ifd) + payload + b'\0' * (len(payload) & 1)
    return head + struct.pack('<H', len(tags)) + b''.join(struct.pack('<HHII', tag, kind, 1, value) for tag, kind, value in tags) + b'\0' * 4


# row 1: horizontal W15 B36, V0; then V0, VR1, VL1 (a zero-length run, refused past the row's start), ...
ROW1 = '001' + '110101' + '000011010100' + '1'
for name, rows in (('zero-length vl1', [ROW1, '1' + '011' + '010' + '1']), ('zero-length vl1, vr1', [ROW1, '1' + '011' + '010' + '011']),
                   ('vl2 to the row start', ['001' + '0111' + '000011010100' + '1', '000010' + '1' + '1']),
                   ('vl1 at the row start', ['001' + '0111' + '000011010100' + '1', '010' + '1' + '1']),
                   ('pass then eol', [ROW1, '0001' + '0001']), ('extension code', [ROW1, '1' + '0000001' + '111'])):
    for height in (len(rows), len(rows) + 1):
        show('%s (%d rows)' % (name, height), t6(rows, 53, height))
