"""The inverse error function as MXNet 1.9.1 computes it: Cephes' inverse normal distribution (ndtri) in double.

Polynomial coefficients are Cephes' (Stephen L. Moshier); ``log`` is passed in so that the caller can use the
C library's, whose last bits numpy's may not share.
"""
import numpy as np

_EXP_MINUS_2 = 0.13533528323661269189
_SQRT_2PI = 2.50662827463100050242
_SQRT1_2 = 0.70710678118654752440
_TWO_OVER_SQRT_PI = 1.12837916709551257390

# |y - 0.5| <= 3/8
_P0 = (-5.99633501014107895267E1, 9.80010754185999661536E1, -5.66762857469070293439E1, 1.39312609387279679503E1,
       -1.23916583867381258016E0)
_Q0 = (1.95448858338141759834E0, 4.67627912898881538453E0, 8.63602421390890590575E1, -2.25462687854119370527E2,
       2.00260212380060660359E2, -8.20372256168333339912E1, 1.59056225126211695515E1, -1.18331621121330003142E0)
# z = sqrt(-2 log y) in [2, 8)
_P1 = (4.05544892305962419923E0, 3.15251094599893866154E1, 5.71628192246421288162E1, 4.40805073893200834700E1,
       1.46849561928858024014E1, 2.18663306850790267539E0, -1.40256079171354495875E-1, -3.50424626827848203418E-2,
       -8.57456785154685413611E-4)
_Q1 = (1.57799883256466749731E1, 4.53907635128879210584E1, 4.13172038254672030440E1, 1.50425385692907503408E1,
       2.50464946208309415979E0, -1.42182922854787788574E-1, -3.80806407691578277194E-2, -9.33259480895457427372E-4)
# z in [8, 64)
_P2 = (3.23774891776946035970E0, 6.91522889068984211695E0, 3.93881025292474443415E0, 1.33303460815807542389E0,
       2.01485389549179081538E-1, 1.23716634817820021358E-2, 3.01581553508235416007E-4, 2.65806974686737550832E-6,
       6.23974539184983293730E-9)
_Q2 = (6.02427039364742014255E0, 3.67983563856160859403E0, 1.37702099489081330271E0, 2.16236993594496635890E-1,
       1.34204006088543189037E-2, 3.28014464682127739104E-4, 2.89247864745380683936E-6, 6.79019408009981274425E-9)


def _horner(x, coefs, leading_one=False):
    """Cephes' polevl (or p1evl with ``leading_one``: an implied 1 as the first coefficient)."""
    acc = x + coefs[0] if leading_one else np.full_like(x, coefs[0])
    for c in coefs[1:]:
        acc = acc * x + c
    return acc


def ndtri(p, log=np.log):
    """The x with Phi(x) = p, for 0 < p < 1 (float64)."""
    upper = p > 1.0 - _EXP_MINUS_2
    y = np.where(upper, 1.0 - p, p)
    w = y - 0.5
    w2 = w * w
    central = (w + w * (w2 * _horner(w2, _P0) / _horner(w2, _Q0, True))) * _SQRT_2PI
    with np.errstate(all="ignore"):         # the central elements' tails are computed and dropped
        z = np.sqrt(-2.0 * log(y))
        inv = 1.0 / z
        tail = np.where(z < 8.0, inv * _horner(inv, _P1) / _horner(inv, _Q1, True),
                        inv * _horner(inv, _P2) / _horner(inv, _Q2, True))
        x = (z - log(z) / z) - tail
    return np.where(y > _EXP_MINUS_2, central, np.where(upper, x, -x))


def erfinv(y, log=np.log):
    """erf's inverse in double: y / (2 / sqrt(pi)) near 0, ndtri((y + 1) / 2) / sqrt(2) inside (-1, 1),
    +-inf at +-1, nan beyond."""
    y = np.asarray(y, np.float64)
    inside = (y > -1) & (y < 1)
    x = ndtri(np.where(inside, 0.5 * (y + 1), 0.5), log) * _SQRT1_2
    x = np.where(np.abs(y) < 1e-7, y / _TWO_OVER_SQRT_PI, x)
    return np.where(inside, x, np.where(np.abs(y) == 1, np.copysign(np.inf, y), np.nan))
