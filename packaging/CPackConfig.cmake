# SPDX-License-Identifier: GPL-3.0-or-later
# A Debian package: the binary, the console's desktop entry and icon, a systemd unit for
# headless nodes (own system user, data under /var/lib/anvil, hardening), a default configuration.
include(GNUInstallDirs)

install(FILES "${CMAKE_SOURCE_DIR}/packaging/anvil.service" DESTINATION lib/systemd/system)
install(FILES "${CMAKE_SOURCE_DIR}/packaging/anvil.default" DESTINATION /etc/default RENAME anvil)
install(FILES "${CMAKE_SOURCE_DIR}/README.md" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/anvil)
if(EXISTS "${CMAKE_SOURCE_DIR}/resources/anvil.desktop")
    install(FILES "${CMAKE_SOURCE_DIR}/resources/anvil.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
endif()
if(EXISTS "${CMAKE_SOURCE_DIR}/resources/anvil.svg")
    install(FILES "${CMAKE_SOURCE_DIR}/resources/anvil.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

set(CPACK_PACKAGE_NAME "anvil")
set(CPACK_PACKAGE_VENDOR "Anvil")
set(CPACK_PACKAGE_CONTACT "Anvil developers <anvil@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "ACME certificate authority with an administration console")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
# Rate limits count certificates per registered domain by the Public Suffix List.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "publicsuffix")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CMAKE_SOURCE_DIR}/packaging/debian/postinst;${CMAKE_SOURCE_DIR}/packaging/debian/prerm;${CMAKE_SOURCE_DIR}/packaging/debian/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_STRIP_FILES ON)
include(CPack)
