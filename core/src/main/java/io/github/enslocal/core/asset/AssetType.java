// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

/**
 * The kind of an asset in an inventory.
 *
 * <p>The predicates group the kinds the way compliance rules and inventory reports read them:
 * portable devices (mp.eq.3, "Protección de dispositivos portátiles"), end-user devices and servers.
 */
public enum AssetType {
    /** A desktop computer. */
    DESKTOP,
    /** A laptop computer. */
    LAPTOP,
    /** A physical server. */
    SERVER,
    /** A virtual machine acting as a server. */
    VIRTUAL_SERVER,
    /** A mobile phone. */
    MOBILE,
    /** A tablet. */
    TABLET,
    /** A router, switch, firewall, wireless access point or similar device. */
    NETWORK_DEVICE,
    /** A printer or multifunction device. */
    PRINTER,
    /** A storage device such as a NAS or a disk array. */
    STORAGE,
    /** An installed software product. */
    SOFTWARE,
    /** A service consumed from a cloud provider. */
    CLOUD_SERVICE;

    /**
     * Returns whether assets of this kind are carried outside the premises: laptops, mobiles and
     * tablets.
     *
     * @return true for {@link #LAPTOP}, {@link #MOBILE} and {@link #TABLET}
     */
    public boolean isPortable() {
        return this == LAPTOP || this == MOBILE || this == TABLET;
    }

    /**
     * Returns whether assets of this kind are devices that staff use directly: desktops and the
     * portable kinds.
     *
     * @return true for {@link #DESKTOP}, {@link #LAPTOP}, {@link #MOBILE} and {@link #TABLET}
     */
    public boolean isEndpoint() {
        return this == DESKTOP || isPortable();
    }

    /**
     * Returns whether assets of this kind are servers, physical or virtual.
     *
     * @return true for {@link #SERVER} and {@link #VIRTUAL_SERVER}
     */
    public boolean isServer() {
        return this == SERVER || this == VIRTUAL_SERVER;
    }
}
